import React, {type ReactNode} from 'react';
import Admonition from '@theme-original/Admonition';
import type AdmonitionType from '@theme/Admonition';
import type {WrapperProps} from '@docusaurus/types';
import {withoutEmojiIcon} from './emoji';

type Props = WrapperProps<typeof AdmonitionType>;

// Wrapped, not swizzled: the export's emoji icons (icon="📘", title="📘 注") give way to the theme's SVG icons,
// which need no emoji font and read the same on every system.
export default function AdmonitionWrapper(props: Props): ReactNode {
  return <Admonition {...withoutEmojiIcon(props)} />;
}
