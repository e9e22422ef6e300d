import React, {useState, type ReactNode} from 'react';
import clsx from 'clsx';
import Head from '@docusaurus/Head';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {twinPath} from '@site/src/data/markdownTwins';
import styles from './styles.module.css';

type Copy = 'idle' | 'copied' | 'failed';

/** The twin's text, fetched from this site, as the clipboard item (a promise: Safari wants the write in the click). */
function copyTwin(href: string): Promise<void> {
  const blob = fetch(href).then((response) => {
    if (!response.ok) throw new Error(`${href}: ${response.status}`);
    return response.blob().then((b) => new Blob([b], {type: 'text/plain'}));
  });
  return navigator.clipboard.write([new ClipboardItem({'text/plain': blob})]);
}

/**
 * "Copy page" and "View as Markdown" at the top of a doc (on the breadcrumbs' line: src/theme/DocBreadcrumbs), and the page's
 * `<link rel="alternate" type="text/markdown">`: both lead to the doc's
 * Markdown twin, written beside the page by plugins/markdown-twins. The view
 * link is a plain link (no JavaScript needed); the copy button shows once
 * the page has hydrated. Left out of print, of the twin itself and of search.
 */
export default function PageActions({permalink}: {permalink: string}): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const [copy, setCopy] = useState<Copy>('idle');
  const href = twinPath(permalink);
  const done = (result: Copy) => {
    setCopy(result);
    window.setTimeout(() => setCopy('idle'), 3000);
  };
  return (
    // Controls, not text: left out of the twin and of the search index.
    <div className={styles.actions} data-markdown-twin-skip data-pagefind-ignore>
      <Head>
        <link rel="alternate" type="text/markdown" href={`${siteConfig.url}${href}`} />
      </Head>
      <button
        type="button"
        className={clsx('button button--outline button--primary', styles.action, styles.copy)}
        // Its label says how the copy went: read out when it changes.
        aria-live="polite"
        onClick={() =>
          copyTwin(href).then(
            () => done('copied'),
            () => done('failed'),
          )
        }>
        {/* Phones show the outcome in words too: only the idle label hides behind the mark. */}
        <span className={copy === 'idle' ? styles.label : undefined}>
          {copy === 'copied' ? (
            <Translate id="pageActions.copied">已复制</Translate>
          ) : copy === 'failed' ? (
            <Translate id="pageActions.copyFailed">无法复制</Translate>
          ) : (
            <Translate id="pageActions.copy">复制页面</Translate>
          )}
        </span>
      </button>
      {/* eslint-disable-next-line @docusaurus/no-html-links -- a Markdown file beside the page, not a route */}
      <a className={clsx('button button--outline button--primary', styles.action)} href={href} type="text/markdown">
        <span className={styles.label}>
          <Translate id="pageActions.view">以 Markdown 查看</Translate>
        </span>
      </a>
    </div>
  );
}
