import React, {type ReactNode} from 'react';
import Link from '@theme-original/DocSidebarItem/Link';
import type LinkType from '@theme/DocSidebarItem/Link';
import type {WrapperProps} from '@docusaurus/types';
import LanguageMarker from '@site/src/components/LanguageMarker';
import {useOtherLanguage} from '@site/src/components/LanguageMarker/useOtherLanguage';

type Props = WrapperProps<typeof LinkType>;

// Wrapped, not swizzled: a link to a doc shown in another language carries that language
// and a small marker naming it (the stock link passes extra props on to its anchor).
export default function LinkWrapper(props: Props): ReactNode {
  const other = useOtherLanguage(props.item.docId);
  if (!other) return <Link {...props} />;
  const label = (
    <>
      {props.item.label}
      <LanguageMarker language={other.language} />
    </>
  );
  return (
    <Link
      {...props}
      // The stock link renders its label as given; a node keeps the marker inside the link.
      item={{...props.item, label: label as unknown as string}}
      lang={other.htmlLang}
    />
  );
}
