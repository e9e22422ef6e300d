import React, {type ReactNode} from 'react';
import Text from '@theme-original/DocCard/Heading/Text';
import type TextType from '@theme/DocCard/Heading/Text';
import type {WrapperProps} from '@docusaurus/types';
import LanguageMarker from '@site/src/components/LanguageMarker';
import {useOtherLanguage} from '@site/src/components/LanguageMarker/useOtherLanguage';

type Props = WrapperProps<typeof TextType>;

// Wrapped, not swizzled: a card's title says when its doc is shown in another language, as the sidebar does.
export default function TextWrapper(props: Props): ReactNode {
  const other = useOtherLanguage(props.item.type === 'link' ? props.item.docId : undefined);
  return (
    <>
      <Text {...props} />
      {other && <LanguageMarker language={other.language} />}
    </>
  );
}
