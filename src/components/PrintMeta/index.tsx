import React, {useEffect, useState, type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import {isoDate} from './isoDate';
import styles from './styles.module.css';

function snapshot() {
  const url = new URL(window.location.href);
  // The printout documents the page, not the reader's filter or scroll position.
  url.search = '';
  url.hash = '';
  return {url: url.href, date: isoDate(new Date())};
}

/**
 * Printed only: where the page came from and when, so a reviewer can file
 * the printout (or PDF). Filled in the browser, refreshed before printing.
 */
export default function PrintMeta(): ReactNode {
  const [info, setInfo] = useState<{url: string; date: string} | null>(null);
  useEffect(() => {
    const update = () => setInfo(snapshot());
    update();
    window.addEventListener('beforeprint', update);
    return () => window.removeEventListener('beforeprint', update);
  }, []);
  if (!info) return null;
  return (
    <p className={styles.printMeta} data-print-meta>
      <Translate id="printMeta.source" values={{url: info.url, date: info.date}}>
        {'来源：{url} · 打印于 {date}'}
      </Translate>
    </p>
  );
}
