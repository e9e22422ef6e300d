import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Translate, {translate} from '@docusaurus/Translate';
import {changeLog} from '@site/src/data/responsibilities/changeLog';
import {entryAnchor, entryId, formatDay, type ChangeLog} from '@site/src/data/responsibilities/changes';
import {describeEntry, namesOf, type ChangePart} from '@site/src/data/responsibilities/changeText';
import {matrix, toLocale, type Matrix} from '@site/src/data/responsibilities/model';
import {exportFileName} from '@site/src/data/responsibilities/pages';
import {type Locale} from '@site/src/i18n/locales';
import {useSince} from '@site/src/hooks/useSince';
import {FEED_TEXT} from '@site/src/data/responsibilities/changeFeed';
import styles from './styles.module.css';

/** The feed's format, by its name (not a word to translate). */
const FEED_FORMAT = 'Atom';

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
  /** Entries after this day are marked new (`?since=`). */
  since?: string | null;
  /** The word that marks them. */
  newLabel: string;
}

/** The history, newest first: each entry dated in the reader's language, each change linking to its row. */
export function MatrixChangeLogView({matrix: m, log, locale, since, newLabel}: MatrixChangeLogViewProps): ReactNode {
  const names = namesOf(m, log, locale);
  const entries = log.map((entry, i) => ({entry, id: entryId(log, i)})).reverse();
  return (
    <ol className={styles.log}>
      {entries.map(({entry, id}) => {
        const {changes, note} = describeEntry(entry, m, names, locale);
        const isNew = since ? entry.date > since : false;
        return (
          <li key={id} id={entryAnchor(id)} className={styles.entry} data-new={isNew || undefined}>
            <Heading as="h3" className={styles.date}>
              <time dateTime={entry.date}>{formatDay(entry.date, locale)}</time>
              {isNew && <span className={styles.new}>{newLabel}</span>}
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
 * `<MatrixChangeLog />`. Server-rendered in full; `?since=` marks the entries after its day. Offers the
 * locale's Atom feed, in the page head (feed readers find it there) and as a link.
 */
export default function MatrixChangeLog(): ReactNode {
  const {i18n} = useDocusaurusContext();
  const locale = toLocale(i18n.currentLocale);
  const {day} = useSince();
  const feed = useBaseUrl(`/${exportFileName(locale, 'atom')}`);
  const brokenLinks = useBrokenLinks();
  changeLog.forEach((_, i) => brokenLinks.collectAnchor(entryAnchor(entryId(changeLog, i))));
  const feedTitle = FEED_TEXT.title[locale];
  return (
    <div className={styles.history}>
      <Head>
        <link rel="alternate" type="application/atom+xml" href={feed} title={feedTitle} />
      </Head>
      <p className={styles.subscribe}>
        <Translate
          id="matrixChangeLog.subscribe"
          values={{
            // eslint-disable-next-line @docusaurus/no-html-links -- a file for feed readers, not a page to route to
            feed: <a href={feed}>{FEED_FORMAT}</a>,
          }}>
          {'订阅变更（{feed}），下次变更时即可收到通知。'}
        </Translate>
      </p>
      <MatrixChangeLogView
        matrix={matrix}
        log={changeLog}
        locale={locale}
        since={day}
        newLabel={translate({id: 'matrixChangeLog.new', message: '新'})}
      />
    </div>
  );
}
