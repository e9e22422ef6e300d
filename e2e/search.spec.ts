import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {gunzipSync} from 'node:zlib';
import type {Page, Route} from '@playwright/test';
import {allTasks, matrix} from '../src/data/responsibilities/model';
import {LOCALE_SETTINGS} from '../src/i18n/locales';
import {axeLightAndDark} from './axe';
import {expect, gotoHydrated, test} from './fixtures';
import {TEST_BUILD_DIR, TEST_SITE_URL} from '../scripts/lib/testSite.mjs';

/*
 * The navbar search as people use it: real key presses at typing speed
 * (80 ms a key) right after focusing the box, on a freshly loaded page whose
 * search code has not loaded yet.
 */

const KEY_DELAY = 80;

const TERMS = [
  {locale: 'zh-Hans', prefix: '', term: '漏洞', id: 'patch-software-vulnerabilities'},
  {locale: 'zh-Hans', prefix: '', term: 'S3', id: 'manage-s3-bucket'},
  {locale: 'en', prefix: 'en/', term: 'vulnerabilities', id: 'patch-software-vulnerabilities'},
  {locale: 'en', prefix: 'en/', term: 'S3', id: 'manage-s3-bucket'},
  {locale: 'ja', prefix: 'ja/', term: '脆弱性', id: 'patch-software-vulnerabilities'},
  {locale: 'ja', prefix: 'ja/', term: 'S3', id: 'manage-s3-bucket'},
] as const;
const CASES = TERMS.map((c) => ({...c, expect: allTasks(matrix).find((t) => t.id === c.id)!.label[c.locale]}));
const PAGE_TITLE = {'zh-Hans': '共同责任', en: 'Shared responsibilities', ja: '責任共有'} as const;

const searchBox = (page: Page) => page.getByRole('combobox', {name: /搜索|Search|検索/});
const suggestions = (page: Page) => page.getByRole('listbox').getByRole('option');

/** Visible text of the navbar that the search box covers (on phones the theme lays the box over the bar's end). */
function navbarTextUnderSearch(page: Page): Promise<string[]> {
  return searchBox(page).evaluate((input) => {
    const box = input.getBoundingClientRect();
    const under: string[] = [];
    const walker = document.createTreeWalker(input.closest('.navbar')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!node.textContent?.trim() || !parent?.checkVisibility({visibilityProperty: true}) || input.contains(node))
        continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects())
        if (r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom)
          under.push(node.textContent.trim());
    }
    return under;
  });
}

/** Holds the locale's search index (its entry file, which Pagefind reads first) back until `release()`, so typing happens before search can answer. */
async function holdIndex(page: Page) {
  const held: Route[] = [];
  let released = false;
  await page.route(/\/pagefind\/pagefind-entry\.json/, (route) =>
    released ? route.continue() : void held.push(route),
  );
  return {
    requested: () => held.length > 0,
    release: async () => {
      released = true;
      await Promise.all(held.map((r) => r.continue()));
    },
  };
}

// Each term once, opened by a click or by Ctrl+K in turn: every locale goes through both ways in.
for (const [i, c] of CASES.entries()) {
  const how = i % 2 === 0 ? 'click' : 'Control+K';
  test(`${c.locale}: "${c.term}" typed right after ${how} arrives whole and suggests the task`, async ({
    page,
    consoleProblems,
  }) => {
    await page.setViewportSize({width: 1280, height: 800});
    const index = await holdIndex(page);
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await gotoHydrated(page, c.prefix);
    const before = scripts.length;

    if (how === 'click') await searchBox(page).click();
    else await page.keyboard.press('Control+K');
    await page.keyboard.type(c.term, {delay: KEY_DELAY});

    // Everything was typed while the index was still held back.
    await expect(searchBox(page)).toHaveValue(c.term);
    expect(await suggestions(page).count()).toBe(0);
    expect(scripts.length, 'the search code loads only once the reader reaches for search').toBeGreaterThan(before);
    await expect.poll(index.requested, {message: 'the search asked for the held index'}).toBe(true);
    await index.release();

    // …and its suggestions come without another key press.
    const hit = suggestions(page).filter({hasText: c.expect}).first();
    await expect(hit).toBeVisible({timeout: 15_000});
    await expect(searchBox(page)).toHaveValue(c.term);
    expect(consoleProblems).toEqual([]);
  });
}

test('zh-Hans: text typed before the page’s JavaScript ran gets suggestions once it has', async ({
  page,
  consoleProblems,
}) => {
  await page.setViewportSize({width: 1280, height: 800});
  // Hold the app's scripts back: the server-rendered box is all there is.
  const held: Route[] = [];
  let released = false;
  await page.route(/\/assets\/js\/.*\.js$/, (route) => (released ? route.continue() : void held.push(route)));
  await page.goto('', {waitUntil: 'commit'});
  await page.locator('input.navbar__search-input').click();
  await page.keyboard.type('漏洞', {delay: KEY_DELAY});
  expect(await page.locator('html[data-has-hydrated="true"]').count()).toBe(0);
  released = true;
  await Promise.all(held.map((r) => r.continue()));
  await page.waitForSelector('html[data-has-hydrated="true"]');
  await expect(searchBox(page)).toHaveValue('漏洞');
  await expect(suggestions(page).filter({hasText: '修补软件漏洞'}).first()).toBeVisible({timeout: 15_000});
  expect(consoleProblems).toEqual([]);
});

for (const c of CASES.filter((x) => x.term === 'S3')) {
  test(`${c.locale}: a task hit reads as the row does and leads to its row`, async ({page, consoleProblems}) => {
    await page.setViewportSize({width: 1280, height: 800});
    const hosts = new Set<string>();
    page.on('request', (r) => hosts.add(new URL(r.url()).host));
    await gotoHydrated(page, c.prefix);
    await searchBox(page).click();
    await page.keyboard.type(c.term, {delay: KEY_DELAY});
    const hit = suggestions(page).filter({hasText: c.expect}).first();
    await expect(hit).toBeVisible({timeout: 15_000});
    const section = matrix.sections.find((s) => s.tasks.some((t) => t.id === c.id))!;
    // What a sighted reader sees of the row (no screen-reader words, no ✔), under its page and section.
    expect((await hit.innerText()).split('\n')).toEqual([
      c.expect,
      expect.stringContaining(`${PAGE_TITLE[c.locale]} › ${section.title[c.locale]}`),
    ]);

    // Keyboard: down to the hit, Enter.
    const options = await suggestions(page).allInnerTexts();
    const at = options.findIndex((t) => t.includes(c.expect));
    for (let i = 0; i < at; i++) await page.keyboard.press('ArrowDown');
    await expect(hit).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${c.prefix}shared-responsibilities#${c.id}$`));
    await expect(page.locator(`tr#${c.id}`)).toBeInViewport();
    await expect(searchBox(page)).toHaveValue('');
    await page.waitForLoadState('networkidle');
    expect([...hosts]).toEqual([new URL(TEST_SITE_URL).host]);
    expect(consoleProblems).toEqual([]);
  });
}

test('en: a click on a page hit opens it; Escape closes the list; no results are said so', async ({
  page,
  consoleProblems,
}) => {
  await page.setViewportSize({width: 390, height: 844});
  await gotoHydrated(page, 'en/');
  await searchBox(page).click();
  await page.keyboard.type('zzqx', {delay: KEY_DELAY});
  await expect(page.getByRole('status')).toHaveText('No results');
  // The box in use covers no text of the bar (the site title gives way) …
  expect(await navbarTextUnderSearch(page)).toEqual([]);
  for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('shared', {delay: KEY_DELAY});
  const hit = suggestions(page).filter({hasText: 'Shared responsibilities'}).first();
  await expect(hit).toBeVisible({timeout: 15_000});
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await expect(searchBox(page)).toHaveValue('shared');
  await page.keyboard.press('ArrowDown');
  await hit.click();
  await expect(page).toHaveURL(/\/en\/shared-responsibilities/);
  await expect(page.locator('h1')).toHaveText('Shared responsibilities');
  // … and comes back once the box is left empty.
  await expect(page.locator('.navbar__inner .navbar__title')).toBeVisible();
  expect(consoleProblems).toEqual([]);
});

/** A heading of the matrix page and a word found only on the home page, per locale. */
const OTHER_HITS = [
  {locale: 'zh-Hans', prefix: '', sectionTerm: '可用性', pageTerm: '向量', home: 'Zilliz Cloud BYOC 文档'},
  {
    locale: 'en',
    prefix: 'en/',
    sectionTerm: 'availability',
    pageTerm: 'vector',
    home: 'Zilliz Cloud BYOC documentation',
  },
  {locale: 'ja', prefix: 'ja/', sectionTerm: '可用性', pageTerm: 'ベクトル', home: 'Zilliz Cloud BYOC ドキュメント'},
] as const;

for (const c of OTHER_HITS) {
  test(`${c.locale}: a section hit reads as heading, page and text apart, and leads to its heading; a hit on another page opens that page`, async ({
    page,
    consoleProblems,
  }) => {
    await page.setViewportSize({width: 1280, height: 800});
    await gotoHydrated(page, `${c.prefix}shared-responsibilities`);
    const section = matrix.sections.find((s) => s.id === 'service-availability')!;
    await searchBox(page).click();
    await page.keyboard.type(c.sectionTerm, {delay: KEY_DELAY});
    await expect(suggestions(page).first()).toBeVisible({timeout: 15_000});
    // Each line of a hit on its own: the heading, the page it is on, then the text that matched.
    const hits = (await suggestions(page).allInnerTexts()).map((t) => t.split('\n'));
    const at = hits.findIndex(([title, where]) => title === section.title[c.locale] && where === PAGE_TITLE[c.locale]);
    expect(at, JSON.stringify(hits)).toBeGreaterThanOrEqual(0);
    // The section holds only its table (indexed as tasks): nothing but the heading matched, marked.
    expect(hits[at]).toHaveLength(2);
    await expect(suggestions(page).nth(at).locator('mark').first()).toContainText(c.sectionTerm, {ignoreCase: true});
    await suggestions(page).nth(at).click();
    await expect(page).toHaveURL(new RegExp(`/${c.prefix}shared-responsibilities#${section.id}$`));
    await expect(page.locator(`h2#${section.id}`)).toBeInViewport();

    await searchBox(page).click();
    await page.keyboard.type(c.pageTerm, {delay: KEY_DELAY});
    const pageHit = suggestions(page).filter({hasText: c.home}).first();
    await expect(pageHit).toBeVisible({timeout: 15_000});
    await expect(pageHit.locator('mark').first()).toContainText(c.pageTerm);
    // The page's title, then the text that matched, on a line of its own.
    const [pageTitle, text, ...more] = (await pageHit.innerText()).split('\n');
    expect([pageTitle, more]).toEqual([c.home, []]);
    expect(text?.toLowerCase()).toContain(c.pageTerm);
    await pageHit.click();
    await expect(page.locator('h1')).toHaveText(c.home);
    expect(new URL(page.url()).pathname).toBe(`/byoc-docs/${c.prefix}`);
    expect(consoleProblems).toEqual([]);
  });
}

test('en: the open list and "See all results": the results page lists the hits and searches again', async ({
  page,
  consoleProblems,
}) => {
  await page.setViewportSize({width: 1280, height: 800});
  await gotoHydrated(page, 'en/');
  await searchBox(page).click();
  await page.keyboard.type('S3', {delay: KEY_DELAY});
  await expect(suggestions(page).first()).toBeVisible({timeout: 15_000});
  expect(await axeLightAndDark(page), 'the open suggestion list').toEqual([]);
  await page.getByRole('link', {name: 'See all results'}).click();
  await expect(page).toHaveURL(/\/byoc-docs\/en\/search\?q=S3$/);
  await expect(page.locator('h1')).toHaveText('Search results for "S3"');
  const results = page.getByRole('main').getByRole('listitem');
  await expect(results.getByRole('link', {name: 'Manage S3 bucket'})).toBeVisible({timeout: 15_000});
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/^\d+ documents? found$/);
  expect(await axeLightAndDark(page), 'the results page').toEqual([]);

  // Search again from the page's own box.
  const box = page.getByRole('main').getByRole('searchbox', {name: 'Search'});
  await box.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('vulnerabilities', {delay: KEY_DELAY});
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?q=vulnerabilities$/);
  const task = results.getByRole('link', {name: 'Patch software vulnerabilities'});
  await expect(task).toBeVisible({timeout: 15_000});
  await task.click();
  await expect(page).toHaveURL(/\/en\/shared-responsibilities#patch-software-vulnerabilities$/);
  await expect(page.locator('tr#patch-software-vulnerabilities')).toBeInViewport();
  expect(consoleProblems).toEqual([]);
});

/** The records of a locale's Pagefind index: each fragment file is gzip, its JSON after a 12-byte signature. */
function indexRecords(dir: string): {url: string; text: string}[] {
  const fragments = path.join(TEST_BUILD_DIR, dir, 'pagefind/fragment');
  return readdirSync(fragments).map((f) => {
    const record = JSON.parse(
      gunzipSync(readFileSync(path.join(fragments, f)))
        .subarray(12)
        .toString('utf8'),
    ) as {
      url: string;
      content: string;
    };
    // Chinese and Japanese text is stored with a zero-width space between the words Pagefind segmented.
    return {url: record.url, text: record.content.replaceAll('\u200B', '')};
  });
}

test('the built indexes hold each task once, as the reader sees it, linked to its row', () => {
  for (const {locale, prefix: dir} of TERMS.filter((t) => t.term === 'S3')) {
    const entry = JSON.parse(readFileSync(path.join(TEST_BUILD_DIR, dir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, unknown>;
    };
    expect(Object.keys(entry.languages), `${locale}: the index is in the locale's language only`).toEqual([
      LOCALE_SETTINGS[locale].searchLanguage,
    ]);
    const records = indexRecords(dir);
    expect(records.map((r) => r.url)).toContain('/shared-responsibilities');
    for (const task of allTasks(matrix)) {
      const label = task.label[locale];
      expect(
        records.filter((r) => r.url === `/shared-responsibilities#${task.id}`).map((r) => r.text),
        `${locale} ${task.id}`,
      ).toEqual([label]);
      // No other record carries the row (a table's text with its cells' screen-reader words).
      expect(
        records.filter((r) => r.text.includes(label)).map((r) => r.url),
        `${locale} ${task.id}`,
      ).toEqual([`/shared-responsibilities#${task.id}`]);
    }
    // A ✔ glyph followed by a cell's screen-reader word is a matrix cell that slipped into the index.
    for (const r of records)
      expect(r.text, `${locale} ${r.url}`).not.toMatch(/✔\s*(负责|不负责|Responsible|Not responsible|担当|担当しない)/);
  }
});

test('the built indexes leave out page furniture and keep the words of neighbouring blocks apart', () => {
  const home = indexRecords('en').find((r) => r.url === '/');
  const matrixPage = indexRecords('').find((r) => r.url === '/shared-responsibilities');
  expect(home?.text).toBeDefined();
  expect(matrixPage?.text).toBeDefined();
  // The heading "Start here" and the list item after it read as two phrases.
  expect(home!.text).toMatch(/Start here\.\s+Shared responsibilities:/);
  // The home page's card list repeats other pages' descriptions: not the home page's content.
  expect(home!.text).not.toContain('This page outlines');
  // The matrix toolbar (filter counts, downloads, key) and the availability badge are not content.
  for (const furniture of ['全部', '下载', 'CSV', '按需开通'])
    expect(matrixPage!.text, furniture).not.toContain(furniture);
  expect(matrixPage!.text).toContain('共同责任');
});
