import {useActivePlugin} from '@docusaurus/plugin-content-docs/client';
import {usePluginData} from '@docusaurus/useGlobalData';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {DocLanguages} from '@site/plugins/doc-languages';

/**
 * The language a doc of the current docs plugin is shown in, when it is not
 * the reader's (plugins/doc-languages), with its `lang`; else undefined.
 */
export function useOtherLanguage(docId: string | undefined): {language: string; htmlLang: string} | undefined {
  const plugin = useActivePlugin();
  const languages = usePluginData('doc-languages') as DocLanguages | undefined;
  const {i18n} = useDocusaurusContext();
  const language = docId && plugin ? languages?.[plugin.pluginId]?.[docId] : undefined;
  return language ? {language, htmlLang: i18n.localeConfigs[language]?.htmlLang ?? language} : undefined;
}
