import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

export interface DocTableProps {
  /** `matrix`: a task column then one ✔ column per party; `plain`: any other table. */
  variant?: 'matrix' | 'plain';
  children: ReactNode;
  className?: string;
  /** Names the scroll region (the table's caption or nearest heading; unique in the page). */
  label?: string;
}

/**
 * The site's table look, shared by ResponsibilityTable and by the raw tables
 * of exported pages (which the remark plugin in plugins/export-pipeline routes here).
 * Children are the table's own <caption>/<colgroup>/<thead>/<tbody>.
 */
export default function DocTable({variant = 'plain', children, className, label}: DocTableProps): ReactNode {
  // A plain table may scroll sideways: keyboard users must be able to reach it (WCAG 2.1.1), and
  // each such region needs its own name among the page's landmarks.
  const scrollable =
    variant === 'plain'
      ? {
          tabIndex: 0,
          role: 'region',
          'aria-label': label
            ? translate({id: 'docTable.namedScrollRegion', message: '表格：{label}'}, {label})
            : translate({id: 'docTable.scrollRegion', message: '表格（可横向滚动）'}),
        }
      : {};
  return (
    <div className={clsx(styles.wrapper, variant === 'plain' && styles.scroll)} {...scrollable}>
      <table className={clsx(styles.table, variant === 'matrix' && styles.matrix, className)} data-variant={variant}>
        {children}
      </table>
    </div>
  );
}
