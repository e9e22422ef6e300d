// @vitest-environment jsdom
import React from 'react';
import {MemoryRouter} from 'react-router-dom';
import {describe, expect, it, vi} from 'vitest';
import {render, screen, within} from '@testing-library/react';
import ResponsibilityOverview from '@site/src/components/ResponsibilityOverview';
import ResponsibilityTable from '@site/src/components/ResponsibilityTable';
import DocTable from '@site/src/components/DocTable';
import Supademo from '@site/src/components/Supademo';
import UntranslatedNotice from '@site/src/components/UntranslatedNotice';
import {LOCALES, type Locale} from '@site/src/i18n/locales';
import {setTestLocale} from './stubs/locale';

/*
 * The components as a reader meets them in each locale of the site,
 * rendering a small matrix (./helpers/tinyMatrix) with the locale's real
 * translations (i18n/<locale>/code.json): what they must show is written out
 * here by hand, per locale, so a string left untranslated, a wrong count or a
 * changed label shows up as a difference.
 */
vi.mock('@site/src/data/responsibilities/sharedResponsibilities', async () => ({
  sharedResponsibilities: (await import('./helpers/tinyMatrix')).TINY_MATRIX,
  SHARED_RESPONSIBILITIES_FILE: 'src/data/responsibilities/sharedResponsibilities.ts',
}));

interface ExpectedTable {
  caption: string;
  columns: string[];
  /** Per row: its id, its header's text, its copy button's name, and each party cell's text. */
  rows: [string, string, string, string[]][];
}

const TABLE: Record<Locale, ExpectedTable> = {
  'zh-Hans': {
    caption: '甲章',
    columns: ['任务', 'Zilliz BYOC', '客户'],
    rows: [
      ['back-up', '备份, "恢复"', '复制“备份, "恢复"”的链接', ['不负责', '✔负责']],
      ['watch', '监控', '复制“监控”的链接', ['✔负责', '不负责']],
    ],
  },
  en: {
    caption: 'Alpha',
    columns: ['Task', 'Zilliz BYOC', 'Customer'],
    rows: [
      [
        'back-up',
        'Back up, then "restore"',
        'Copy link to “Back up, then "restore"”',
        ['Not responsible', '✔Responsible'],
      ],
      ['watch', 'Watch', 'Copy link to “Watch”', ['✔Responsible', 'Not responsible']],
    ],
  },
  ja: {
    caption: 'アルファ',
    columns: ['タスク', 'Zilliz BYOC', 'お客様'],
    rows: [
      ['back-up', 'バックアップ', '「バックアップ」へのリンクをコピー', ['担当しない', '✔担当']],
      ['watch', '監視', '「監視」へのリンクをコピー', ['✔担当', '担当しない']],
    ],
  },
};

interface ExpectedOverview {
  label: string;
  filterLabel: string;
  /** Each filter button: its words and its count. */
  filters: string[];
  legendTerms: string[];
  legend: string[];
  download: string;
  csv: [string, string];
  json: [string, string];
  version: string;
  /** With ?party=zilliz#back-up: the customer's task is shown outside the filter. */
  status: string;
  printed: string;
}

const OVERVIEW: Record<Locale, ExpectedOverview> = {
  'zh-Hans': {
    label: '责任矩阵概览',
    filterLabel: '按负责方筛选',
    filters: ['全部3', '客户2', 'Zilliz BYOC2', '共同负责1'],
    legendTerms: ['✔对勾', '空白', '✔ ✔两列都有对勾'],
    legend: ['负责', '不负责', '共同负责'],
    download: '下载',
    csv: ['CSV（电子表格）', '/shared-responsibilities.zh-Hans.csv'],
    json: ['JSON', '/shared-responsibilities.zh-Hans.json'],
    version: '更新于 2030-01-02',
    status: '显示 3 / 3 项任务：2 项符合筛选，另有链接指向的“备份, "恢复"”',
    printed: '已筛选：“Zilliz BYOC”，本打印件只含 3 / 3 项任务。',
  },
  en: {
    label: 'Matrix overview',
    filterLabel: 'Filter by party',
    filters: ['All3', 'Customer2', 'Zilliz BYOC2', 'Shared1'],
    legendTerms: ['✔Check mark', 'Empty cell', '✔ ✔Check marks in both columns'],
    legend: ['responsible', 'not responsible', 'shared'],
    download: 'Download',
    csv: ['CSV (spreadsheets)', '/en/shared-responsibilities.en.csv'],
    json: ['JSON', '/en/shared-responsibilities.en.json'],
    version: 'Updated 2030-01-02',
    status: 'Showing 3 of 3 tasks: 2 match the filter, plus “Back up, then "restore"”, which the link points to',
    printed: 'Filtered: “Zilliz BYOC”. This printout shows 3 of 3 tasks.',
  },
  ja: {
    label: '責任マトリクスの概要',
    filterLabel: '担当者で絞り込む',
    filters: ['すべて3', 'お客様2', 'Zilliz BYOC2', '共同で担当1'],
    legendTerms: ['✔チェックマーク', '空欄', '✔ ✔両方の列にチェックマーク'],
    legend: ['担当', '担当しない', '共同で担当'],
    download: 'ダウンロード',
    csv: ['CSV（スプレッドシート）', '/ja/shared-responsibilities.ja.csv'],
    json: ['JSON', '/ja/shared-responsibilities.ja.json'],
    version: '2030-01-02 更新',
    status: '3 件中 3 件のタスクを表示：フィルターに該当する 2 件と、リンク先の「バックアップ」',
    printed: '絞り込み：「Zilliz BYOC」。この印刷物には 3 件中 3 件のタスクのみを掲載しています。',
  },
};

interface ExpectedExportComponents {
  /** Supademo titled "Demo": its button, its link, its note. */
  demo: [string, string, string];
  /** DocTable labelled "Sizes": its scroll region's name. */
  table: string;
  /** A page written in another locale (the English page on the Chinese site, the Chinese page elsewhere). */
  untranslated: [string, string];
}

const EXPORT_COMPONENTS: Record<Locale, ExpectedExportComponents> = {
  'zh-Hans': {
    demo: ['加载交互式演示', '在 Supademo 打开演示：Demo', '演示由 Supademo 提供，点击后才从其网站加载。'],
    table: '表格：Sizes',
    untranslated: ['@site/docs/aws-vpc.en.mdx', '本页尚未翻译成中文，以下为原文（English）。'],
  },
  en: {
    demo: [
      'Load the interactive demo',
      'Open the demo on Supademo: Demo',
      'The demo is hosted by Supademo and loads from its site only when you ask.',
    ],
    table: 'Table: Sizes',
    untranslated: [
      '@site/docs/a.mdx',
      'This page is not translated into English yet; below is the original (简体中文).',
    ],
  },
  ja: {
    demo: [
      'インタラクティブデモを読み込む',
      'Supademo でデモを開く：Demo',
      'デモは Supademo が提供し、クリックしたときにだけ同社のサイトから読み込まれます。',
    ],
    table: '表：Sizes',
    untranslated: ['@site/docs/a.mdx', 'このページはまだ日本語に翻訳されていません。以下は原文（简体中文）です。'],
  },
};

const text = (elements: Iterable<Element>) => [...elements].map((e) => e.textContent);

describe('the matrix components in every locale', () => {
  it('every locale of the site has its expectations here', () => {
    expect(Object.keys(TABLE).sort()).toEqual([...LOCALES].sort());
    expect(Object.keys(OVERVIEW).sort()).toEqual([...LOCALES].sort());
    expect(Object.keys(EXPORT_COMPONENTS).sort()).toEqual([...LOCALES].sort());
  });

  it.each(LOCALES)('%s: ResponsibilityTable', (locale) => {
    setTestLocale(locale);
    const expected = TABLE[locale];
    render(
      <MemoryRouter initialEntries={['/shared-responsibilities']}>
        <ResponsibilityTable section="alpha" />
      </MemoryRouter>,
    );
    const table = screen.getByRole('table', {name: expected.caption});
    expect(text(within(table).getAllByRole('columnheader'))).toEqual(expected.columns);
    const rows = table.querySelectorAll('tbody > tr');
    expect(rows).toHaveLength(expected.rows.length);
    expect(
      [...rows].map((row) => [
        row.id,
        row.querySelector('th')!.textContent,
        row.querySelector('button')!.getAttribute('title'), // its accessible name: the button has no text
        text(row.querySelectorAll('td')),
      ]),
    ).toEqual(expected.rows);
  });

  it.each(LOCALES)('%s: ResponsibilityOverview, filtered, with a link to a row outside the filter', (locale) => {
    setTestLocale(locale);
    const expected = OVERVIEW[locale];
    const {container} = render(
      <MemoryRouter initialEntries={['/shared-responsibilities?party=zilliz#back-up']}>
        <ResponsibilityOverview />
      </MemoryRouter>,
    );
    expect(screen.getByRole('region', {name: expected.label})).toBeInTheDocument();
    const group = screen.getByRole('group', {name: expected.filterLabel});
    expect(text(within(group).getAllByRole('button'))).toEqual(expected.filters);
    const legend = container.querySelector('dl');
    expect(legend).not.toBeNull();
    expect(text(legend!.querySelectorAll('dt'))).toEqual(expected.legendTerms);
    expect(text(legend!.querySelectorAll('dd'))).toEqual(expected.legend);
    expect(container.querySelector('summary')).toHaveTextContent(expected.download);
    const link = (format: string) => container.querySelector(`a[data-export="${format}"]`);
    expect([link('csv')?.textContent, link('csv')?.getAttribute('href')]).toEqual(expected.csv);
    expect([link('json')?.textContent, link('json')?.getAttribute('href')]).toEqual(expected.json);
    const versions = screen.getAllByText((_, el) => el?.tagName === 'SPAN' && el.textContent === expected.version);
    expect(versions).toHaveLength(2);
    expect(screen.getByTestId('filter-status')).toHaveTextContent(expected.status);
    expect(container.querySelector('[data-print-filter]')).toHaveTextContent(expected.printed);
  });

  it.each(LOCALES)('%s: the components exported pages use', (locale) => {
    setTestLocale(locale);
    const expected = EXPORT_COMPONENTS[locale];
    const demo = render(<Supademo id="x" title="Demo" />);
    expect(screen.getByRole('button', {name: expected.demo[0]})).toBeInTheDocument();
    expect(screen.getByRole('link', {name: expected.demo[1]})).toBeInTheDocument();
    expect(demo.container).toHaveTextContent(expected.demo[2]);
    render(
      <DocTable label="Sizes">
        <tbody>
          <tr>
            <td>1</td>
          </tr>
        </tbody>
      </DocTable>,
    );
    expect(screen.getByRole('region', {name: expected.table})).toBeInTheDocument();
    render(
      <UntranslatedNotice source={expected.untranslated[0]}>
        <p>text</p>
      </UntranslatedNotice>,
    );
    expect(screen.getByRole('note')).toHaveTextContent(expected.untranslated[1]);
  });
});
