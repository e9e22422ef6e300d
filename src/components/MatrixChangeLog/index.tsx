import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Translate from '@docusaurus/Translate';
import {changeLog} from '@site/src/data/responsibilities/changeLog';
import {entryAnchor, entryId, formatDay, type ChangeLog} from '@site/src/data/responsibilities/changes';
import {describeEntry, namesOf, type ChangePart} from '@site/src/data/responsibilities/changeText';
import {matrix, toLocale, type Matrix} from '@site/src/data/responsibilities/model';
import {exportFileName} from '@site/src/data/responsibilities/pages';
import {type Locale} from '@site/src/i18n/locales';
// The default locale's words: the build swaps in the file of the locale it builds (plugins/responsibility-matrix).
import {words} from '@site/src/data/responsibilities/changeWords/zh-Hans';
import type {ChangeWords} from '@site/src/data/responsibilities/changeWords/types';
import styles from './styles.module.css';

function Parts({parts}: {parts: readonly ChangePart[]}): ReactNode {
  return parts.map((p, i) =>
    typeof p === 'string' ? (
      p
    ) : (
      <Link key={i} to={`#${p.id}`}>
        {p.text}
      </Link>
    ),
  );
}

export interface MatrixChangeLogViewProps {
  matrix: Matrix;
  log: ChangeLog;
  locale: Locale;
  /** The locale's words for each kind of change. */
  words: ChangeWords;
}

/** The history, newest first: each entry dated in the reader's language, each change linking to its row. */
export function MatrixChangeLogView({matrix: m, log, locale, words: w}: MatrixChangeLogViewProps): ReactNode {
  const names = namesOf(m, log, locale);
  const entries = log.map((entry, i) => ({entry, id: entryId(log, i)})).reverse();
  return (
    <ol className={styles.log}>
      {entries.map(({entry, id}) => {
        const {changes, note} = describeEntry(entry, m, names, w, locale);
        return (
          <li key={id} id={entryAnchor(id)} className={styles.entry}>
            <Heading as="h3" className={styles.date}>
              <time dateTime={entry.date}>{formatDay(entry.date, locale)}</time>
            </Heading>
            {note && <p className={styles.note}>{note}</p>}
            <ul>
              {changes.map((parts, i) => (
                <li key={i}>
                  <Parts parts={parts} />
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}

/**
 * The matrix's change history, for MDX under its heading (`#matrix-changes`):
 * `<MatrixChangeLog />`. Server-rendered in full. Offers the
 * locale's Atom feed, in the page head (feed readers find it there) and as a link.
 */
export default function MatrixChangeLog(): ReactNode {
  const {i18n} = useDocusaurusContext();
  const locale = toLocale(i18n.currentLocale);
  const feed = useBaseUrl(`/${exportFileName(locale, 'atom')}`);
  const brokenLinks = useBrokenLinks();
  changeLog.forEach((_, i) => brokenLinks.collectAnchor(entryAnchor(entryId(changeLog, i))));
  const feedTitle = words.feedTitle;
  return (
    <div className={styles.history}>
      <Head>
        <link rel="alternate" type="application/atom+xml" href={feed} title={feedTitle} />
      </Head>
      <p className={styles.subscribe}>
        {/* eslint-disable-next-line @docusaurus/no-html-links -- a file for feed readers, not a page to route to */}
        <a href={feed} type="application/atom+xml">
          <Translate id="matrixChangeLog.subscribe">订阅这些变更（有新变更时通知你的订阅源）</Translate>
        </a>
      </p>
      <MatrixChangeLogView matrix={matrix} log={changeLog} locale={locale} words={words} />
    </div>
  );
}
