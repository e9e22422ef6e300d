import React, {type ReactNode} from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import DocStatus from '@site/src/components/DocStatus';

type Props = WrapperProps<typeof ContentType>;

// Wrapped, not swizzled: the export's front matter (beta, added_since…) shows by the title on every page.
export default function ContentWrapper(props: Props): ReactNode {
  const {frontMatter} = useDoc();
  return (
    <>
      <DocStatus frontMatter={frontMatter as Record<string, unknown>} />
      <Content {...props} />
    </>
  );
}
