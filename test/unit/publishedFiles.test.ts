import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import type {LoadContext} from '@docusaurus/types';
import responsibilityMatrixPlugin from '../../plugins/responsibility-matrix';
import {LOCALES, type Locale} from '@site/src/i18n/locales';
import {TINY_LOG, TINY_MATRIX} from './helpers/tinyMatrix';

/*
 * The files a build publishes for a small matrix, as the plugin writes them,
 * checked against text written out here by hand: a change to a column, a
 * header, a word, the quoting or the contract shows up as a difference.
 */

const BOM = '\uFEFF';
const CSV: Record<Locale, string> = {
  'zh-Hans':
    `${BOM}任务 ID,章节,任务,负责方,Zilliz BYOC,客户,矩阵版本,最近变更\r\n` +
    'back-up,甲章,"备份, ""恢复""",客户,,✔,2030-01-02,2030-01-02\r\n' +
    'watch,甲章,监控,Zilliz BYOC,✔,,2030-01-02,2030-01-01\r\n' +
    'share,乙章,共享,共同负责,✔,✔,2030-01-02,2030-01-02\r\n',
  en:
    `${BOM}Task ID,Section,Task,Responsible,Zilliz BYOC,Customer,Matrix version,Last changed\r\n` +
    'back-up,Alpha,"Back up, then ""restore""",Customer,,✔,2030-01-02,2030-01-02\r\n' +
    'watch,Alpha,Watch,Zilliz BYOC,✔,,2030-01-02,2030-01-01\r\n' +
    'share,Beta,Share,Shared,✔,✔,2030-01-02,2030-01-02\r\n',
  ja:
    `${BOM}タスク ID,セクション,タスク,担当,Zilliz BYOC,お客様,マトリクスのバージョン,最終変更日\r\n` +
    'back-up,アルファ,バックアップ,お客様,,✔,2030-01-02,2030-01-02\r\n' +
    'watch,アルファ,監視,Zilliz BYOC,✔,,2030-01-02,2030-01-01\r\n' +
    'share,ベータ,共有,共同で担当,✔,✔,2030-01-02,2030-01-02\r\n',
};

/** The JSON download of one locale, as text. */
const json = (
  locale: Locale,
  [customer, alpha, beta]: [string, string, string],
  [backUp, watch, share]: [string, string, string],
  [initial, betaAdded, shareAdded, backUpMoved]: [string, string, string, string],
) => `{
  "version": "2030-01-02",
  "locale": "${locale}",
  "parties": [
    {
      "id": "zilliz",
      "label": "Zilliz BYOC"
    },
    {
      "id": "customer",
      "label": "${customer}"
    }
  ],
  "sections": [
    {
      "id": "alpha",
      "title": "${alpha}",
      "tasks": [
        {
          "id": "back-up",
          "label": "${backUp}",
          "responsible": [
            "customer"
          ],
          "lastChanged": "2030-01-02"
        },
        {
          "id": "watch",
          "label": "${watch}",
          "responsible": [
            "zilliz"
          ],
          "lastChanged": "2030-01-01"
        }
      ]
    },
    {
      "id": "beta",
      "title": "${beta}",
      "tasks": [
        {
          "id": "share",
          "label": "${share}",
          "responsible": [
            "zilliz",
            "customer"
          ],
          "lastChanged": "2030-01-02"
        }
      ]
    }
  ],
  "changes": [
    {
      "id": "2030-01-01",
      "date": "2030-01-01",
      "labelOnly": false,
      "changes": [
        {
          "kind": "initial",
          "sections": 1,
          "tasks": 2,
          "text": "${initial}"
        }
      ]
    },
    {
      "id": "2030-01-02",
      "date": "2030-01-02",
      "labelOnly": false,
      "changes": [
        {
          "kind": "section-added",
          "section": "beta",
          "title": {
            "zh-Hans": "乙章",
            "en": "Beta",
            "ja": "ベータ"
          },
          "text": "${betaAdded}"
        },
        {
          "kind": "task-added",
          "task": "share",
          "label": {
            "zh-Hans": "共享",
            "en": "Share",
            "ja": "共有"
          },
          "section": "beta",
          "responsible": [
            "zilliz",
            "customer"
          ],
          "text": "${shareAdded}"
        },
        {
          "kind": "responsible",
          "task": "back-up",
          "before": [
            "zilliz"
          ],
          "after": [
            "customer"
          ],
          "text": "${backUpMoved}"
        }
      ]
    }
  ]
}
`;
const JSON_TEXT: Record<Locale, string> = {
  'zh-Hans': json(
    'zh-Hans',
    ['客户', '甲章', '乙章'],
    ['备份, \\"恢复\\"', '监控', '共享'],
    [
      '首次发布：1 个章节，共 2 项任务。',
      '新增章节 乙章。',
      '新增任务 共享（乙章；负责方：共同负责）。',
      '备份, \\"恢复\\"：负责方由“Zilliz BYOC”改为“客户”。',
    ],
  ),
  en: json(
    'en',
    ['Customer', 'Alpha', 'Beta'],
    ['Back up, then \\"restore\\"', 'Watch', 'Share'],
    [
      'First published: 2 tasks in 1 section.',
      'Added the section Beta.',
      'Added Share to Beta (responsible: Shared).',
      'Back up, then \\"restore\\": responsibility moved from “Zilliz BYOC” to “Customer”.',
    ],
  ),
  ja: json(
    'ja',
    ['お客様', 'アルファ', 'ベータ'],
    ['バックアップ', '監視', '共有'],
    [
      '初版を公開：1 セクション、2 件のタスク。',
      'セクション ベータ を追加。',
      'ベータ にタスク 共有 を追加（担当：共同で担当）。',
      'バックアップ：担当が「Zilliz BYOC」から「お客様」に変わりました。',
    ],
  ),
};

/** Every link of the console contract for the small matrix: locale, kind, path, target. */
const LINKS = (['zh-Hans', 'en', 'ja'] as const).flatMap((locale) => {
  const page = {
    'zh-Hans': '/shared-responsibilities',
    en: '/en/shared-responsibilities',
    ja: '/ja/shared-responsibilities',
  }[locale];
  return [
    [locale, 'page', page, null],
    [locale, 'section', `${page}#alpha`, 'alpha'],
    [locale, 'section', `${page}#beta`, 'beta'],
    [locale, 'task', `${page}#back-up`, 'back-up'],
    [locale, 'task', `${page}#watch`, 'watch'],
    [locale, 'task', `${page}#share`, 'share'],
    [locale, 'filter', `${page}?party=customer`, 'customer'],
    [locale, 'filter', `${page}?party=zilliz`, 'zilliz'],
    [locale, 'filter', `${page}?party=shared`, 'shared'],
  ];
});

describe('the files a build publishes, for a small matrix', () => {
  const outDir = mkdtempSync(path.join(tmpdir(), 'published-files-'));
  afterAll(() => rmSync(outDir, {recursive: true, force: true}));
  const read = (file: string) => readFileSync(path.join(outDir, file), 'utf8');

  it('every locale of the site has its expected files here', () => {
    expect(Object.keys(CSV).sort()).toEqual([...LOCALES].sort());
    expect(Object.keys(JSON_TEXT).sort()).toEqual([...LOCALES].sort());
  });

  it.each(LOCALES)('%s: writes the CSV and JSON downloads exactly', async (locale) => {
    const plugin = responsibilityMatrixPlugin(
      {i18n: {locales: [...LOCALES], defaultLocale: 'zh-Hans', currentLocale: locale}} as unknown as LoadContext,
      {matrix: TINY_MATRIX, changeLog: TINY_LOG},
    );
    await plugin.postBuild!({
      outDir,
      i18n: {currentLocale: locale, locales: [...LOCALES], defaultLocale: 'zh-Hans'},
      siteConfig: {url: 'https://example.com', baseUrl: '/docs/'},
      baseUrl: locale === 'zh-Hans' ? '/docs/' : `/docs/${locale}/`,
    } as never);
    expect(read(`shared-responsibilities.${locale}.csv`)).toBe(CSV[locale]);
    expect(read(`shared-responsibilities.${locale}.json`)).toBe(JSON_TEXT[locale]);
  });

  it('writes the Atom feed of the change log, newest entry first, links absolute', () => {
    expect(read('shared-responsibilities.en.atom')).toBe(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <id>tag:zilliz.com,2026:byoc-docs/shared-responsibilities/changes/en</id>
  <title>Zilliz BYOC shared responsibilities: changes</title>
  <updated>2030-01-02T00:00:00Z</updated>
  <link rel="self" type="application/atom+xml" href="https://example.com/docs/en/shared-responsibilities.en.atom"/>
  <link rel="alternate" type="text/html" href="https://example.com/docs/en/shared-responsibilities#matrix-changes"/>
  <author><name>Zilliz</name></author>
  <entry>
    <id>tag:zilliz.com,2026:byoc-docs/shared-responsibilities/changes/en/2030-01-02</id>
    <title>Matrix changes of January 2, 2030</title>
    <updated>2030-01-02T00:00:00Z</updated>
    <link rel="alternate" type="text/html" href="https://example.com/docs/en/shared-responsibilities#change-2030-01-02"/>
    <summary type="text">Added the section Beta.
Added Share to Beta (responsible: Shared).
Back up, then &quot;restore&quot;: responsibility moved from “Zilliz BYOC” to “Customer”.</summary>
    <content type="html">&lt;ul&gt;&lt;li&gt;Added the section &lt;a href=&quot;https://example.com/docs/en/shared-responsibilities#beta&quot;&gt;Beta&lt;/a&gt;.&lt;/li&gt;&lt;li&gt;Added &lt;a href=&quot;https://example.com/docs/en/shared-responsibilities#share&quot;&gt;Share&lt;/a&gt; to &lt;a href=&quot;https://example.com/docs/en/shared-responsibilities#beta&quot;&gt;Beta&lt;/a&gt; (responsible: Shared).&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://example.com/docs/en/shared-responsibilities#back-up&quot;&gt;Back up, then &amp;quot;restore&amp;quot;&lt;/a&gt;: responsibility moved from “Zilliz BYOC” to “Customer”.&lt;/li&gt;&lt;/ul&gt;</content>
  </entry>
  <entry>
    <id>tag:zilliz.com,2026:byoc-docs/shared-responsibilities/changes/en/2030-01-01</id>
    <title>Matrix changes of January 1, 2030</title>
    <updated>2030-01-01T00:00:00Z</updated>
    <link rel="alternate" type="text/html" href="https://example.com/docs/en/shared-responsibilities#change-2030-01-01"/>
    <summary type="text">First published: 2 tasks in 1 section.</summary>
    <content type="html">&lt;ul&gt;&lt;li&gt;First published: 2 tasks in 1 section.&lt;/li&gt;&lt;/ul&gt;</content>
  </entry>
</feed>
`);
    // The Chinese feed is the default locale's, at the root.
    expect(read('shared-responsibilities.zh-Hans.atom')).toContain(
      '<link rel="alternate" type="text/html" href="https://example.com/docs/shared-responsibilities#change-2030-01-02"/>',
    );
    expect(read('shared-responsibilities.ja.atom')).toContain('<title>2030年1月2日 のマトリクス変更</title>');
  });

  it('writes the console contract once, with the default locale', async () => {
    const files = readdirSync(outDir).sort();
    expect(files).toEqual([
      'console-links.json',
      ...['en', 'ja', 'zh-Hans'].flatMap((l) => [
        `shared-responsibilities.${l}.atom`,
        `shared-responsibilities.${l}.csv`,
        `shared-responsibilities.${l}.json`,
      ]),
    ]);
    const contract = JSON.parse(read('console-links.json'));
    expect(read('console-links.json')).toBe(`${JSON.stringify(contract, null, 2)}\n`);
    const {links, ...rest} = contract;
    expect(rest).toEqual({
      site: 'https://example.com/docs/',
      $comment:
        'Generated from src/data/responsibilities by `npm run write-console-links`; do not edit. Paths are relative to the site base URL (e.g. https://zilliztech.github.io/byoc-docs).',
      matrixVersion: '2030-01-02',
      localeRule:
        'Chinese (zh-Hans, the default locale) is served at the site root, every other locale at /<locale>/ followed by the same path (English /en/, Japanese /ja/). Section and task ids are identical in every locale. ?party= (customer, zilliz, shared) may be combined with a #id.',
      locales: [
        {locale: 'zh-Hans', prefix: '/'},
        {locale: 'en', prefix: '/en/'},
        {locale: 'ja', prefix: '/ja/'},
      ],
      aliases: [
        {from: '/byoc/shared-responsibilities', to: '/shared-responsibilities', keeps: 'query and hash'},
        {from: '/en/byoc/shared-responsibilities', to: '/en/shared-responsibilities', keeps: 'query and hash'},
        {from: '/ja/byoc/shared-responsibilities', to: '/ja/shared-responsibilities', keeps: 'query and hash'},
      ],
    });
    expect(
      (links as {locale: string; kind: string; path: string; target: string | null}[]).map((l) => [
        l.locale,
        l.kind,
        l.path,
        l.target,
      ]),
    ).toEqual(LINKS);
  });
});
