import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Translate from '@docusaurus/Translate';
import {changeLog} from '@site/src/data/responsibilities/changeLog';
import {CHANGES_HEADING_ID, formatDay, tasksChangedSince} from '@site/src/data/responsibilities/changes';
import {matrix, toLocale} from '@site/src/data/responsibilities/model';
import {useSince} from '@site/src/hooks/useSince';
import styles from './styles.module.css';

/** The rows `?since=` marks: the tasks changed after its day (none without a valid one). */
export function useChangedRows(): ReadonlySet<string> | undefined {
  const {day} = useSince();
  return day === null ? undefined : tasksChangedSince(matrix, changeLog, day);
}

/** In a row changed since the reader's last look: a word, so screen readers and print say it too. */
export function ChangedBadge({label}: {label: string}): ReactNode {
  return <span className={styles.badge}>{label}</span>;
}

/**
 * What `?since=` found: how many rows changed after the day, with a link to the history; or, for a value that
 * is not a day, what to write instead. Said aloud when it appears.
 */
export function SinceStatus({className}: {className?: string}): ReactNode {
  const {raw, day} = useSince();
  const {i18n} = useDocusaurusContext();
  const locale = toLocale(i18n.currentLocale);
  const changed = useChangedRows();
  let text: ReactNode = null;
  if (raw !== null && day === null)
    text = (
      <Translate id="changedSince.invalid" values={{value: raw, example: changeLog[0]!.date}}>
        {'“{value}”不是 YYYY-MM-DD 格式的日期（例如 {example}），未标出变更。'}
      </Translate>
    );
  else if (day !== null && changed)
    text = (
      <>
        <Translate
          id="changedSince.count"
          values={{count: changed.size, since: <time dateTime={day}>{formatDay(day, locale)}</time>}}>
          {'自 {since} 以来变更的任务：{count} 项（已标出）。'}
        </Translate>{' '}
        <Link to={`#${CHANGES_HEADING_ID}`}>
          <Translate id="changedSince.history">查看变更记录</Translate>
        </Link>
      </>
    );
  return (
    <p
      className={text === null ? 'visually-hidden' : className}
      role="status"
      aria-live="polite"
      data-testid="since-status">
      {text}
    </p>
  );
}
