import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import styles from './styles.module.css';

/** A language's name in the reader's language (each locale's words are in i18n/<locale>/code.json). */
function languageName(language: string): string {
  switch (language) {
    case 'zh-Hans':
      return translate({id: 'languageMarker.zh-Hans', message: '中文', description: 'A page written in Chinese'});
    case 'en':
      return translate({id: 'languageMarker.en', message: '英文', description: 'A page written in English'});
    case 'ja':
      return translate({id: 'languageMarker.ja', message: '日文', description: 'A page written in Japanese'});
    default:
      return language;
  }
}

/**
 * The small mark after a link to a page shown in another language than the
 * reader's: the language's code for the eye ("EN"), its name in the reader's
 * language for screen readers. It carries the reader's language, as the link
 * around it carries the page's.
 */
export default function LanguageMarker({language}: {language: string}): ReactNode {
  const {i18n} = useDocusaurusContext();
  const htmlLang = i18n.localeConfigs[language]?.htmlLang ?? language;
  const readerLang = i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale;
  return (
    <span className={styles.marker} lang={readerLang} data-language-marker={language}>
      <span aria-hidden="true">{htmlLang.split('-')[0]!.toUpperCase()}</span>
      <span className="visually-hidden">{` (${languageName(language)})`}</span>
    </span>
  );
}
