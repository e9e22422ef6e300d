import {spawnSync} from 'node:child_process';
import {cpSync, readFileSync, writeFileSync} from 'node:fs';
import type {Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import {parse} from 'csv-parse/sync';
import type {ConsoleLinks} from '../src/data/responsibilities/consoleLinks';
import type {MatrixJson} from '../src/data/responsibilities/exports';
import type {Locale} from '../src/i18n/locales';
import {exportFileName} from '../src/data/responsibilities/pages';
import {pageFile} from '../scripts/import-matrix/pages';
import {parseFeed} from '@rowanmanning/feed-parser';
import {expect, expectShown, gotoHydrated, LOCALE_ROUTES, test} from './fixtures';
import {axeLightAndDark} from './axe';
import {readMatrix} from './matrix';
import {changedFiles, removeScratch, scratchRepo, treeDigest} from '../test/helpers/scratchRepo';
import {TEST_BASE_URL} from '../scripts/lib/testSite.mjs';

/**
 * The docs team's procedure end to end, in a scratch copy of the repository:
 * import changed exports (a mark changed, a task added, a task retired), build
 * every locale, and find each change where readers and the console look.
 */
const ROOT = path.join(__dirname, '..');
const FIXTURES = 'test/fixtures/import-matrix';
const BASELINE = `${FIXTURES}/baseline`;
/** The added task's label in each locale, as the fixtures write it (Chinese spaced by AutoCorrect). */
const NEW_TASK = {
  id: 'rotate-tls-certificates',
  label: {'zh-Hans': '轮换 TLS 证书', en: 'Rotate TLS certificates', ja: 'TLS 証明書のローテーション'} as Record<
    Locale,
    string
  >,
};
/** The UTC days the import ran on (it dates the matrix with its own "today"): one, or two across midnight. */
const importDays = new Set<string>();
const utcDay = () => new Date().toISOString().slice(0, 10);

let copy: string;
let server: Server;
let site: string;
const imports: {status: number | null; stdout: string; stderr: string; written: string[]}[] = [];

function importExports() {
  const args = ['jiti', 'scripts/import-matrix.ts', '--retire', 'break-glass-access'];
  for (const {locale} of LOCALE_ROUTES) args.push(`--${locale}`, `${FIXTURES}/e2e.${locale}.mdx`);
  const before = treeDigest(copy);
  const result = spawnSync('npx', args, {cwd: copy, encoding: 'utf8'});
  const written = changedFiles(before, treeDigest(copy));
  imports.push({status: result.status, stdout: result.stdout, stderr: result.stderr, written});
}

test.describe.configure({mode: 'serial'});

test.beforeAll(async () => {
  test.setTimeout(600_000);
  copy = scratchRepo('byoc-import');
  // The fixtures were written against a frozen baseline of the data and its exports: start the copy from it, so
  // tasks added to the live data since (the recipes in src/data/responsibilities/README.md) do not make the import refuse the fixtures.
  const data = 'src/data/responsibilities';
  const baselineData = readFileSync(path.join(ROOT, BASELINE, 'sharedResponsibilities.ts'), 'utf8');
  writeFileSync(
    path.join(copy, data, 'sharedResponsibilities.ts'),
    baselineData.replace(/from '[./]+\/src\/data\/responsibilities\/types'/, "from './types'"),
  );
  cpSync(path.join(ROOT, BASELINE, 'editor-exports'), path.join(copy, data, 'editor-exports'), {recursive: true});
  for (const {locale} of LOCALE_ROUTES)
    cpSync(path.join(ROOT, BASELINE, 'pages', `${locale}.mdx`), path.join(copy, pageFile(locale)));
  importDays.add(utcDay());
  importExports();
  importExports();
  importDays.add(utcDay());
  const build = spawnSync('npx', ['docusaurus', 'build', '--out-dir', 'build'], {
    cwd: copy,
    encoding: 'utf8',
    // No persistent cache: it lives in the linked node_modules, shared with the real checkout.
    env: {...process.env, BASE_URL: TEST_BASE_URL, SITE_URL: 'http://127.0.0.1', DOCUSAURUS_NO_PERSISTENT_CACHE: '1'},
  });
  if (build.status !== 0) throw new Error(`build of the imported copy failed:\n${build.stdout}\n${build.stderr}`);
  // Imported here: the script's command-line part awaits at top level, which a static import cannot load.
  const {startServer} = await import('../scripts/serve-gh-pages.mjs');
  server = await startServer({dir: path.join(copy, 'build'), base: TEST_BASE_URL, port: 0});
  site = `http://127.0.0.1:${(server.address() as AddressInfo).port}${TEST_BASE_URL}`;
});

test.afterAll(async () => {
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
  if (copy) removeScratch(copy);
});

test('the import prints each change, and a second import finds nothing to do', () => {
  const [first, second] = imports;
  expect(first!.stderr).toBe('');
  expect(first!.status).toBe(0);
  expect(first!.stdout.split('\n')).toEqual(
    expect.arrayContaining([
      '+ task "rotate-tls-certificates" in "upgrade-and-security": Rotate TLS certificates [Zilliz BYOC]',
      '~ mark "logging" (Logging), Zilliz BYOC: (empty) → ✔',
      '- retired "break-glass-access": its links now land on #technical-support',
      expect.stringMatching(
        new RegExp(
          `^version \\(the matrix's "updated" date\\): \\d{4}-\\d\\d-\\d\\d → (${[...importDays].join('|')})$`,
        ),
      ),
    ]),
  );
  // What the import may write, and nothing else: the data, the console contract, the exports it imported.
  expect(first!.written).toEqual([
    '~ console-links.json',
    '~ src/data/responsibilities/changeLog.ts',
    '~ src/data/responsibilities/editor-exports/en.mdx',
    '~ src/data/responsibilities/editor-exports/ja.mdx',
    '~ src/data/responsibilities/editor-exports/zh-Hans.mdx',
    '~ src/data/responsibilities/sharedResponsibilities.ts',
  ]);
  expect(second!.status).toBe(0);
  expect(second!.stdout).toContain('no changes: the data already matches these exports');
  expect(second!.written).toEqual([]);
});

for (const {locale, prefix} of LOCALE_ROUTES) {
  test(`${locale}: the page shows the new task and the changed mark`, async ({page, consoleProblems}) => {
    await gotoHydrated(page, `${site}${prefix}shared-responsibilities#${NEW_TASK.id}`);
    await expect(page.locator(`tr#${NEW_TASK.id}`)).toBeInViewport();
    const sections = await readMatrix(page);
    const tasks = sections.flatMap((s) => s.tasks.map((t) => ({...t, section: s.id})));
    expect(tasks.find((t) => t.id === NEW_TASK.id)).toEqual({
      id: NEW_TASK.id,
      label: NEW_TASK.label[locale],
      responsible: ['zilliz'],
      section: 'upgrade-and-security',
    });
    expect(tasks.find((t) => t.id === 'logging')?.responsible).toEqual(['zilliz', 'customer']);
    expect(tasks.find((t) => t.id === 'break-glass-access')).toBeUndefined();
    expect(consoleProblems).toEqual([]);
  });

  test(`${locale}: an old console link to the retired task lands on its section`, async ({page, consoleProblems}) => {
    // A phone: the tables above the section lay out late (content-visibility), the hard case for landing.
    await page.setViewportSize({width: 390, height: 800});
    // Cold, as from the console.
    await gotoHydrated(page, `${site}${prefix}shared-responsibilities#break-glass-access`);
    await expect(page).toHaveURL(`${site}${prefix}shared-responsibilities#technical-support`);
    await expect(page.locator('#technical-support')).toBeInViewport({ratio: 1});
    // Below the sticky navbar, not under it.
    const navbar = await page.locator('.navbar').boundingBox();
    expect((await page.locator('#technical-support').boundingBox())!.y).toBeGreaterThanOrEqual(
      navbar!.y + navbar!.height,
    );
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(consoleProblems).toEqual([]);
  });

  test(`${locale}: the JSON and CSV downloads carry the change`, async ({request}) => {
    const json = (await (await request.get(`${site}${prefix}${exportFileName(locale, 'json')}`)).json()) as MatrixJson;
    const tasks = json.sections.flatMap((s) => s.tasks);
    expect([...importDays]).toContain(json.version);
    expect(tasks.find((t) => t.id === NEW_TASK.id)).toEqual({
      id: NEW_TASK.id,
      label: NEW_TASK.label[locale],
      responsible: ['zilliz'],
      lastChanged: importDay(),
    });
    expect(tasks.find((t) => t.id === 'logging')?.responsible).toEqual(['zilliz', 'customer']);
    expect(tasks.find((t) => t.id === 'logging')?.lastChanged).toBe(importDay());
    expect(tasks.find((t) => t.id === 'set-up-vpc')?.lastChanged).toBe('2026-11-29');
    // The log itself, each change with its text in the file's language.
    expect(json.changes.map((e) => e.id)).toEqual(['2026-11-29', importDay()]);
    expect(json.changes[1]!.changes.map((c) => [c.kind, c.text])).toEqual([
      ['task-added', HISTORY[locale].changes[0]],
      ['responsible', HISTORY[locale].changes[1]],
      ['task-retired', HISTORY[locale].changes[2]],
    ]);

    const rows: string[][] = parse(
      await (await request.get(`${site}${prefix}${exportFileName(locale, 'csv')}`)).text(),
      {bom: true},
    );
    const [header, ...body] = rows;
    const row = body.find((r) => r[0] === NEW_TASK.id && r.includes(NEW_TASK.label[locale]));
    expect(row, `CSV row "${NEW_TASK.label[locale]}"`).toBeDefined();
    const party = (label: string) => header!.indexOf(label);
    const zilliz = party(json.parties.find((p) => p.id === 'zilliz')!.label);
    const customer = party(json.parties.find((p) => p.id === 'customer')!.label);
    expect([row![zilliz], row![customer]]).toEqual(['✔', '']);
    // The last column: the day the task last changed.
    expect(row!.at(-1)).toBe(importDay());
    expect(body.find((r) => r[0] === 'set-up-vpc')!.at(-1)).toBe('2026-11-29');
  });
}

test('console-links.json, in the repository and on the site, links the new task and no longer the retired one', async ({
  request,
}) => {
  const committed: ConsoleLinks = JSON.parse(readFileSync(path.join(copy, 'console-links.json'), 'utf8'));
  const published = (await (await request.get(`${site}console-links.json`)).json()) as ConsoleLinks & {site: string};
  expect(published).toEqual({site: `http://127.0.0.1${TEST_BASE_URL}`, ...committed});
  expect([...importDays]).toContain(committed.matrixVersion);
  for (const {locale, prefix} of LOCALE_ROUTES) {
    const paths = committed.links.filter((l) => l.locale === locale).map((l) => l.path);
    expect(paths).toContain(`/${prefix}shared-responsibilities#${NEW_TASK.id}`);
    expect(paths).not.toContain(`/${prefix}shared-responsibilities#break-glass-access`);
  }
});

/** The words of the change history and of `?since=`, as each locale's reader sees them. */
const HISTORY: Record<
  Locale,
  {heading: string; changes: string[]; badge: string; status: RegExp; invalid: string; language: string}
> = {
  'zh-Hans': {
    heading: '变更记录',
    changes: [
      '新增任务 轮换 TLS 证书（升级与安全；负责方：Zilliz BYOC）。',
      '日志记录：负责方由“客户”改为“共同负责”。',
      '移除任务“应急访问”；原链接现指向 技术支持。',
    ],
    badge: '有变更',
    status: /^自 \d{4}年\d{1,2}月\d{1,2}日 以来变更的任务：2 项（已标出）。 查看变更记录$/,
    invalid: '“2026-02-30”不是 YYYY-MM-DD 格式的日期（例如 2026-11-29），未标出变更。',
    language: 'English',
  },
  en: {
    heading: 'Change history',
    changes: [
      'Added Rotate TLS certificates to Upgrade and security (responsible: Zilliz BYOC).',
      'Logging: responsibility moved from “Customer” to “Shared”.',
      'Retired “Break-glass access”; its links now go to Technical support.',
    ],
    badge: 'Changed',
    status: /^Tasks changed since [A-Z][a-z]+ \d{1,2}, \d{4}: 2 \(marked\)\. See the change history$/,
    invalid: '“2026-02-30” is not a YYYY-MM-DD date (such as 2026-11-29); no changes are marked.',
    language: '日本語',
  },
  ja: {
    heading: '変更履歴',
    changes: [
      'アップグレードとセキュリティ にタスク TLS 証明書のローテーション を追加（担当：Zilliz BYOC）。',
      'ロギング：担当が「お客様」から「共同で担当」に変わりました。',
      'タスク「緊急アクセス (ブレークグラス)」を廃止。既存のリンクは テクニカルサポート に移動します。',
    ],
    badge: '変更あり',
    status: /^\d{4}年\d{1,2}月\d{1,2}日 以降に変更されたタスク：2 件（印を付けています）。 変更履歴を見る$/,
    invalid: '「2026-02-30」は YYYY-MM-DD 形式の日付（例：2026-11-29）ではないため、変更は示していません。',
    language: '简体中文',
  },
};
/** The attributes of each `<link>` in a page's `<head>` (the built HTML is minified: values may be unquoted). */
const headLinks = (html: string): Record<string, string>[] =>
  [...html.slice(0, html.indexOf('</head>')).matchAll(/<link\s([^>]*)>/g)].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/([\w-]+)=(?:"([^"]*)"|([^\s>]+))/g)].map((a) => [a[1], a[2] ?? a[3]])),
  );
/** The day before the import: a reviewer who looked then sees exactly the import's changes. */
const dayBefore = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const importDay = () => [...importDays].sort()[0]!;
const sinceLink = (prefix: string) =>
  `${prefix}shared-responsibilities?since=${dayBefore(importDay())}&party=customer#logging`;

for (const [i, {locale, prefix}] of LOCALE_ROUTES.entries()) {
  const width = i % 2 === 0 ? 1280 : 390;
  test(`${locale}: at ${width} px, a ?since= link with a filter and a row marks the changed rows, and the history names each change`, async ({
    page,
    consoleProblems,
  }) => {
    const words = HISTORY[locale];
    await page.setViewportSize({width, height: 800});
    // Cold, as from an e-mail: the last review, a filter, a row.
    await gotoHydrated(page, `${site}${sinceLink(prefix)}`);
    await expect(page.locator('tr#logging')).toBeInViewport();
    await expect(page.getByTestId('since-status')).toHaveText(words.status);
    await expect(page.getByTestId('since-status')).toHaveAttribute('role', 'status');
    // Both changed rows are marked; the filter (customer) shows one of them.
    await expect(page.locator('tr[data-changed]')).toHaveCount(2);
    expect(await page.locator('tr[data-changed]').evaluateAll((rows) => rows.map((r) => r.id))).toEqual([
      NEW_TASK.id,
      'logging',
    ]);
    await expectShown(page.locator('tr#logging th').getByText(words.badge, {exact: true}));
    await expect(page.locator(`tr#${NEW_TASK.id}`)).toBeHidden();
    await expect(page.locator('tr:not([data-changed])').getByText(words.badge, {exact: true})).toHaveCount(0);

    // The history, newest first: the import's entry, then the first publication.
    const history = page.locator('#matrix-changes');
    await expect(history).toHaveText(words.heading);
    const entries = page.locator('li[id^="change-"]');
    await expect(entries).toHaveCount(2);
    const latest = page.locator(`li#change-${importDay()}`);
    expect(await latest.locator('ul > li').allTextContents()).toEqual(words.changes);
    // Each name on the page links to it (in the order of the locale's sentence).
    const links = await latest.locator('ul > li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.sort()).toEqual(['#logging', `#${NEW_TASK.id}`, '#technical-support', '#upgrade-and-security']);
    // A change links its row: outside the filter, the linked row shows.
    await latest.locator(`a[href="#${NEW_TASK.id}"]`).click();
    await expect(page.locator(`tr#${NEW_TASK.id}`)).toBeInViewport();
    await expect(page).toHaveURL(new RegExp(`\\?since=${dayBefore(importDay())}&party=customer#${NEW_TASK.id}$`));

    if (locale === 'zh-Hans') {
      expect(await axeLightAndDark(page)).toEqual([]);
      // Printed: the marks and the history are on paper.
      await page.emulateMedia({media: 'print'});
      await expect(page.locator('tr#logging th').getByText(words.badge, {exact: true})).toBeVisible();
      await expect(latest).toBeVisible();
      await page.emulateMedia({media: 'screen'});
    }
    if (width === 1280) {
      // The language menu keeps the review date, the filter and the row.
      await page.locator('.navbar__items--right .dropdown').first().hover();
      await page.locator('.navbar__items--right .dropdown__menu a').getByText(words.language, {exact: true}).click();
      await page.waitForSelector('html[data-has-hydrated="true"]');
      await expect(page).toHaveURL(new RegExp(`\\?since=${dayBefore(importDay())}&party=customer#${NEW_TASK.id}$`));
      await expect(page.locator('tr[data-changed]')).toHaveCount(2);
    } else {
      // A value that is not a day is said politely, and marks nothing.
      await gotoHydrated(page, `${site}${prefix}shared-responsibilities?since=2026-02-30`);
      await expect(page.getByTestId('since-status')).toHaveText(words.invalid);
      await expect(page.locator('tr[data-changed]')).toHaveCount(0);
    }
    expect(consoleProblems).toEqual([]);
  });
}

test('without JavaScript, the page shows the whole matrix and the change history', async ({browser}) => {
  const context = await browser.newContext({javaScriptEnabled: false});
  try {
    const page = await context.newPage();
    await page.goto(`${site}${sinceLink('')}`);
    const rows = page.locator('tbody tr[id]');
    await expect(rows).toHaveCount(17);
    for (const id of [NEW_TASK.id, 'logging', 'set-up-vpc']) await expect(page.locator(`tr#${id}`)).toBeVisible();
    const latest = page.locator(`li#change-${importDay()}`);
    expect(await latest.locator('ul > li').allTextContents()).toEqual(HISTORY['zh-Hans'].changes);
    await expect(page.locator('li[id^="change-"]')).toHaveCount(2);
  } finally {
    await context.close();
  }
});

test('each locale has an Atom feed of the log, linked from its page head, with stable ids and row links', async ({
  request,
}) => {
  const builtSite = `http://127.0.0.1${TEST_BASE_URL}`;
  for (const {locale, prefix} of LOCALE_ROUTES) {
    const html = await (await request.get(`${site}${prefix}shared-responsibilities`)).text();
    const feedLinks = headLinks(html).filter((l) => l.rel === 'alternate' && l.type === 'application/atom+xml');
    expect(feedLinks, `${locale}: one feed link in <head>`).toHaveLength(1);
    expect(feedLinks[0]!.href).toBe(`${TEST_BASE_URL}${prefix}shared-responsibilities.${locale}.atom`);
    const response = await request.get(`${site}${prefix}shared-responsibilities.${locale}.atom`);
    expect(response.status()).toBe(200);
    const feed = parseFeed(await response.text());
    const page = `${builtSite}${prefix}shared-responsibilities`;
    expect(feed.url).toBe(`${page}#matrix-changes`);
    expect(feed.items.map((item) => item.id)).toEqual([
      `tag:zilliz.com,2026:byoc-docs/shared-responsibilities/changes/${locale}/${importDay()}`,
      `tag:zilliz.com,2026:byoc-docs/shared-responsibilities/changes/${locale}/2026-11-29`,
    ]);
    const [latest] = feed.items;
    expect(latest!.updated?.toISOString()).toBe(`${importDay()}T00:00:00.000Z`);
    expect(latest!.url).toBe(`${page}#change-${importDay()}`);
    for (const text of HISTORY[locale].changes) expect(latest!.description).toContain(text);
    for (const id of [NEW_TASK.id, 'logging', 'technical-support'])
      expect(latest!.content).toContain(`href="${page}#${id}"`);
  }
});
