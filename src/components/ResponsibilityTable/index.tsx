import React, {memo, useCallback, useEffect, useMemo, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import {findSection, matrix, toLocale, type Party, type Section} from '@site/src/data/responsibilities/model';
import type {Task} from '@site/src/data/responsibilities/types';
import {languageName, newIssueUrl, repositoryUrlOf} from '@site/src/data/reportIssue';
import {type Locale} from '@site/src/i18n/locales';
import {emptyUnder, rowFilters} from '@site/src/data/responsibilities/partyFilter';
import DocTable from '@site/src/components/DocTable';
import MatrixMark, {markWords} from '@site/src/components/MatrixMark';
import {ChangedBadge, useChangedRows} from '@site/src/components/ChangedSince';
import styles from './styles.module.css';

/** Print keeps a table of up to this many rows on one page with its heading; a longer table may break between rows. */
export const SHORT_TABLE_ROWS = 8;

/** UI words of the table; passed in so the view renders without Docusaurus. */
export interface TableStrings {
  task: string;
  copyLink: (taskLabel: string) => string;
  linkCopied: string;
  /** Under a row the link points at although the filter excludes it. */
  linkedOutsideFilter: string;
  /** The badge of a row changed since the `?since=` day. */
  changed: string;
  /** Label of a row's report link. */
  reportRow: (taskLabel: string) => string;
}

export interface ResponsibilityTableViewProps {
  section: Section;
  parties: readonly Party[];
  locale: Locale;
  strings: TableStrings;
  /** Absolute URL of a row, for its copy-link button. */
  rowUrl?: (taskId: string) => string;
  /** The rows changed since the reader's `?since=` day. */
  changed?: ReadonlySet<string>;
  /** A prefilled new issue about a row, for its report link; no link without it. */
  reportRowUrl?: (task: Task) => string;
}

/**
 * A row's copy-link button and the status line that confirms the copy. No
 * state of its own: the table keeps which row was copied last, so a table
 * hydrates one state and one timer, not one per row.
 */
function CopyLinkButton({
  taskId,
  taskLabel,
  strings,
  copied,
  onCopy,
}: {
  taskId: string;
  taskLabel: string;
  strings: TableStrings;
  copied: boolean;
  onCopy: (taskId: string) => void;
}): ReactNode {
  return (
    <>
      <button
        type="button"
        // Hidden by CSS until Docusaurus marks the page hydrated: without JavaScript it cannot work.
        className={clsx(styles.copyLink, copied && styles.copied)}
        // The tooltip is the button's accessible name too (it has no text): one copy of the words per row.
        title={strings.copyLink(taskLabel)}
        onClick={() => onCopy(taskId)}>
        {/* The icon comes from CSS, so it stays out of the page text (search index, copy and paste). */}
      </button>
      <span role="status" className="visually-hidden">
        {copied ? strings.linkCopied : ''}
      </span>
    </>
  );
}

/** Which row's link was copied last, while its confirmation shows; copies `rowUrl(id)` (or `#id`) to the clipboard. */
function useCopiedRow(rowUrl?: (taskId: string) => string): [string | null, (taskId: string) => void] {
  const [copiedId, setCopiedId] = useState<string | null>(null);
  useEffect(() => {
    if (copiedId === null) return undefined;
    const timer = window.setTimeout(() => setCopiedId(null), 2500);
    return () => window.clearTimeout(timer);
  }, [copiedId]);
  const copy = useCallback(
    (taskId: string) => {
      navigator.clipboard.writeText(rowUrl ? rowUrl(taskId) : `#${taskId}`).then(
        () => setCopiedId(taskId),
        () => setCopiedId(null),
      );
    },
    [rowUrl],
  );
  return [copiedId, copy];
}

/** The table itself: pure, so unit tests render it without a Docusaurus site. */
export const ResponsibilityTableView = memo(function ResponsibilityTableView({
  section,
  parties,
  locale,
  strings,
  rowUrl,
  changed,
  reportRowUrl,
}: ResponsibilityTableViewProps): ReactNode {
  const [copiedId, copy] = useCopiedRow(rowUrl);
  return (
    // The party filter's CSS (partyFilterCss, in <head>) hides rows and sections by these attributes,
    // from the data, right from the first paint.
    <div
      className={styles.section}
      data-section={section.id}
      data-empty-under={emptyUnder(section)}
      data-short={section.tasks.length <= SHORT_TABLE_ROWS || undefined}>
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
              data-filters={rowFilters(task)}
              data-changed={changed?.has(task.id) || undefined}>
              <th scope="row">
                {/* Label and button side by side: the button never wraps onto a line of its own. */}
                <div className={styles.rowHead}>
                  {/* The note is an attribute shown by CSS (see partyFilterCss): no text for the search index. */}
                  <span className={styles.taskLabel} data-linked-note={strings.linkedOutsideFilter}>
                    {task.label[locale]}
                    {reportRowUrl && (
                      // The flag ends the label's last line; where the last word leaves no room, it takes the next
                      // line, so no word of a narrow column breaks for it.
                      <Link
                        className={styles.reportRow}
                        href={reportRowUrl(task)}
                        data-report="row"
                        title={strings.reportRow(task.label[locale])}>
                        {/* The icon comes from CSS, like the copy-link button's. */}
                      </Link>
                    )}
                    {/* Under the label, so a narrow column keeps its width for the label's words. */}
                    {changed?.has(task.id) && <ChangedBadge label={strings.changed} />}
                  </span>
                  <CopyLinkButton
                    taskId={task.id}
                    taskLabel={task.label[locale]}
                    strings={strings}
                    copied={copiedId === task.id}
                    onCopy={copy}
                  />
                </div>
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
  return useMemo(
    () => ({
      task: translate({
        id: 'responsibilityTable.header.task',
        message: '任务',
        description: 'Header of the task column',
      }),
      copyLink: (task) =>
        translate(
          {
            id: 'responsibilityTable.copyLink',
            message: '复制“{task}”的链接',
            description: 'Label of a row’s copy-link button',
          },
          {task},
        ),
      linkCopied: translate({
        id: 'responsibilityTable.linkCopied',
        message: '链接已复制',
        description: 'Announced after a row link was copied',
      }),
      linkedOutsideFilter: translate({
        id: 'responsibilityTable.linkedOutsideFilter',
        message: '不在当前筛选范围内，因链接指向此行而显示',
        description: 'Under a row shown only because the URL points at it',
      }),
      changed: translate({
        id: 'responsibilityTable.changed',
        message: '有变更',
        description: 'Badge of a row changed after the ?since= day',
      }),
      reportRow: (task) =>
        translate(
          {
            id: 'responsibilityTable.reportRow',
            message: '报告“{task}”一行的问题',
            description: 'Label of a row’s link that reports a problem with the row (opens a new GitHub issue)',
          },
          {task},
        ),
    }),
    [],
  );
}

/** A row's marks in words, as its cells say them, e.g. `Zilliz BYOC: responsible; Customer: not responsible`. */
function marksInWords(task: Task, parties: readonly Party[], locale: Locale): string {
  return parties
    .map((p) =>
      translate(
        {
          id: 'responsibilityTable.reportRow.mark',
          message: '{party}：{mark}',
          description: 'A party and its mark in words, in the text of a row’s report',
        },
        {party: p.label[locale], mark: markWords(task.responsible.includes(p.id))},
      ),
    )
    .join('; ');
}

/**
 * The report link's address of each row, once the page runs in a browser (the row's address is the page's); none
 * when the build does not know its repository. Rendered after hydration (the copy-link button, too, is offered only
 * then), so the server HTML carries no issue text.
 */
function useReportRowUrl(locale: Locale): ((task: Task) => string) | undefined {
  const {siteConfig} = useDocusaurusContext();
  const isBrowser = useIsBrowser();
  const repositoryUrl = repositoryUrlOf(siteConfig.customFields);
  return useMemo(() => {
    if (!isBrowser || repositoryUrl === null) return undefined;
    return (task: Task) =>
      newIssueUrl(repositoryUrl, {
        title: translate(
          {
            id: 'responsibilityTable.reportRow.issueTitle',
            message: '共同责任矩阵：“{task}”一行（{id}）',
            description: 'Title of the issue that reports a matrix row',
          },
          {task: task.label[locale], id: task.id},
        ),
        body: translate(
          {
            id: 'responsibilityTable.reportRow.issueBody',
            message:
              '页面：{url}\n语言：{language}\n行：{id}（{task}）\n标记：{marks}\n矩阵版本：{version}\n\n哪里有误：\n',
            description: 'Text of the issue that reports a matrix row; the reader writes below the last line',
          },
          {
            url: `${window.location.origin}${window.location.pathname}#${task.id}`,
            language: languageName(locale),
            id: task.id,
            task: task.label[locale],
            marks: marksInWords(task, matrix.parties, locale),
            version: matrix.version,
          },
        ),
      });
  }, [isBrowser, repositoryUrl, locale]);
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
  const reportRowUrl = useReportRowUrl(locale);
  const rowUrl = useCallback((id: string) => `${window.location.origin}${window.location.pathname}#${id}`, []);
  const changed = useChangedRows();
  const brokenLinks = useBrokenLinks();
  // Rows are anchors the console links to; tell the broken-anchor checker.
  section.tasks.forEach((t) => brokenLinks.collectAnchor(t.id));

  return (
    <ResponsibilityTableView
      section={section}
      parties={matrix.parties}
      locale={locale}
      strings={strings}
      rowUrl={rowUrl}
      changed={changed}
      reportRowUrl={reportRowUrl}
    />
  );
}
