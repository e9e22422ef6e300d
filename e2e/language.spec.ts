import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {Page} from '@playwright/test';
import {CONTENT_SETS} from '../content.config';
import {localeDir} from '../plugins/export-pipeline/contentSets';
import {allTasks, matrix} from '../src/data/responsibilities/model';
import {DEFAULT_LOCALE, LOCALE_SETTINGS, type Locale} from '../src/i18n/locales';
import {expect, gotoHydrated, LOCALE_ROUTES, test} from './fixtures';
import {TEST_BASE_URL, TEST_SITE_URL} from '../scripts/lib/testSite.mjs';

/*
 * Every visible and accessible string of a page is in the page's language:
 * text, aria-label, title, alt, placeholder, in every state a reader can put
 * the navbar in (colour modes, phone menu, locale menu, search). And a miss
 * under a locale's prefix gets that locale's 404 page as a whole.
 */

const root = path.join(__dirname, '..');
type Messages = Record<string, {message: string}>;
const readJson = <T>(file: string): T => JSON.parse(readFileSync(path.join(root, file), 'utf8')) as T;
const code = (locale: Locale): Messages =>
  locale === DEFAULT_LOCALE ? {} : readJson<Messages>(`i18n/${locale}/code.json`);
const themeClassic = (locale: Locale, file: 'navbar' | 'footer'): Messages =>
  readJson<Messages>(`i18n/${locale}/docusaurus-theme-classic/${file}.json`);

/** The locale's page sources, without front matter, comments and tags: the words its writers chose. */
function pageWords(locale: Locale): string {
  const dir = localeDir(CONTENT_SETS[0]!, locale);
  return ['index.mdx', 'shared-responsibilities.mdx']
    .map((f) => readFileSync(path.join(root, dir, f), 'utf8'))
    .map((s) =>
      s
        .replace(/^---[\s\S]*?\n---/, '')
        .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
        .replace(/<[^>]*>/g, ' '),
    )
    .join('\n');
}

const LATIN_WORD = /[A-Za-z][A-Za-z'’]*/g;
/**
 * Latin words a Chinese or Japanese page may show: those its own sources and
 * the matrix labels use (product names, AWS terms), the brand, the file
 * formats offered for download and the page's own Markdown ("View as
 * Markdown"), and the locale menu's language names.
 */
function allowedLatin(locale: Locale): Set<string> {
  const sources = [
    pageWords(locale),
    ...allTasks(matrix).map((t) => t.label[locale]),
    ...matrix.sections.map((s) => s.title[locale]),
    ...matrix.parties.map((p) => p.label[locale]),
    ...Object.values(themeClassic(locale === DEFAULT_LOCALE ? 'en' : locale, 'footer'))
      .map((m) => m.message)
      .filter((m) => /Zilliz|BYOC|Copyright/.test(m)),
    'Zilliz Cloud BYOC',
    'CSV JSON Markdown',
    ...Object.values(LOCALE_SETTINGS).map((s) => s.label),
  ];
  return new Set(sources.flatMap((s) => s.match(LATIN_WORD) ?? []));
}

/** Everything a reader can see or hear of the page as it is now. */
async function pageStrings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out = [document.title, document.body.innerText];
    for (const el of document.querySelectorAll('[aria-label], [title], [alt], [placeholder], [aria-description]'))
      for (const attr of ['aria-label', 'title', 'alt', 'placeholder', 'aria-description']) {
        const value = el.getAttribute(attr);
        if (value) out.push(value);
      }
    return out;
  });
}

/** The page in every state of its navbar: three colour modes, search open, phone menu with its locale menu. */
async function stringsInEveryState(page: Page, path: string): Promise<string[]> {
  const strings: string[] = [];
  await page.setViewportSize({width: 1280, height: 800});
  await gotoHydrated(page, path);
  const toggle = page.locator('.navbar__items--right button[class*="toggleButton"]').first();
  for (let i = 0; i < 3; i++) {
    strings.push(...(await pageStrings(page)));
    await toggle.click();
  }
  await page.getByRole('combobox').first().click();
  await page.keyboard.type('zzqx', {delay: 60});
  await expect(page.locator('.navbar').getByRole('status')).toBeVisible({timeout: 15_000});
  strings.push(...(await pageStrings(page)));

  await page.setViewportSize({width: 390, height: 844});
  await gotoHydrated(page, path);
  await page.locator('button.navbar__toggle').click();
  await expect(page.locator('.navbar-sidebar')).toBeVisible();
  strings.push(...(await pageStrings(page)));
  // Docs pages open the menu on the docs sidebar; the navbar items (locale menu) are one step back.
  const back = page.locator('.navbar-sidebar__item:not([inert]) .navbar-sidebar__back');
  if (await back.isVisible()) {
    await back.click();
    strings.push(...(await pageStrings(page)));
  }
  await page.locator('.navbar-sidebar__item:not([inert]) button.menu__caret').first().click();
  await expect(page.locator('.navbar-sidebar__item:not([inert]) button.menu__caret').first()).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  strings.push(...(await pageStrings(page)));
  return strings;
}

/** The page as it first shows, at 1280 px. */
async function stringsAsLoaded(page: Page, path: string): Promise<string[]> {
  await page.setViewportSize({width: 1280, height: 800});
  await gotoHydrated(page, path);
  return pageStrings(page);
}

const MATRIX_PAGE = 'shared-responsibilities';
const OTHER_PAGES = ['', 'search?q=S3', 'no/such/page'];

for (const [l, {locale, prefix}] of LOCALE_ROUTES.entries()) {
  test.describe(() => {
    test.use({expectedConsole: [/^Failed to load resource: the server responded with a status of 404/]});
    // The navbar is the same on every page but for the docs sidebar in the phone menu: each locale walks every
    // navbar state on the matrix page (a docs page) and on one other page (the pages taking turns); the others
    // are read as they load.
    for (const [p, walk] of [
      [MATRIX_PAGE, true],
      ...OTHER_PAGES.map((other, i) => [other, i === l % OTHER_PAGES.length] as const),
    ] as const) {
      test(`${locale}: /${prefix}${p} speaks only its language${walk ? ', in every navbar state' : ''}`, async ({
        page,
        consoleProblems,
      }) => {
        test.setTimeout(90_000);
        const strings = await (walk ? stringsInEveryState : stringsAsLoaded)(page, `${prefix}${p}`);
        // The text and every label: some strings as loaded, many more with every menu open.
        expect(strings.length).toBeGreaterThan(walk ? 20 : 8);
        if (locale === 'en') {
          // No Chinese or Japanese, but the locale menu's own names for those languages.
          const names = Object.values(LOCALE_SETTINGS).map((s) => s.label);
          const stray = strings
            .map((s) => names.reduce((t, n) => t.split(n).join(''), s))
            .filter((s) => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(s));
          expect(stray).toEqual([]);
        } else {
          const allowed = allowedLatin(locale);
          const foreign = [
            ...new Set(strings.flatMap((s) => (s.match(LATIN_WORD) ?? []).filter((w) => !allowed.has(w)))),
          ];
          expect(foreign, 'English words on a page that is not English').toEqual([]);
        }
        if (locale === 'ja') {
          // Chinese UI strings that differ in Japanese must not show on a Japanese page.
          const chinese = [
            ...Object.keys(themeClassic('ja', 'navbar')).map((k) => [
              /^item\.label\.(.*)$/.exec(k)?.[1],
              themeClassic('ja', 'navbar')[k]!.message,
            ]),
            ...Object.keys(themeClassic('ja', 'footer')).map((k) => [
              /^link\.item\.label\.(.*)$/.exec(k)?.[1],
              themeClassic('ja', 'footer')[k]!.message,
            ]),
            ...allTasks(matrix).map((t) => [t.label[DEFAULT_LOCALE], t.label.ja]),
            ...matrix.sections.map((s) => [s.title[DEFAULT_LOCALE], s.title.ja]),
          ]
            .filter(([zh, ja]) => zh && zh !== ja)
            .map(([zh]) => zh!);
          const joined = strings.join('\n');
          expect(chinese.length).toBeGreaterThan(10);
          expect(chinese.filter((zh) => joined.includes(zh))).toEqual([]);
        }
        expect(consoleProblems).toEqual([]);
      });
    }
  });
}

for (const {locale, prefix, lang} of LOCALE_ROUTES.filter((l) => l.locale !== DEFAULT_LOCALE)) {
  test.describe(() => {
    test.use({expectedConsole: [/^Failed to load resource: the server responded with a status of 404/]});
    test(`${locale}: a miss under /${prefix} is that locale's 404 page, navbar to footer`, async ({
      page,
      consoleProblems,
    }) => {
      const messages = code(locale);
      const response = await gotoHydrated(page, `${prefix}no/such/page`);
      expect(response?.status()).toBe(404);
      await expect(page).toHaveURL(`${TEST_SITE_URL}${TEST_BASE_URL}${prefix}no/such/page`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('h1')).toHaveText(messages['notFound.title']!.message);
      const search = page.getByRole('combobox');
      await expect(search).toHaveAttribute('placeholder', messages['theme.SearchBar.label']!.message);
      await expect(search).toHaveAccessibleName(messages['theme.SearchBar.label']!.message);
      await expect(page.locator('.navbar')).toContainText(themeClassic(locale, 'navbar')['item.label.文档']!.message);
      for (const [key, {message}] of Object.entries(themeClassic(locale, 'footer')))
        if (key.startsWith('link.item.label.')) await expect(page.locator('footer')).toContainText(message);

      // Every link into the site stays in the locale (the locale menu's own links aside).
      const hrefs = await page
        .locator('a[href^="/"]:not(.dropdown__menu a)')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(hrefs.length).toBeGreaterThan(4);
      for (const href of hrefs) expect(href).toMatch(new RegExp(`^${TEST_BASE_URL}${prefix}`));

      await page.locator('main').getByRole('link', {name: messages['notFound.matrix']!.message}).click();
      await expect(page).toHaveURL(`${TEST_SITE_URL}${TEST_BASE_URL}${prefix}shared-responsibilities`);
      await expect(page.locator('tbody tr')).toHaveCount(allTasks(matrix).length);
      expect(consoleProblems).toEqual([]);
    });
  });
}
