import React, {type ReactNode} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Translate from '@docusaurus/Translate';
import {pageLanguage} from './language';
import styles from './styles.module.css';

/**
 * A doc shown in another language than the reader's (no translation yet):
 * a short notice in the reader's language, and the text marked with its own
 * language so screen readers pronounce it right.
 */
export default function UntranslatedNotice({source, children}: {source: string; children: ReactNode}): ReactNode {
  const {i18n} = useDocusaurusContext();
  const language = pageLanguage(source, i18n.locales, i18n.defaultLocale);
  if (language === i18n.currentLocale) return children;
  const config = i18n.localeConfigs[language];
  return (
    <>
      <p className={styles.notice} role="note" data-untranslated={language} data-pagefind-ignore>
        <Translate
          id="untranslated.notice"
          values={{language: <span lang={config?.htmlLang}>{config?.label ?? language}</span>}}>
          {'本页尚未翻译成中文，以下为原文（{language}）。'}
        </Translate>
      </p>
      <div lang={config?.htmlLang ?? language}>{children}</div>
    </>
  );
}
