import type {Browser, Page} from '@playwright/test';
import type {Heading, Link, Root, Table} from 'mdast';
import {toString} from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';
import {DEFAULT_LOCALE, LOCALES, type Locale} from '../src/i18n/locales';
import {parseLlmsTxt} from '../test/helpers/llmsTxt';
import {axeLightAndDark} from './axe';
import {expect, expectShown, gotoHydrated, LOCALE_ROUTES, pagePath, test} from './fixtures';

/*
 * Each page's Markdown twin says what the page says, checked against the page
 * as Chromium shows it; llms.txt follows the proposal and leads to every twin;
 * "Copy page" and "View as Markdown" work, by keyboard, in every locale, and
 * the view link without JavaScript.
 */

const PAGE = 'shared-responsibilities';
const LABELS: Record<Locale, {copy: string; copied: string; view: string}> = {
  'zh-Hans': {copy: '复制页面', copied: '已复制', view: '以 Markdown 查看'},
  en: {copy: 'Copy page', copied: 'Copied', view: 'View as Markdown'},
  ja: {copy: 'ページをコピー', copied: 'コピーしました', view: 'Markdown で表示'},
};

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** What a twin says: its front matter's address and language, and its headings, tables, links and code. */
function readTwin(text: string) {
  const front = /^---\n([\s\S]*?)\n---\n/.exec(text);
  expect(front, 'the twin opens with front matter').not.toBeNull();
  const field = (key: string) => new RegExp(`^${key}: "?([^"\\n]*)"?$`, 'm').exec(front![1]!)?.[1];
  const tree = unified().use(remarkParse).use(remarkGfm).parse(text.slice(front![0].length)) as Root;
  const headings: string[] = [];
  const links: string[] = [];
  const tables: string[][] = [];
  const code: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'heading') {
      const h = node as Heading;
      headings.push(`h${h.depth} ${squash(toString(h))}`);
    } else if (node.type === 'link') links.push((node as Link).url);
    else if (node.type === 'code') code.push(`${node.lang ?? ''}: ${node.value}`);
    else if (node.type === 'table') {
      const cells = (node as Table).children.flatMap((row) =>
        row.children.map((cell) =>
          squash(
            cell.children
              .map((c) => (c.type === 'html' ? ' ' : toString(c)))
              .join('')
              // A list in a cell is written one item a line, each after "- ".
              .replace(/(^|\s)- /g, '$1'),
          ),
        ),
      );
      tables.push(cells.filter((c) => c !== ''));
    }
  });
  return {url: field('url'), language: field('language'), headings, links, tables, code};
}

/**
 * The same facts read from the page in Chromium, with the page's scripts
 * blocked (the server's HTML as the browser shows it; React's streamed blocks
 * are put in place by the page's inline scripts). Page furniture and words only
 * screen readers get are taken out first: they are not the page's text.
 */
async function readPage(page: Page) {
  await page.waitForFunction(() => document.querySelector('template[id^="B:"]') === null);
  return page.evaluate(() => {
    const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
    const article = document.querySelector('main article')!;
    // A doc shown in another language than the reader's says which (src/components/UntranslatedNotice).
    const language =
      article.querySelector('[data-untranslated]')?.getAttribute('data-untranslated') ?? document.documentElement.lang;
    for (const e of article.querySelectorAll(
      '.theme-doc-breadcrumbs, .theme-doc-toc-mobile, .theme-doc-footer, [data-markdown-twin-skip], [data-print-meta], .hash-link, .visually-hidden, button, [role="tablist"]',
    ))
      e.remove();
    const inCard = (e: Element) => e.closest('a.card') !== null;
    const headings = [...article.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')]
      .filter((h) => !inCard(h))
      .map(
        (h) => `${h.tagName.toLowerCase()} ${squash(h.innerText)}${h.id && h.tagName !== 'H1' ? ` {#${h.id}}` : ''}`,
      );
    const links = [...article.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href);
    const tables = [...article.querySelectorAll('table')].map((t) =>
      [...t.querySelectorAll<HTMLElement>('th, td')]
        .map((c) => squash(c.innerText || c.textContent || ''))
        .filter((c) => c !== ''),
    );
    const code = [...article.querySelectorAll('pre')].map((pre) => {
      const block = pre.closest('[class*="language-"]') ?? pre;
      const lang = /(?:^|\s)language-(\S+)/.exec(block.className)?.[1] ?? '';
      const lines = [...pre.querySelectorAll('.token-line')];
      const text = lines.length > 0 ? lines.map((l) => l.textContent).join('\n') : (pre.textContent ?? '');
      return `${lang}: ${text.replace(/\n$/, '')}`;
    });
    return {language, headings, links, tables, code};
  });
}

async function staticPage(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Nor images: the twin names them, the comparison does not need them (and some live on other hosts).
  await page.route(
    (url) => url.pathname.includes('/assets/js/') || /\.(png|jpe?g|svg|gif|webp)$/.test(url.pathname),
    (route) => route.abort(),
  );
  return {context, page};
}

for (const {locale, prefix} of LOCALE_ROUTES) {
  test(`${locale}: llms.txt follows the proposal, lists every page's twin and the matrix files, and each twin says what its page says`, async ({
    browser,
    request,
    baseURL,
  }) => {
    const llms = await request.get(`${prefix}llms.txt`);
    expect(llms.status()).toBe(200);
    const parsed = parseLlmsTxt(await llms.text());
    expect(parsed.title).toBe('Zilliz Cloud BYOC');
    expect(parsed.summary).toBeTruthy();
    expect(parsed.sections.at(-1)?.title).toBe('Optional');
    const links = parsed.sections.flatMap((s) => s.links);
    const twins = links.filter((l) => l.url.endsWith('.md'));

    // Every page of the locale's sitemap but the search page has its twin listed, and nothing else is.
    const sitemap = await (await request.get(`${prefix}sitemap.xml`)).text();
    const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!).filter((u) => !u.endsWith('/search'));
    expect(pages.length).toBeGreaterThan(20);
    expect(twins.map((l) => l.url.replace(/index\.md$|\.md$/, '')).sort()).toEqual([...pages].sort());
    // The matrix's downloads in this locale, the full text, the other locales' llms.txt.
    for (const file of [`${PAGE}.${locale}.json`, `${PAGE}.${locale}.csv`, 'llms-full.txt'])
      expect(links.map((l) => l.url)).toContain(`${baseURL}${prefix}${file}`);
    expect(links.filter((l) => l.url.endsWith('/llms.txt'))).toHaveLength(LOCALES.length - 1);
    for (const link of links) expect((await request.get(link.url)).status(), link.url).toBe(200);

    const full = await (await request.get(`${prefix}llms-full.txt`)).text();
    const {context, page} = await staticPage(browser);
    try {
      // Every page of the default locale (the corpus holds every construct); in the others, the pages written in
      // their language and the first one shown in another (its twin is the default locale's text, with the notice).
      let otherLanguage = 0;
      let compared = 0;
      for (const twin of twins) {
        const response = await request.get(twin.url);
        expect(response.headers()['content-type'], twin.url).toMatch(/^text\/markdown/);
        const md = readTwin(await response.text());
        const pageUrl = twin.url.replace(/index\.md$|\.md$/, '');
        expect(md.url, twin.url).toBe(pageUrl);
        expect(full, twin.url).toContain(`\n<${pageUrl}>\n`);
        if (md.language !== locale) otherLanguage++;
        if (locale !== DEFAULT_LOCALE && md.language !== locale && otherLanguage > 1) continue;
        compared++;
        await page.goto(pageUrl, {waitUntil: 'domcontentloaded'});
        const shown = await readPage(page);
        expect(md.language, twin.url).toBe(shown.language);
        expect(md.headings, twin.url).toEqual(shown.headings);
        expect(md.tables, twin.url).toEqual(shown.tables);
        expect([...md.links].sort(), twin.url).toEqual([...shown.links].sort());
        expect(md.code, twin.url).toEqual(shown.code);
      }
      expect(otherLanguage, 'pages shown in another language').toBeGreaterThan(0);
      expect(compared).toBeGreaterThan(locale === DEFAULT_LOCALE ? 20 : 3);
    } finally {
      await context.close();
    }
  });
}

/** Presses Tab, one key at a time, until the element named by `name` has the focus; fails after `limit` presses. */
async function tabTo(page: Page, role: 'button' | 'link', name: string, limit = 40) {
  const target = page.getByRole(role, {name, exact: true});
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((e) => e === document.activeElement)) return;
  }
  throw new Error(`${role} "${name}" not reached in ${limit} presses of Tab`);
}

for (const {locale, prefix} of LOCALE_ROUTES) {
  test(`${locale}: "Copy page" copies the twin and "View as Markdown" leads to it, by keyboard, in the page's language, fetching nothing from another host`, async ({
    page,
    context,
    request,
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin;
    const elsewhere: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).origin !== origin && !r.url().startsWith('data:')) elsewhere.push(r.url());
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin});
    await gotoHydrated(page, pagePath(prefix, PAGE));
    const twinUrl = `${baseURL}${prefix}${PAGE}.md`;
    await expect(page.locator('head link[rel="alternate"][type="text/markdown"]')).toHaveAttribute('href', twinUrl);
    const twin = await (await request.get(twinUrl)).text();
    expect(twin).toContain('\n# ');

    const labels = LABELS[locale];
    const copy = page.getByRole('button', {name: labels.copy, exact: true});
    const view = page.getByRole('link', {name: labels.view, exact: true});
    await expect(copy).toBeVisible();
    await expect(view).toHaveAttribute('href', `${new URL(baseURL!).pathname}${prefix}${PAGE}.md`);

    await tabTo(page, 'button', labels.copy);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', {name: labels.copied, exact: true})).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(twin);
    await page.keyboard.press('Tab');
    await expect(view).toBeFocused();

    if (locale === 'en') {
      // Accessible in both schemes, within a phone's width, absent from print.
      expect(await axeLightAndDark(page)).toEqual([]);
      await page.setViewportSize({width: 390, height: 844});
      for (const control of [copy, view]) {
        const box = (await control.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(390);
      }
      await page.emulateMedia({media: 'print'});
      await expectShown(page.locator('[data-markdown-twin-skip] button'), false);
      await expectShown(page.locator('[data-markdown-twin-skip] a'), false);
    }
    expect(elsewhere).toEqual([]);
  });
}

test('without JavaScript, "View as Markdown" opens the twin and "Copy page" is not offered', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({javaScriptEnabled: false});
  try {
    const page = await context.newPage();
    await page.goto(`ja/${PAGE}`);
    await expectShown(page.locator('[data-markdown-twin-skip] button'), false);
    await page.getByRole('link', {name: LABELS.ja.view, exact: true}).click();
    await expect(page).toHaveURL(`${baseURL}ja/${PAGE}.md`);
    await expect(page.locator('body')).toContainText('# 責任共有');
  } finally {
    await context.close();
  }
});
