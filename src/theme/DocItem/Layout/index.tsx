import React, {type ReactNode} from 'react';
import Layout from '@theme-original/DocItem/Layout';
import type LayoutType from '@theme/DocItem/Layout';
import type {WrapperProps} from '@docusaurus/types';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {pageLanguage} from '@site/src/components/UntranslatedNotice/language';
import {ShownLanguageContext} from './pageLanguage';

type Props = WrapperProps<typeof LayoutType>;

// Wrapped, not swizzled: tells the chrome inside the doc's layout which language the doc is shown in.
export default function LayoutWrapper(props: Props): ReactNode {
  const {metadata} = useDoc();
  const {i18n} = useDocusaurusContext();
  const language = pageLanguage(metadata.source, i18n.locales, i18n.defaultLocale);
  const shown = language === i18n.currentLocale ? undefined : (i18n.localeConfigs[language]?.htmlLang ?? language);
  return (
    <ShownLanguageContext.Provider value={shown}>
      <Layout {...props} />
    </ShownLanguageContext.Provider>
  );
}
