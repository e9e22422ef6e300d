import React, {useEffect, useState, type ReactNode} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

function snapshot(locale: string) {
  const url = new URL(window.location.href);
  // The printout documents the page, not the reader's filter or scroll position.
  url.search = '';
  url.hash = '';
  return {url: url.href, date: new Intl.DateTimeFormat(locale, {dateStyle: 'long'}).format(new Date())};
}

/**
 * Printed only: where the page came from and when, so a reviewer can file
 * the printout (or PDF). Filled in the browser, refreshed before printing.
 */
export default function PrintMeta(): ReactNode {
  const {i18n} = useDocusaurusContext();
  const locale = i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale;
  const [info, setInfo] = useState<{url: string; date: string} | null>(null);
  useEffect(() => {
    const update = () => setInfo(snapshot(locale));
    update();
    window.addEventListener('beforeprint', update);
    return () => window.removeEventListener('beforeprint', update);
  }, [locale]);
  if (!info) return null;
  return (
    <p className={styles.printMeta} data-print-meta>
      <Translate id="printMeta.source" values={{url: info.url, date: info.date}}>
        {'来源：{url} · 打印于 {date}'}
      </Translate>
    </p>
  );
}
