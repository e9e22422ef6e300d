import {readFileSync} from 'node:fs';
import path from 'node:path';
import {parse} from 'csv-parse/sync';
import type {ConsoleLinks} from '../src/data/responsibilities/consoleLinks';
import {matrixToJson} from '../src/data/responsibilities/exports';
import {changeLog} from '../src/data/responsibilities/changeLog';
import {lastChanged} from '../src/data/responsibilities/changes';
import {allTasks, matrix} from '../src/data/responsibilities/model';
import {LOCALES, type Locale} from '../src/i18n/locales';
import {consoleLinkProblem} from '../scripts/lib/consoleLinkLanding';
import {expect, gotoHydrated, LOCALE_ROUTES, pagePath, test} from './fixtures';
import {TEST_BASE_URL, TEST_BUILD_DIR, TEST_SITE_URL} from '../scripts/lib/testSite.mjs';

const contract: ConsoleLinks = JSON.parse(readFileSync(path.join(__dirname, '../console-links.json'), 'utf8'));
const relative = (p: string) => p.replace(/^\//, '');
/** Whether minified HTML (quotes dropped where it can) has an element with name="value". */
const hasAttribute = (html: string, name: string, value: string) =>
  new RegExp(`\\s${name}=("?)${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\1[\\s>/]`).test(html);

test.describe('console deep links', () => {
  test('the published console-links.json is the committed contract, with the site URL', async ({request}) => {
    const response = await request.get('console-links.json');
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({site: `${TEST_SITE_URL}${TEST_BASE_URL}`, ...contract});
  });

  for (const {locale} of LOCALE_ROUTES) {
    test(`${locale}: the contract lists the page, every section, every task and every filter`, () => {
      const links = contract.links.filter((l) => l.locale === locale);
      expect(links.length).toBe(1 + matrix.sections.length + allTasks(matrix).length + 3);
    });
  }

  // Every link of the contract, as served: status 200 and its target in the server HTML, where the browser scrolls
  // to a #id natively (the rows are rendered at build time) and the boot script reads ?party= before any paint.
  test('every link answers 200 with its target in the HTML the server sends', async ({request}) => {
    expect(contract.links.length).toBeGreaterThan(0);
    const pages = new Map<string, string>();
    for (const link of contract.links) {
      const url = relative(link.path).replace(/[?#].*$/, '');
      if (!pages.has(url)) {
        const response = await request.get(url);
        expect(response.status(), url).toBe(200);
        pages.set(url, await response.text());
      }
      const html = pages.get(url)!;
      if (link.kind === 'section' || link.kind === 'task')
        expect(hasAttribute(html, 'id', link.target!), link.path).toBe(true);
      if (link.kind === 'filter') expect(hasAttribute(html, 'data-filter', link.target!), link.path).toBe(true);
    }
  });

  // And in a browser, a fresh load as from the console for each kind of link in each locale, "landing" as the
  // watchdog checks it on the live site (scripts/lib/consoleLinkLanding.ts); arrival.spec.ts opens task links
  // under every filter and width.
  for (const {locale} of LOCALE_ROUTES) {
    const kinds = ['page', 'section', 'task', 'filter'] as const;
    const sample = kinds.flatMap((kind) =>
      contract.links.filter((l) => l.locale === locale && l.kind === kind).slice(-1),
    );
    test(`${locale}: a page, section, task and filter link each open on their target`, async ({browser}) => {
      expect(sample.map((l) => l.kind)).toEqual([...kinds]);
      for (const link of sample) {
        const page = await browser.newPage();
        const problems: string[] = [];
        page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(m.text()));
        expect(await consoleLinkProblem(page, `${TEST_SITE_URL}${TEST_BASE_URL}`, link), link.path).toBeNull();
        expect(problems, link.path).toEqual([]);
        await page.close();
      }
    });
  }

  test('an unknown anchor opens the page at its top without error', async ({page, consoleProblems}) => {
    const response = await gotoHydrated(page, 'en/shared-responsibilities#no-such-task');
    expect(response?.status()).toBe(200);
    await expect(page.locator('tbody tr:visible')).toHaveCount(allTasks(matrix).length);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(consoleProblems).toEqual([]);
  });

  for (const alias of contract.aliases) {
    test(`${alias.from} redirects to the page, keeping query and hash`, async ({page}) => {
      await page.goto(`${relative(alias.from)}?party=shared#disaster-recovery`);
      await expect(page).toHaveURL(
        `${TEST_SITE_URL}${TEST_BASE_URL}${relative(alias.to)}?party=shared#disaster-recovery`,
      );
      await page.waitForSelector('html[data-has-hydrated="true"]');
      await expect(page.locator('tr#disaster-recovery')).toBeInViewport();
      await expect(page.locator('[data-filter="shared"]')).toHaveAttribute('aria-pressed', 'true');
    });
  }
});

test.describe('exports', () => {
  const SHARED_WORD: Record<string, string> = {'zh-Hans': '共同负责', en: 'Shared', ja: '共同で担当'};

  for (const {locale, prefix} of LOCALE_ROUTES) {
    test(`${locale}: the download menu offers JSON and CSV made from the data, named for the locale`, async ({
      page,
      request,
    }) => {
      await gotoHydrated(page, pagePath(prefix, 'shared-responsibilities'));
      const dataLocale = LOCALES.find((l) => l === locale)!;
      const jsonHref = await page.locator('a[data-export="json"]').getAttribute('href');
      const csvHref = await page.locator('a[data-export="csv"]').getAttribute('href');
      expect(jsonHref).toBe(`${TEST_BASE_URL}${prefix}shared-responsibilities.${locale}.json`);
      expect(csvHref).toBe(`${TEST_BASE_URL}${prefix}shared-responsibilities.${locale}.csv`);

      const json = await (await request.get(`${TEST_SITE_URL}${jsonHref}`)).json();
      expect(json).toEqual(matrixToJson(matrix, changeLog, dataLocale));

      const csvResponse = await request.get(`${TEST_SITE_URL}${csvHref}`);
      expect(csvResponse.status()).toBe(200);
      const bytes = await csvResponse.body();
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const [header, ...rows] = parse(bytes.toString('utf8'), {bom: true}) as string[][];
      expect(header!.slice(4, 4 + matrix.parties.length)).toEqual(matrix.parties.map((p) => p.label[dataLocale]));
      expect(header).toHaveLength(6 + matrix.parties.length);
      // One line per task: id, section, label, who is responsible in a word, the marks, the version, the day the
      // task last changed.
      expect(rows).toEqual(
        matrix.sections.flatMap((s) =>
          s.tasks.map((t) => [
            t.id,
            s.title[dataLocale],
            t.label[dataLocale],
            t.responsible.length > 1
              ? SHARED_WORD[locale]
              : matrix.parties.find((p) => p.id === t.responsible[0])!.label[dataLocale],
            ...matrix.parties.map((p) => (t.responsible.includes(p.id) ? '✔' : '')),
            matrix.version,
            lastChanged(matrix, changeLog).get(t.id),
          ]),
        ),
      );

      // A reader opens the menu and clicks the link: the file downloads under its locale's name.
      await page.locator('details:has(a[data-export="csv"]) > summary').click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('a[data-export="csv"]').click(),
      ]);
      expect(download.suggestedFilename()).toBe(`shared-responsibilities.${locale}.csv`);
      // The old, locale-less names are gone (every locale would have saved over the other).
      expect((await request.get(`${TEST_SITE_URL}${TEST_BASE_URL}${prefix}shared-responsibilities.csv`)).status()).toBe(
        404,
      );
    });
  }
});

const NOT_FOUND_TITLE: Record<Locale, string> = {
  'zh-Hans': '找不到页面',
  en: 'Page not found',
  ja: 'ページが見つかりません',
};

test.describe('SEO and sharing', () => {
  const html = (file: string) => readFileSync(path.join(TEST_BUILD_DIR, file), 'utf8');
  const origin = `${TEST_SITE_URL}${TEST_BASE_URL}`;

  for (const {locale, prefix} of LOCALE_ROUTES) {
    test(`${locale}: canonical, hreflang, Open Graph and Twitter tags`, async ({request}) => {
      const doc = html(`${prefix}shared-responsibilities.html`);
      const attr = (re: RegExp) => re.exec(doc)?.[1];
      expect(attr(/<link[^>]*rel=canonical[^>]*href=([^ >]+)/)).toBe(`${origin}${prefix}shared-responsibilities`);
      expect(attr(/<link[^>]*href=([^ >]+)[^>]*hreflang=zh-Hans/)).toBe(`${origin}shared-responsibilities`);
      expect(attr(/<link[^>]*href=([^ >]+)[^>]*hreflang=en /)).toBe(`${origin}en/shared-responsibilities`);
      expect(attr(/<link[^>]*href=([^ >]+)[^>]*hreflang=ja /)).toBe(`${origin}ja/shared-responsibilities`);
      expect(attr(/<link[^>]*href=([^ >]+)[^>]*hreflang=x-default/)).toBe(`${origin}shared-responsibilities`);
      for (const property of ['og:title', 'og:description', 'og:url', 'og:locale'])
        expect(doc, property).toMatch(new RegExp(`property=${property} content=`));
      expect(doc).toMatch(/name=twitter:card content=summary_large_image/);
      const image = attr(/property=og:image content=([^ >]+)/)!;
      expect(image).toBe(`${origin}${prefix}img/social-card.jpg`);
      expect(attr(/name=twitter:image content=([^ >]+)/)).toBe(image);
      const response = await request.get(image);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('image/jpeg');
    });
  }

  test('sitemaps list the page in every locale and robots.txt points to their index (e2e/sitemaps.spec.ts)', async ({
    request,
  }) => {
    const robots = await (await request.get('robots.txt')).text();
    for (const {prefix} of LOCALE_ROUTES)
      expect(html(`${prefix}sitemap.xml`)).toContain(`<loc>${origin}${prefix}shared-responsibilities</loc>`);
    expect(robots).toContain(`Sitemap: ${origin}sitemap_index.xml`);
    expect(robots).toMatch(/^User-agent: \*$/m);
  });

  for (const {locale, prefix, lang} of LOCALE_ROUTES) {
    test.describe(() => {
      test.use({expectedConsole: [/^Failed to load resource: the server responded with a status of 404/]});
      test(`${locale}: a miss gets a 404 page in its language`, async ({page, consoleProblems}) => {
        const response = await gotoHydrated(page, `${prefix}no/such/page`);
        expect(response?.status()).toBe(404);
        await expect(page.locator('h1')).toHaveText(NOT_FOUND_TITLE[locale]);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        const home = page.locator('main a').first();
        await home.click();
        await expect(page).toHaveURL(`${origin}${prefix}`);
        expect(consoleProblems).toEqual([]);
      });
    });
  }
});
