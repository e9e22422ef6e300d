import React, {memo, useCallback, useEffect, useMemo, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useLocation} from '@docusaurus/router';
import {translate} from '@docusaurus/Translate';
import {
  findSection,
  matchesFilter,
  matrix,
  toLocale,
  type Locale,
  type Party,
  type PartyFilter,
  type Section,
  type Task,
} from '@site/src/data/responsibilities/model';
import {usePartyFilter} from '@site/src/hooks/usePartyFilter';
import DocTable from '@site/src/components/DocTable';
import MatrixMark from '@site/src/components/MatrixMark';
import styles from './styles.module.css';

/** UI words of the table; passed in so the view renders without Docusaurus. */
export interface TableStrings {
  task: string;
  copyLink: (taskLabel: string) => string;
  linkCopied: string;
}

export interface ResponsibilityTableViewProps {
  section: Section;
  parties: readonly Party[];
  locale: Locale;
  strings: TableStrings;
  filter?: PartyFilter;
  /** A row the URL points at (`#task-id`): shown even when the filter would hide it. */
  targetId?: string;
  /** Absolute URL of a row, for its copy-link button. */
  rowUrl?: (taskId: string) => string;
}

function CopyLinkButton({
  taskId,
  taskLabel,
  strings,
  rowUrl,
}: {
  taskId: string;
  taskLabel: string;
  strings: TableStrings;
  rowUrl?: (taskId: string) => string;
}): ReactNode {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return undefined;
    const timer = window.setTimeout(() => setCopied(false), 2500);
    return () => window.clearTimeout(timer);
  }, [copied]);

  const copy = async () => {
    const url = rowUrl ? rowUrl(taskId) : `#${taskId}`;
    await navigator.clipboard.writeText(url);
    setCopied(true);
  };

  return (
    <>
      <button
        type="button"
        // Hidden by CSS until Docusaurus marks the page hydrated: without JavaScript it cannot work.
        className={clsx(styles.copyLink, copied && styles.copied)}
        aria-label={strings.copyLink(taskLabel)}
        onClick={() => {
          copy().catch(() => setCopied(false));
        }}>
        {/* The glyph comes from CSS, so it stays out of the page text (search index, copy and paste). */}
      </button>
      <span role="status" className="visually-hidden">
        {copied ? strings.linkCopied : ''}
      </span>
    </>
  );
}

/** The table itself: pure, so unit tests render it without a Docusaurus site. */
export const ResponsibilityTableView = memo(function ResponsibilityTableView({
  section,
  parties,
  locale,
  strings,
  filter = 'all',
  targetId,
  rowUrl,
}: ResponsibilityTableViewProps): ReactNode {
  const isShown = (t: Task) => t.id === targetId || matchesFilter(t, filter);
  const shown = section.tasks.filter(isShown).length;
  return (
    <div data-section={section.id} data-empty={shown === 0 || undefined}>
      <DocTable variant="matrix">
        <caption className="visually-hidden">{section.title[locale]}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.task}</th>
            {parties.map((p) => (
              <th key={p.id} scope="col" data-party={p.id}>
                {p.label[locale]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {section.tasks.map((task) => (
            <tr
              key={task.id}
              id={task.id}
              className={styles.row}
              hidden={!isShown(task) || undefined}>
              <th scope="row">
                <span className={styles.taskLabel}>{task.label[locale]}</span>
                <CopyLinkButton
                  taskId={task.id}
                  taskLabel={task.label[locale]}
                  strings={strings}
                  rowUrl={rowUrl}
                />
              </th>
              {parties.map((p) => (
                <td key={p.id} data-party={p.id}>
                  <MatrixMark empty={!task.responsible.includes(p.id)} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </DocTable>
    </div>
  );
});

function useTableStrings(): TableStrings {
  return useMemo(() => ({
    task: translate({id: 'responsibilityTable.header.task', message: '任务', description: 'Header of the task column'}),
    copyLink: (task) =>
      translate(
        {id: 'responsibilityTable.copyLink', message: '复制“{task}”的链接', description: 'Label of a row’s copy-link button'},
        {task},
      ),
    linkCopied: translate({
      id: 'responsibilityTable.linkCopied',
      message: '链接已复制',
      description: 'Announced after a row link was copied',
    }),
  }), []);
}

export interface ResponsibilityTableProps {
  /** A section id from src/data/responsibilities/sharedResponsibilities.ts. */
  section: string;
}

/**
 * One section of the Shared Responsibilities matrix, for MDX:
 * `<ResponsibilityTable section="cloud-management" />`.
 */
export default function ResponsibilityTable({section: sectionId}: ResponsibilityTableProps): ReactNode {
  const {i18n} = useDocusaurusContext();
  const locale = toLocale(i18n.currentLocale);
  const section = findSection(matrix, sectionId);
  const strings = useTableStrings();
  const [filter] = usePartyFilter();
  const isBrowser = useIsBrowser();
  const {hash} = useLocation();
  const rowUrl = useCallback((id: string) => `${window.location.origin}${window.location.pathname}#${id}`, []);
  const targetId = isBrowser && hash ? decodeURIComponent(hash.slice(1)) : undefined;
  const brokenLinks = useBrokenLinks();
  // Rows are anchors the console links to; tell the broken-anchor checker.
  section.tasks.forEach((t) => brokenLinks.collectAnchor(t.id));

  const empty = !section.tasks.some((t) => t.id === targetId || matchesFilter(t, filter));
  useEffect(() => {
    // The heading and its table-of-contents entries are the page's (MDX, theme),
    // not ours: hide them with the empty table.
    const heading = document.getElementById(section.id);
    if (heading) heading.hidden = empty;
    document
      .querySelectorAll(`.table-of-contents a[href="#${section.id}"]`)
      .forEach((link) => ((link.parentElement as HTMLElement).hidden = empty));
  }, [empty, section.id]);

  return (
    <ResponsibilityTableView
      section={section}
      parties={matrix.parties}
      locale={locale}
      strings={strings}
      filter={filter}
      targetId={targetId}
      rowUrl={rowUrl}
    />
  );
}
