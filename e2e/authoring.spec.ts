import {readFileSync} from 'node:fs';
import path from 'node:path';
import {JSDOM} from 'jsdom';
import {ZILLIZ_DOCS} from '../content.config';
import {axeLightAndDark} from './axe';
import {CORPUS, CORPUS_PAGES, CORPUS_SET, stubRemoteImages} from './corpus';
import {expect, gotoHydrated, LOCALE_ROUTES, localeInTurn, pagePath, test} from './fixtures';
import {headingIds, linkTargets, regionNames, tableStructure} from './articleFacts';
import {TEST_BASE_URL, TEST_BUILD_DIR, TEST_SITE_URL} from '../scripts/lib/testSite.mjs';

const ONE_LOCALE = CORPUS_PAGES.filter((p) => /\.[a-z]{2}(-[A-Za-z]+)?\.mdx$/.test(p.file)).map((p) => p.slug);

test('the corpus has at least twelve exported pages per locale, some in English only', () => {
  for (const {locale} of LOCALE_ROUTES) {
    const reachable = new Set(
      CORPUS_PAGES.filter((p) => p.locale === CORPUS_SET.defaultLocale || p.locale === locale).map((p) => p.slug),
    );
    expect(reachable.size, locale).toBeGreaterThanOrEqual(12);
  }
  expect(ONE_LOCALE.length).toBeGreaterThanOrEqual(2);
});

/** A corpus page as the build serves it in a locale, parsed as a browser parses it, before any script runs. */
function served(prefix: string, slug: string): Document {
  const html = readFileSync(path.join(TEST_BUILD_DIR, prefix, 'corpus', `${slug}.html`), 'utf8');
  return new JSDOM(html, {url: `${TEST_SITE_URL}${TEST_BASE_URL}${prefix}corpus/${slug}`}).window.document;
}

/** The doc's own article: the first (a card list puts each card in an article of its own, inside it). */
function articleOf(doc: Document): Element {
  const article = doc.querySelector('main article');
  expect(article, 'the page has an article').not.toBeNull();
  return article!;
}

const all = (root: Element, selector: string) => [...root.querySelectorAll(selector)];

/** The text of an element as a reader gets it: without the CSS and scripts it may carry. */
function readableText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const e of all(copy, 'style, script')) e.remove();
  return copy.textContent ?? '';
}

/** The locale of the Zilliz docs site a link goes to (the longest site root it starts with), if any. */
function zillizLocale(href: string): string | undefined {
  return Object.entries(ZILLIZ_DOCS.sites)
    .filter(([, root]) => href.startsWith(root))
    .sort(([, a], [, b]) => b.length - a.length)[0]?.[0];
}

/** Pages whose images are meant to fail (the stub answers 404), and what Chromium says of each. */
const FAILING_IMAGES: Record<string, RegExp[]> = {
  'byoc-diagrams': [/Failed to load resource: the server responded with a status of 404/],
};

/** The text alternative of a ✔ in each locale. */
const RESPONSIBLE: Record<string, string> = {'zh-Hans': '负责', en: 'Responsible', ja: '担当'};

// Every page in every locale, as the build serves it: what differs between a page's locales (text, tables, links,
// heading ids, names) is checked in each.
for (const {locale, prefix} of LOCALE_ROUTES) {
  for (const slug of CORPUS) {
    test(`${locale} corpus/${slug} as served: no id markers or Markdown debris, real data tables with unique names, links that resolve, the default locale's heading ids`, async () => {
      // Imported when used: the server module awaits at its top level, which the test loader cannot import.
      const {resolveRequest} = await import('../scripts/serve-gh-pages.mjs');
      const doc = served(prefix, slug);
      const article = articleOf(doc);
      const text = readableText(article);
      expect(text.trim().length).toBeGreaterThan(0);
      // No heading shows the export's id marker, in any form.
      expect(text).not.toMatch(/\{#[^}]*\}|\{\/\*/);
      // Nothing of the Markdown source shows: no literal ** and no character reference.
      expect(text).not.toMatch(/\*\*|&(?:lt|gt|amp|nbsp|quot|#\d+);/);
      // The product is named once in the tab.
      expect(doc.title).toMatch(/^[^|]+ \| Zilliz Cloud BYOC$/);

      for (const t of tableStructure(all(article, 'table'))) {
        expect(t.rowsOutsideSections).toBe(0);
        expect(t.hasHead && t.hasBody).toBe(true);
        expect(t.headerScopes.every((s) => s === 'col' || s === 'colgroup')).toBe(true);
        expect(t.emptyHeaders).toBe(0);
        expect(t.bodyHeaderScopes.every((s) => s === 'row')).toBe(true);
        expect(t.rawMarks).toBe(0);
        if (t.variant === 'matrix' || t.corner === 'TD') expect(t.rowHeaders).toBe(t.rows);
        if (t.variant === 'matrix') {
          expect(t.marks.length).toBeGreaterThan(0);
          for (const m of t.marks) expect(m).toEqual({hidden: 'true', alt: RESPONSIBLE[locale]});
        }
      }
      // Every scrolling table region has a name of its own.
      const regions = regionNames(all(article, '[role="region"]'));
      expect(new Set(regions).size).toBe(regions.length);

      // Links: pages of this site open (under the base path), others go to the Zilliz docs in this language.
      // Resolved as the test server (and GitHub Pages) resolves them.
      for (const href of linkTargets(all(article, 'a[href]'))) {
        const url = new URL(href);
        if (url.origin === TEST_SITE_URL) {
          expect(url.pathname, href).toMatch(new RegExp(`^/byoc-docs/${prefix}`));
          expect(
            resolveRequest(path.resolve(TEST_BUILD_DIR), url.pathname.slice(TEST_BASE_URL.length)).status,
            href,
          ).toBe(200);
        } else if (zillizLocale(href)) expect(zillizLocale(href), href).toBe(locale);
      }
      // Heading ids: the ones the default locale's page has, so anchors are the same in every language.
      expect(headingIds(all(article, 'h2')), 'h2 ids').toEqual(headingIds(all(articleOf(served('', slug)), 'h2')));
    });
  }
}

// Each page in a browser, in one locale, the locales taking turns: what the browser adds to the served page
// (hydration, styles, contrast) is the same code in every locale, and every locale gets a third of the pages.
for (const [i, slug] of CORPUS.entries()) {
  const {locale, prefix} = localeInTurn(i);
  test.describe(() => {
    test.use({expectedConsole: FAILING_IMAGES[slug] ?? []});
    test(`${locale} corpus/${slug} in Chromium: hydrates cleanly into the page the server sent, tables look like tables, axe light and dark`, async ({
      page,
      consoleProblems,
    }) => {
      const elsewhere = await stubRemoteImages(page);
      const response = await gotoHydrated(page, pagePath(prefix, `corpus/${slug}`));
      expect(response?.status()).toBe(200);
      const sent = articleOf(served(prefix, slug));
      const article = page.locator('main article').first();
      // React kept what the server sent: tables, links, headings and region names.
      expect(await article.locator('table').evaluateAll(tableStructure)).toEqual(tableStructure(all(sent, 'table')));
      expect(await article.locator('a[href]').evaluateAll(linkTargets)).toEqual(linkTargets(all(sent, 'a[href]')));
      expect(await article.locator('h2').evaluateAll(headingIds)).toEqual(headingIds(all(sent, 'h2')));
      expect(await article.locator('[role="region"]').evaluateAll(regionNames)).toEqual(
        regionNames(all(sent, '[role="region"]')),
      );
      const looks = await article.locator('table').evaluateAll((tables) =>
        tables.map((table) => {
          const head = table.querySelector('thead th');
          return {
            display: getComputedStyle(table).display,
            // At least as wide as its box (a wider one scrolls inside it).
            fullWidth: table.getBoundingClientRect().width >= table.parentElement!.getBoundingClientRect().width - 1,
            headBackground: head ? getComputedStyle(head).backgroundColor : null,
          };
        }),
      );
      expect(looks).toHaveLength(all(sent, 'table').length);
      for (const look of looks) {
        expect(look.display).toBe('table');
        expect(look.fullWidth).toBe(true);
        expect(look.headBackground).not.toBe('rgba(0, 0, 0, 0)');
      }
      // The article only: the chrome around it is the same on every page, and e2e/reading.spec.ts runs axe over it.
      expect(await axeLightAndDark(page, 'main article')).toEqual([]);
      expect(elsewhere).toEqual([]);
      expect(consoleProblems).toEqual([]);
    });
  });
}

// Every page in every locale has the default locale's heading ids: checked with each page above.
test('every heading form the export writes gives the id its page or its other locales give', async ({page}) => {
  const ids = () => page.locator('article h2').evaluateAll((hs) => hs.map((h) => h.id));
  // Forms: \{#} (zh, ja) with \{#id} and bare {#id} (en); an id given only by the Chinese page.
  await gotoHydrated(page, 'corpus/byoc-overview');
  expect(await ids()).toEqual(['architecture', 'when-to-use-it', 'next-steps']);
  await gotoHydrated(page, 'en/corpus/byoc-data-resilience');
  expect(await ids()).toEqual(['backup', 'restore']);
});

test('a deep link to a shared anchor opens cold at that heading in both locales', async ({page}) => {
  for (const path of ['corpus/byoc-sdk-install#verify', 'en/corpus/byoc-sdk-install#verify']) {
    await gotoHydrated(page, path);
    await expect(page.locator('h2#verify')).toBeInViewport();
  }
});

test('links: a click on a relative link stays under the base path; Zilliz pages go to the reader’s Zilliz site', async ({
  page,
}) => {
  await gotoHydrated(page, 'corpus/byoc-overview');
  await expect(page.getByRole('link', {name: 'Zilliz Cloud 快速开始'})).toHaveAttribute(
    'href',
    'https://docs.zilliz.com.cn/docs/quick-start',
  );
  await expect(page.getByRole('link', {name: '常见问题'})).toHaveAttribute(
    'href',
    'https://docs.zilliz.com.cn/docs/byoc/byoc-faq',
  );
  // The page's own link, not the sidebar's.
  await page.locator('article').first().getByRole('link', {name: '网络与责任划分'}).first().click();
  await expect(page).toHaveURL(/\/byoc-docs\/corpus\/byoc-network$/);
  await gotoHydrated(page, 'en/corpus/byoc-migration');
  await expect(page.getByRole('link', {name: 'Migrate from Milvus'})).toHaveAttribute(
    'href',
    'https://docs.zilliz.com/docs/migrate-from-milvus',
  );
  await page.locator('article').first().getByRole('link', {name: 'BYOC overview'}).click();
  await expect(page).toHaveURL(/\/byoc-docs\/en\/corpus\/byoc-overview$/);
});

test('Chinese pages read with AutoCorrect’s spacing; the title too', async ({page}) => {
  await gotoHydrated(page, 'corpus/byoc-overview');
  await expect(page).toHaveTitle('BYOC 概览 | Zilliz Cloud BYOC');
  await expect(page.locator('article h1')).toHaveText('BYOC 概览');
  // The page's own text; its foot (the date as the theme writes it, 2026年11月30日) is not the export's.
  const text = await page.locator('article .theme-doc-markdown').first().innerText();
  expect(text).toContain('部署在您自己的 VPC 中');
  expect(text).not.toMatch(/\p{Script=Han}[A-Za-z0-9]|[A-Za-z0-9]\p{Script=Han}/u);
  await gotoHydrated(page, 'corpus/byoc-sdk-install');
  // Code is left as written.
  await expect(page.locator('article pre').first()).toContainText('# 安装pymilvus');
});

test('an English-only page reaches every locale: the others say it is not translated yet', async ({
  page,
  consoleProblems,
}) => {
  await gotoHydrated(page, 'corpus/byoc-aws-vpc');
  await expect(page.getByRole('note')).toHaveText('本页尚未翻译成中文，以下为原文（English）。');
  await expect(page.locator('article h1')).toHaveText('Set up a VPC on AWS');
  await expect(page.locator('article [lang="en"] h1')).toHaveCount(1);
  await page.locator('article').first().getByRole('link', {name: 'Set up IAM roles on AWS'}).click();
  await expect(page).toHaveURL(/\/byoc-docs\/corpus\/byoc-aws-iam$/);
  await gotoHydrated(page, 'en/corpus/byoc-aws-vpc');
  await expect(page.getByRole('note')).toHaveCount(0);
  await expect(page.locator('article h1')).toHaveText('Set up a VPC on AWS');
  // Its Japanese translation, and its English-only sibling on the Japanese site.
  await gotoHydrated(page, 'ja/corpus/byoc-aws-vpc');
  await expect(page.getByRole('note')).toHaveCount(0);
  await expect(page.locator('article h1')).toHaveText('AWS で VPC を設定する');
  await expect(page.locator('article h2').last()).toHaveAttribute('id', 'endpoints');
  await gotoHydrated(page, 'ja/corpus/byoc-aws-iam');
  await expect(page.getByRole('note')).toHaveText(
    'このページはまだ日本語に翻訳されていません。以下は原文（English）です。',
  );
  expect(consoleProblems).toEqual([]);
});

test('Supademo: nothing loads from Supademo until the reader asks; then the demo takes the preview’s place', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(TEST_SITE_URL)) requests.push(r.url());
  });
  await page.route('https://app.supademo.com/**', (route) =>
    route.fulfill({status: 200, contentType: 'text/html', body: '<!doctype html><title>demo</title>'}),
  );
  await gotoHydrated(page, 'en/corpus/byoc-overview');
  const demo = page.getByRole('figure', {name: 'Create a BYOC project'});
  const box = await demo.boundingBox();
  expect(requests).toEqual([]);
  await expect(demo.locator('iframe')).toHaveCount(0);
  await demo.getByRole('button', {name: 'Load the interactive demo'}).click();
  await expect(demo.locator('iframe')).toHaveAttribute('src', 'https://app.supademo.com/embed/cm0byocoverview01');
  expect(requests).toEqual(['https://app.supademo.com/embed/cm0byocoverview01']);
  expect(await demo.boundingBox()).toEqual(box);
});

test('Supademo without JavaScript is a plain link to the demo', async ({browser}) => {
  const context = await browser.newContext({javaScriptEnabled: false});
  const page = await context.newPage();
  await page.goto('corpus/byoc-overview');
  const demo = page.getByRole('figure', {name: '创建 BYOC 项目'});
  await expect(demo.getByRole('button')).toHaveCount(0);
  await expect(demo.getByRole('link')).toHaveAttribute('href', 'https://app.supademo.com/demo/cm0byocoverview01');
  await context.close();
});

test('remote images are lazy and take their own shape once they arrive', async ({page}) => {
  await stubRemoteImages(page);
  await page.setViewportSize({width: 1280, height: 500});
  await gotoHydrated(page, 'corpus/byoc-multi-tenancy');
  const image = page.locator('article img.remote-image');
  await expect(image).toHaveAttribute('loading', 'lazy');
  await image.scrollIntoViewIfNeeded();
  await expect
    .poll(() => image.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth))
    .toBe(800);
  // The stub is 800 × 450: shown no wider than itself, in its own proportions.
  const box = (await image.boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(800);
  expect(box.height / box.width).toBeCloseTo(450 / 800, 2);
});

test('local images from the export are served under the base path with their size', async ({page}) => {
  await gotoHydrated(page, 'en/corpus/byoc-terraform');
  // Named by the editor's token only, so decorative: an empty alt, not the token.
  const image = page.locator('main article img[width="640"]');
  await expect(image).toHaveAttribute('alt', '');
  await expect(image).toHaveAttribute('width', '640');
  await expect(image).toHaveAttribute('height', '360');
  await image.scrollIntoViewIfNeeded();
  await expect.poll(() => image.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(640);
});

test('Procedures: numbered steps, each titled by its first paragraph', async ({page}) => {
  await gotoHydrated(page, 'corpus/byoc-terraform');
  const steps = page.locator('article ol').first().locator(':scope > li');
  await expect(steps).toHaveCount(3);
  const titleWeight = await steps
    .first()
    .locator(':scope > p')
    .first()
    .evaluate((p) => Number(getComputedStyle(p).fontWeight));
  const bodyWeight = await steps
    .first()
    .locator(':scope > p')
    .nth(1)
    .evaluate((p) => Number(getComputedStyle(p).fontWeight));
  expect(titleWeight).toBeGreaterThanOrEqual(600);
  expect(bodyWeight).toBeLessThan(600);
});

test('SDK tabs: a key press switches the language, and the code reads in it', async ({page}) => {
  await gotoHydrated(page, 'en/corpus/byoc-sdk-install');
  const python = page.getByRole('tab', {name: 'Python'});
  await python.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', {name: 'Java'})).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', {name: 'Java'})).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel')).toContainText('milvus-sdk-java');
  await page.getByRole('tab', {name: 'cURL'}).click();
  await expect(page.getByRole('tabpanel')).toContainText('curl --request GET');
});

test('the raw matrix pages get the matrix treatment, other tables the plain one', async ({page}) => {
  await gotoHydrated(page, 'corpus/byoc-network');
  await expect(page.locator('table[data-variant="matrix"] thead th')).toHaveCount(4); // three parties
  await gotoHydrated(page, 'corpus/seed-shared-responsibilities');
  await expect(page.locator('table[data-variant="matrix"]')).toHaveCount(5);
  await gotoHydrated(page, 'corpus/byoc-limits');
  await expect(page.locator('table[data-variant="plain"] th[colspan="2"]')).toHaveAttribute('scope', 'colgroup');
  await expect(page.locator('table[data-variant="plain"] td').filter({hasText: '存储 & 备份'})).toHaveCount(1);
  await gotoHydrated(page, 'corpus/byoc-resource-planning');
  await expect(page.getByRole('region', {name: '表格：实例规格 (2)'})).toHaveCount(1);
  // The newer exports' pipe table renders like the raw ones.
  await expect(
    page.getByRole('region', {name: '表格：存储'}).locator('table[data-variant="plain"] thead th'),
  ).toHaveCount(3);
});

test('front matter shows: preview badges (PRIVATE too), availability and deprecation notices; unknown beta shows none', async ({
  page,
}) => {
  await gotoHydrated(page, 'en/corpus/byoc-preview');
  await expect(page.locator('[data-beta="PUBLIC PREVIEW"]')).toHaveText('Public preview');
  await expect(page.getByText('Available since v2024.3.x')).toBeVisible();
  await gotoHydrated(page, 'corpus/byoc-legacy-deploy');
  await expect(page.locator('[data-beta="PRIVATE PREVIEW"]')).toHaveText('私有预览');
  await expect(page.getByText('自 v2024.9.x 起弃用')).toBeVisible();
  await gotoHydrated(page, 'en/corpus/byoc-data-resilience');
  await expect(page.locator('[data-beta="PRIVATE"]')).toHaveText('Private');
  await gotoHydrated(page, 'corpus/byoc-migration');
  await expect(page.locator('[data-beta]')).toHaveCount(0);
  await gotoHydrated(page, 'corpus/byoc-limits');
  await expect(page.locator('[data-beta]')).toHaveCount(0);
  await expect(page.locator('meta[name="keywords"]')).toHaveAttribute('content', 'BYOC,配额');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /资源配额/);
  await expect(page.locator('meta[name="description"]')).not.toHaveAttribute('content', /\| BYOC/);
});
