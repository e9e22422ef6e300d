import React, {type ReactNode} from 'react';
import Link from '@theme-original/DocSidebarItem/Link';
import type LinkType from '@theme/DocSidebarItem/Link';
import type {WrapperProps} from '@docusaurus/types';
import {useActivePlugin} from '@docusaurus/plugin-content-docs/client';
import {usePluginData} from '@docusaurus/useGlobalData';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import LanguageMarker from '@site/src/components/LanguageMarker';
import type {DocLanguages} from '@site/plugins/doc-languages';

type Props = WrapperProps<typeof LinkType>;

/** The language a sidebar doc is shown in when it is not the reader's (plugins/doc-languages), else undefined. */
export function useOtherLanguage(docId: string | undefined): string | undefined {
  const plugin = useActivePlugin();
  const languages = usePluginData('doc-languages') as DocLanguages | undefined;
  return docId && plugin ? languages?.[plugin.pluginId]?.[docId] : undefined;
}

// Wrapped, not swizzled: a link to a doc shown in another language carries that language
// and a small marker naming it (the stock link passes extra props on to its anchor).
export default function LinkWrapper(props: Props): ReactNode {
  const {i18n} = useDocusaurusContext();
  const language = useOtherLanguage(props.item.docId);
  if (!language) return <Link {...props} />;
  const label = (
    <>
      {props.item.label}
      <LanguageMarker language={language} />
    </>
  );
  return (
    <Link
      {...props}
      // The stock link renders its label as given; a node keeps the marker inside the link.
      item={{...props.item, label: label as unknown as string}}
      lang={i18n.localeConfigs[language]?.htmlLang ?? language}
    />
  );
}
