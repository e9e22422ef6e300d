import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Translate, {translate} from '@docusaurus/Translate';
import {
  allTasks,
  countMatching,
  matrix,
  PARTY_FILTERS,
  summarize,
  toLocale,
  type Locale,
  type Matrix,
  type PartyFilter,
} from '@site/src/data/responsibilities/model';
import {EXPORT_BASENAME} from '@site/src/data/responsibilities/pages';
import {usePartyFilter} from '@site/src/hooks/usePartyFilter';
import {MarkGlyph} from '@site/src/components/MatrixMark';
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
          <Translate id="responsibilityOverview.legend.mark">该方负责此任务</Translate>
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
          <Translate id="responsibilityOverview.legend.shared">共同负责：双方各自负责其中属于自己的部分</Translate>
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
          <Translate id="responsibilityOverview.legend.blank">该方不负责此任务</Translate>
        </dd>
      </div>
    </dl>
  );
}

function Summary({locale}: {locale: Locale}): ReactNode {
  const s = summarize(matrix);
  const number = (n: number) => <strong className={styles.number}>{n}</strong>;
  return (
    <p className={styles.summary} data-testid="matrix-summary">
      <Translate
        id="responsibilityOverview.summary"
        values={{
          total: number(s.total),
          customer: partyLabel(matrix, 'customer', locale),
          zilliz: partyLabel(matrix, 'zilliz', locale),
          customerOnly: <span data-count="customer-only">{number(s.customerOnly)}</span>,
          zillizOnly: <span data-count="zilliz-only">{number(s.zillizOnly)}</span>,
          shared: <span data-count="shared">{number(s.shared)}</span>,
        }}>
        {'共 {total} 项任务：{customer}独立负责 {customerOnly} 项，{zilliz} 独立负责 {zillizOnly} 项，双方共同负责 {shared} 项。'}
      </Translate>{' '}
      <span className={styles.version}>
        <Translate id="responsibilityOverview.version" values={{version: <time dateTime={matrix.version}>{matrix.version}</time>}}>
          {'（更新于 {version}）'}
        </Translate>
      </span>
    </p>
  );
}

function Filter({locale}: {locale: Locale}): ReactNode {
  const [filter, setFilter] = usePartyFilter();
  const isBrowser = useIsBrowser();
  const total = allTasks(matrix).length;
  const shown = countMatching(matrix, filter);
  const groupLabel = translate({id: 'responsibilityOverview.filter.label', message: '按负责方筛选'});
  return (
    // Before hydration the filter cannot work: keep its space (no layout shift) but do not offer it.
    <div className={styles.filter} data-ready={isBrowser} aria-hidden={!isBrowser || undefined}>
      <span className={styles.filterLabel} id="party-filter-label" aria-hidden="true">
        {groupLabel}
      </span>
      <div role="group" aria-labelledby="party-filter-label" className={styles.buttons}>
        {PARTY_FILTERS.map((f) => (
          <button
            key={f}
            type="button"
            className={clsx('button', f === filter ? 'button--primary' : 'button--secondary', styles.button)}
            aria-pressed={f === filter}
            data-filter={f}
            disabled={!isBrowser}
            onClick={() => setFilter(f)}>
            {filterLabel(f, locale)}
            <span className={styles.count}>{countMatching(matrix, f)}</span>
          </button>
        ))}
      </div>
      <p className={styles.status} role="status" aria-live="polite" data-testid="filter-status">
        {isBrowser && (
          <Translate id="responsibilityOverview.filter.status" values={{shown, total}}>
            {'显示 {shown} / {total} 项任务'}
          </Translate>
        )}
      </p>
    </div>
  );
}

/** The build writes both files next to the page, per locale (plugins/responsibility-matrix). */
function Downloads(): ReactNode {
  // Plain <a>: these are files, not routes the client router knows.
  const csv = useBaseUrl(`/${EXPORT_BASENAME}.csv`);
  const json = useBaseUrl(`/${EXPORT_BASENAME}.json`);
  return (
    <p className={styles.downloads}>
      <Translate id="responsibilityOverview.downloads">下载矩阵：</Translate>{' '}
      <a href={csv} download data-export="csv">
        <Translate id="responsibilityOverview.downloadCsv">CSV（电子表格）</Translate>
      </a>
      {' · '}
      <a href={json} download data-export="json">
        <Translate id="responsibilityOverview.downloadJson">JSON</Translate>
      </a>
    </p>
  );
}

/** Legend, whole-matrix summary and party filter; goes above the first ResponsibilityTable. */
export default function ResponsibilityOverview(): ReactNode {
  const {i18n} = useDocusaurusContext();
  const locale = toLocale(i18n.currentLocale);
  return (
    <section
      className={styles.overview}
      aria-label={translate({id: 'responsibilityOverview.label', message: '责任矩阵概览'})}>
      <Legend />
      <Summary locale={locale} />
      <Downloads />
      <Filter locale={locale} />
    </section>
  );
}
