import type {Locator, Page} from '@playwright/test';
import {countMatching, matchesFilter, matrix, PARTY_FILTERS} from '../src/data/responsibilities/model';
import {isSectionEmpty} from '../src/data/responsibilities/partyFilter';
import {expect, expectShown, gotoHydrated, LOCALE_ROUTES, pagePath, test} from './fixtures';

/**
 * What a reader meets on arrival: the matrix on screen without scrolling,
 * and deep links (with or without a filter) that end on their row, below the
 * sticky navbar, once the page has settled.
 */
const PAGE = 'shared-responsibilities';

async function navbarBottom(page: Page): Promise<number> {
  const navbar = (await page.locator('nav.navbar').boundingBox())!;
  return navbar.y + navbar.height;
}

/**
 * The element's box once it has stopped moving (fonts, hydration, lazy layout, filter): after the network is idle
 * and the fonts are ready, its position is read on every animation frame until 10 frames in a row agree (no fixed
 * sleeps: a settled page answers in a few frames).
 */
async function settledBox(page: Page, target: Locator) {
  await page.waitForLoadState('networkidle');
  const settled = await target.evaluate(async (el) => {
    await document.fonts.ready;
    const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
    const tops: number[] = [];
    for (let i = 0; i < 600; i++) {
      await frame();
      tops.push(el.getBoundingClientRect().top);
      const last = tops.slice(-10);
      if (last.length === 10 && last.every((y) => Math.abs(y - last[9]!) < 0.5)) return true;
    }
    return tops.slice(-10).join(', ');
  });
  if (settled !== true) throw new Error(`still moving after 600 frames: ${settled}`);
  const box = await target.boundingBox();
  if (!box) throw new Error('the element has no box');
  return box;
}

test.describe('the matrix on arrival', () => {
  for (const {locale, prefix} of LOCALE_ROUTES) {
    for (const viewport of [
      {width: 1280, height: 800},
      {width: 390, height: 844},
    ]) {
      test(`${locale} ${viewport.width}×${viewport.height}: the first rows, the filter, key, counts and downloads are on screen`, async ({
        page,
        consoleProblems,
      }) => {
        await page.setViewportSize(viewport);
        await gotoHydrated(page, pagePath(prefix, PAGE));
        const top = await navbarBottom(page);
        const firstSection = page.locator('[data-section]').first();
        await expect(firstSection).toHaveAttribute('data-section', matrix.sections[0]!.id);
        const firstRows = (await firstSection.locator('tbody tr').all()).slice(0, 2);
        expect(firstRows).toHaveLength(Math.min(2, matrix.sections[0]!.tasks.length));
        for (const row of firstRows) {
          const box = (await settledBox(page, row))!;
          expect(box.y, 'row below the navbar').toBeGreaterThanOrEqual(top);
          expect(box.y + box.height, 'row above the fold').toBeLessThanOrEqual(viewport.height);
        }
        await expect(page.locator(`h2#${matrix.sections[0]!.id}`)).toBeInViewport({ratio: 1});
        // Nothing lost: every view with its count, the key to the marks, the version and the downloads.
        for (const f of PARTY_FILTERS) {
          const button = page.locator(`button[data-filter="${f}"]`);
          await expect(button).toBeInViewport({ratio: 1});
          await expect(button).toContainText(String(countMatching(matrix, f)));
        }
        const overview = page.locator('section[aria-label]').filter({has: page.locator('[data-filter]')});
        await expect(overview.locator('dl')).toBeInViewport({ratio: 1});
        await expect(overview.locator('dl dd')).toHaveCount(3);
        const version = overview.locator(`time[datetime="${matrix.version}"]`);
        // Wide screens show the matrix version in the toolbar; phones, in the download menu.
        if (viewport.width > 600) await expect(version.locator('visible=true')).toBeInViewport({ratio: 1});
        const download = overview.locator('details > summary');
        await expect(download).toBeInViewport({ratio: 1});
        await expect(download).toHaveAccessibleName(/\S/);
        // The downloads (and the version of the files) are one click away.
        await download.click();
        await expect(overview.locator('a[data-export="csv"]')).toBeVisible();
        await expect(overview.locator('a[data-export="json"]')).toBeVisible();
        await expect(overview.locator(`details time[datetime="${matrix.version}"]`)).toBeVisible();
        await page.keyboard.press('Escape');
        await expect(overview.locator('a[data-export="csv"]')).toBeHidden();
        await expect(download).toBeFocused();
        expect(await page.evaluate(() => window.scrollY)).toBe(0);
        expect(consoleProblems).toEqual([]);
      });
    }
  }
});

/** Deep links as the console sends them, each opened cold in a fresh page. */
const DEEP_LINKS = [
  {query: '?party=customer', id: 'manage-s3-bucket'},
  {query: '?party=zilliz', id: 'manage-s3-bucket'},
  {query: '', id: 'manage-s3-bucket'},
  {query: '?party=shared', id: 'break-glass-access'},
  {query: '?party=customer', id: 'monitoring'},
  {query: '?party=shared', id: 'set-up-vpc'},
];

/** The widths a deep link is opened at: a laptop, a large desktop, a phone. */
const VIEWPORTS = [
  {width: 1280, height: 800},
  {width: 1920, height: 1080},
  {width: 390, height: 844},
];
/** The links in as many groups as there are widths (and locales): each test opens one group. */
const LINK_GROUPS = VIEWPORTS.map((_, g) => DEEP_LINKS.filter((_link, i) => i % VIEWPORTS.length === g));

test.describe('deep links land on their row', () => {
  test('every link is opened at every width and in every locale', () => {
    expect(LOCALE_ROUTES).toHaveLength(VIEWPORTS.length);
    expect(LINK_GROUPS.flat()).toHaveLength(DEEP_LINKS.length);
  });
  // A Latin square: locale l at width w opens group (l + w) mod 3, so each link is opened at each width (in some
  // locale) and in each locale (at some width), each cold, through the page and through the old path.
  for (const [l, {locale, prefix}] of LOCALE_ROUTES.entries()) {
    for (const [w, viewport] of VIEWPORTS.entries()) {
      const links = LINK_GROUPS[(l + w) % LINK_GROUPS.length]!;
      test(`${locale} ${viewport.width}px: ${links.map((k) => `${k.query}#${k.id}`).join(', ')} via the page and the old path end with the row fully visible below the navbar`, async ({
        browser,
      }) => {
        expect(links.length).toBeGreaterThan(0);
        for (const [index, {query, id}] of links.entries()) {
          const via = index % 2 === 0 ? 'page' : 'old path';
          const context = await browser.newContext({viewport});
          const page = await context.newPage();
          const problems: string[] = [];
          page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(m.text()));
          const path = pagePath(prefix, `${via === 'page' ? '' : 'byoc/'}${PAGE}${query}#${id}`);
          await gotoHydrated(page, path);
          const landing = `/${prefix}${PAGE}${query}#${id}`;
          await expect(page, `${path} ends on the page`).toHaveURL((url) => url.href.endsWith(landing));
          const row = page.locator(`tr#${id}`);
          const box = await settledBox(page, row);
          const top = await navbarBottom(page);
          expect(box.y, `${path}: row top ${box.y} under the navbar (${top})`).toBeGreaterThanOrEqual(top);
          expect(box.y + box.height, `${path}: row bottom within the window`).toBeLessThanOrEqual(viewport.height);
          // The filter is applied (the linked row stays, whatever the filter).
          const filter = new URLSearchParams(query).get('party');
          if (filter) {
            const hiddenRows = matrix.sections
              .flatMap((s) => s.tasks)
              .filter((t) => t.id !== id && !matchesFilter(t, filter as never));
            expect(hiddenRows.length, `${filter} hides some rows`).toBeGreaterThan(0);
            // Read once (the page has settled): which rows a reader can see.
            const visible = await page
              .locator('tbody tr')
              .evaluateAll((rows) => rows.filter((r) => r.checkVisibility()).map((r) => r.id));
            expect(visible, path).toContain(id);
            expect(
              hiddenRows.map((t) => t.id).filter((t) => visible.includes(t)),
              `${path}: rows outside the filter`,
            ).toEqual([]);
          }
          expect(problems, path).toEqual([]);
          await context.close();
        }
      });
    }
  }

  test('the filter is applied from the URL before any script of the site runs', async ({page}) => {
    // No JavaScript files: only the inline boot script in <head> runs, as in the first paint of a real load.
    await page.route('**/*.js', (route) => route.abort());
    await page.setViewportSize({width: 1280, height: 800});
    await page.goto(`en/${PAGE}?party=zilliz#manage-s3-bucket`);
    await expect(page.locator('html')).toHaveAttribute('data-party-filter', 'zilliz');
    await expect(page.locator('tbody tr:visible')).toHaveCount(countMatching(matrix, 'zilliz') + 1);
    const row = page.locator('tr#manage-s3-bucket');
    await expect(row).toBeInViewport({ratio: 1});
    expect((await row.boundingBox())!.y).toBeGreaterThanOrEqual(await navbarBottom(page));
  });

  test('a section the filter empties is gone before any script runs (heading, table, contents entry), unless it holds the linked row', async ({
    page,
  }) => {
    await page.route('**/*.js', (route) => route.abort());
    await page.setViewportSize({width: 1280, height: 800});
    const emptied = matrix.sections.filter((s) => isSectionEmpty(s, 'shared'));
    expect(emptied.length, 'the data has a section without shared tasks').toBeGreaterThan(0);
    const parts = (id: string) => [
      page.locator(`h2#${id}`),
      page.locator(`[data-section="${id}"]`),
      page.locator(`.theme-doc-toc-desktop a[href="#${id}"]`),
    ];
    await page.goto(`en/${PAGE}?party=shared`);
    for (const s of matrix.sections) {
      const [heading, table, contentsEntry] = parts(s.id);
      await expectShown(heading!, !emptied.includes(s), s.id);
      await expectShown(table!, !emptied.includes(s), s.id);
      // Hydration removes an emptied section's contents entry (src/theme/TOCItems): it may be gone or hidden.
      await expect(contentsEntry!, s.id).toBeVisible({visible: !emptied.includes(s)});
    }
    // A link to one of its rows keeps the section, and lands on the row.
    const linked = emptied[0]!;
    await page.goto(`en/${PAGE}?party=shared#${linked.tasks[0]!.id}`);
    for (const part of parts(linked.id)) await expect(part).toBeVisible();
    await expect(page.locator(`tr#${linked.tasks[0]!.id}`)).toBeInViewport();
  });
});
