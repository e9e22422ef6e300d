import React, {useEffect, useLayoutEffect, useRef, type ReactNode} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Translate, {translate} from '@docusaurus/Translate';
import {
  allTasks,
  countMatching,
  matchesFilter,
  matrix,
  PARTY_FILTERS,
  toLocale,
  type Matrix,
  type PartyFilter,
  type Task,
} from '@site/src/data/responsibilities/model';
import {type Locale} from '@site/src/i18n/locales';
import {exportFileName} from '@site/src/data/responsibilities/pages';
import {useLinkedId, usePartyFilter} from '@site/src/hooks/usePartyFilter';
import {MarkGlyph} from '@site/src/components/MatrixMark';
import Link from '@docusaurus/Link';
import {CHANGES_HEADING_ID} from '@site/src/data/responsibilities/changes';
import {SinceStatus} from '@site/src/components/ChangedSince';
import {useSince} from '@site/src/hooks/useSince';
import styles from './styles.module.css';

function partyLabel(m: Matrix, id: 'zilliz' | 'customer', locale: Locale): string {
  const party = m.parties.find((p) => p.id === id);
  if (!party) throw new Error(`ResponsibilityOverview: party "${id}" is missing from the matrix data`);
  return party.label[locale];
}

function filterLabel(filter: PartyFilter, locale: Locale): string {
  switch (filter) {
    case 'all':
      return translate({id: 'responsibilityOverview.filter.all', message: '全部'});
    case 'shared':
      return translate({id: 'responsibilityOverview.filter.shared', message: '共同负责'});
    default:
      return partyLabel(matrix, filter, locale);
  }
}

/** What the rows show right now: the filter's tasks, plus the row a link points at if the filter excludes it. */
export interface ShownRows {
  filter: PartyFilter;
  total: number;
  matching: number;
  /** The linked row shown outside the filter, if any. */
  extra?: Task;
}

function useShownRows(): ShownRows {
  const [filter] = usePartyFilter();
  const linkedId = useLinkedId();
  const linked = allTasks(matrix).find((t) => t.id === linkedId);
  return {
    filter,
    total: allTasks(matrix).length,
    matching: countMatching(matrix, filter),
    extra: linked && !matchesFilter(linked, filter) ? linked : undefined,
  };
}

/** The key to the marks, on one line. It explains the symbols only: who does what is the matrix's to say. */
function Legend(): ReactNode {
  return (
    <dl className={styles.legend}>
      <div>
        <dt>
          <MarkGlyph />
          <span className="visually-hidden">
            <Translate id="responsibilityOverview.legend.markName">对勾</Translate>
          </span>
        </dt>
        <dd>
          <Translate id="responsibilityOverview.legend.mark">负责</Translate>
        </dd>
      </div>
      <div>
        <dt>
          <span className={styles.blank} aria-hidden="true" />
          <span className="visually-hidden">
            <Translate id="responsibilityOverview.legend.blankName">空白</Translate>
          </span>
        </dt>
        <dd>
          <Translate id="responsibilityOverview.legend.blank">不负责</Translate>
        </dd>
      </div>
      <div>
        <dt>
          <MarkGlyph count={2} />
          <span className="visually-hidden">
            <Translate id="responsibilityOverview.legend.bothName">两列都有对勾</Translate>
          </span>
        </dt>
        <dd>
          <Translate id="responsibilityOverview.legend.shared">共同负责</Translate>
        </dd>
      </div>
    </dl>
  );
}

/**
 * Keeps what the reader looks at in place when the element grows or shrinks
 * above it: a deep link has scrolled to its row before the status line
 * (which only the browser can fill in) appears.
 *
 * The first height is read at hydration only when the URL has a `#hash` (only
 * then can the line appear at once); otherwise after the next frame, once the
 * browser has laid the page out anyway, so hydration forces no layout.
 */
function useKeepViewBelow<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  const height = useRef<number | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const previous = height.current;
    if (previous === null && window.location.hash === '') {
      let timer: number | undefined;
      const frame = window.requestAnimationFrame(() => {
        timer = window.setTimeout(() => (height.current ??= el.offsetHeight));
      });
      return () => {
        window.cancelAnimationFrame(frame);
        window.clearTimeout(timer);
      };
    }
    height.current = el.offsetHeight;
    if (previous !== null && height.current !== previous && el.getBoundingClientRect().top < 0)
      window.scrollBy(0, height.current - previous);
    return undefined;
  }, [key]);
  return ref;
}

/** The count of what is on screen, and why a row outside the filter is there. */
function Status({shown: s, locale}: {shown: ShownRows; locale: Locale}): ReactNode {
  const isBrowser = useIsBrowser();
  const shown = s.matching + (s.extra ? 1 : 0);
  return (
    // Said aloud on every change; on screen only when it tells more than the pressed button's count.
    <p
      className={s.extra ? styles.status : 'visually-hidden'}
      role="status"
      aria-live="polite"
      data-testid="filter-status">
      {isBrowser &&
        (s.extra ? (
          <Translate
            id="responsibilityOverview.filter.statusLinked"
            values={{shown, total: s.total, matching: s.matching, task: s.extra.label[locale]}}>
            {'显示 {shown} / {total} 项任务：{matching} 项符合筛选，另有链接指向的“{task}”'}
          </Translate>
        ) : (
          <Translate id="responsibilityOverview.filter.status" values={{shown, total: s.total}}>
            {'显示 {shown} / {total} 项任务'}
          </Translate>
        ))}
    </p>
  );
}

function Filter({locale}: {locale: Locale}): ReactNode {
  const [filter, setFilter] = usePartyFilter();
  const isBrowser = useIsBrowser();
  return (
    // Before hydration the filter cannot work: keep its space (no layout shift) but do not offer it.
    <div
      role="group"
      aria-label={translate({id: 'responsibilityOverview.filter.label', message: '按负责方筛选'})}
      className={styles.segmented}
      data-ready={isBrowser}
      aria-hidden={!isBrowser || undefined}>
      {PARTY_FILTERS.map((f) => (
        <button
          key={f}
          type="button"
          className={styles.segment}
          aria-pressed={f === filter}
          data-filter={f}
          disabled={!isBrowser}
          onClick={() => setFilter(f)}>
          {filterLabel(f, locale)}
          <span className={styles.count}>{countMatching(matrix, f)}</span>
        </button>
      ))}
    </div>
  );
}

/** The build writes both files next to the page, per locale (plugins/responsibility-matrix). */
function Downloads({locale}: {locale: Locale}): ReactNode {
  // Plain <a>: these are files, not routes the client router knows.
  const csv = useBaseUrl(`/${exportFileName(locale, 'csv')}`);
  const json = useBaseUrl(`/${exportFileName(locale, 'json')}`);
  const menu = useRef<HTMLDetailsElement>(null);
  // A <details> menu works without JavaScript; with it, Escape and a click elsewhere close it too.
  useEffect(() => {
    const close = (event: Event) => {
      const details = menu.current;
      if (!details?.open) return;
      if (event instanceof KeyboardEvent) {
        if (event.key !== 'Escape') return;
        details.open = false;
        details.querySelector('summary')?.focus();
      } else if (!details.contains(event.target as Node)) details.open = false;
    };
    document.addEventListener('keydown', close);
    document.addEventListener('click', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('click', close);
    };
  }, []);
  return (
    <details className={styles.menu} ref={menu}>
      <summary className={styles.menuButton}>
        <span className={styles.downloadIcon} aria-hidden="true" />
        <span className={styles.menuLabel}>
          <Translate id="responsibilityOverview.downloads">下载</Translate>
        </span>
      </summary>
      <ul className={styles.menuList}>
        {/* The files' version; also the only place phones show it (no room in the toolbar). */}
        <li className={styles.menuNote}>
          <Version />
        </li>
        <li>
          {/* eslint-disable-next-line @docusaurus/no-html-links -- a file to download, not a page to route to */}
          <a href={csv} download data-export="csv" onClick={() => menu.current?.removeAttribute('open')}>
            <Translate id="responsibilityOverview.downloadCsv">CSV（电子表格）</Translate>
          </a>
        </li>
        <li>
          {/* eslint-disable-next-line @docusaurus/no-html-links -- a file to download, not a page to route to */}
          <a href={json} download data-export="json" onClick={() => menu.current?.removeAttribute('open')}>
            <Translate id="responsibilityOverview.downloadJson">JSON</Translate>
          </a>
        </li>
      </ul>
    </details>
  );
}

/** Printed instead of the filter: a printout of a filtered view says so. */
function PrintedFilter({shown: s, locale}: {shown: ShownRows; locale: Locale}): ReactNode {
  if (s.filter === 'all') return null;
  return (
    <p className={styles.printFilter} data-print-filter>
      <Translate
        id="responsibilityOverview.printFilter"
        values={{filter: filterLabel(s.filter, locale), shown: s.matching + (s.extra ? 1 : 0), total: s.total}}>
        {'已筛选：“{filter}”，本打印件只含 {shown} / {total} 项任务。'}
      </Translate>
    </p>
  );
}

function Version({className}: {className?: string}): ReactNode {
  return (
    <span className={className}>
      <Translate
        id="responsibilityOverview.version"
        values={{
          // The day of the last change of meaning; the change history says what changed.
          version: (
            <Link to={`#${CHANGES_HEADING_ID}`}>
              <time dateTime={matrix.version}>{matrix.version}</time>
            </Link>
          ),
        }}>
        {'更新于 {version}'}
      </Translate>
    </span>
  );
}

/**
 * The toolbar above the first ResponsibilityTable: the party filter with its
 * counts, the downloads, and one line with the key to the marks, what is shown
 * and the matrix version. Compact, so the first rows are on screen on arrival.
 */
export default function ResponsibilityOverview(): ReactNode {
  const {i18n} = useDocusaurusContext();
  const locale = toLocale(i18n.currentLocale);
  const shown = useShownRows();
  const since = useSince();
  const ref = useKeepViewBelow<HTMLElement>(`${shown.extra?.id ?? ''} ${since.raw ?? ''}`);
  return (
    // The toolbar (filter, downloads, key, version) is the page's furniture: left out of search.
    <section
      ref={ref}
      data-pagefind-ignore
      className={styles.overview}
      aria-label={translate({id: 'responsibilityOverview.label', message: '责任矩阵概览'})}>
      <Filter locale={locale} />
      <Downloads locale={locale} />
      <Legend />
      <Version className={styles.version} />
      <Status shown={shown} locale={locale} />
      {/* Shown like the filter's status, under the toolbar. */}
      <SinceStatus className={styles.status} />
      <PrintedFilter shown={shown} locale={locale} />
    </section>
  );
}
