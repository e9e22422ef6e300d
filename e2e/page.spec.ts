import {matrix, allTasks, PARTY_FILTERS} from '../src/data/responsibilities/model';
import {type Locale} from '../src/i18n/locales';
import {LOCALE_SETTINGS} from '../src/i18n/locales';
import {expect, gotoHydrated, LOCALE_ROUTES, pagePath, test} from './fixtures';
import {readMatrix} from './matrix';

const expectedMatrix = (locale: Locale) =>
  matrix.sections.map((s) => ({
    id: s.id,
    title: s.title[locale],
    tasks: s.tasks.map((t) => ({id: t.id, label: t.label[locale], responsible: [...t.responsible]})),
  }));

/** What a reader of each locale sees on the availability badge. */
const BADGE: Record<Locale, string> = {'zh-Hans': '按需开通', en: 'Available on request', ja: 'お問い合わせにより提供'};

for (const [index, {locale, prefix, lang}] of LOCALE_ROUTES.entries()) {
  test.describe(`${locale} site`, () => {
    test('landing page answers 200 and leads to the matrix', async ({page, consoleProblems}) => {
      const response = await gotoHydrated(page, pagePath(prefix, ''));
      expect(response?.status()).toBe(200);
      expect(await page.locator('html').getAttribute('lang')).toMatch(lang);
      await page.locator('article a[href$="/shared-responsibilities"]').first().click();
      await expect(page).toHaveURL(/\/shared-responsibilities$/);
      await expect(page.locator('tbody tr')).toHaveCount(allTasks(matrix).length);
      expect(consoleProblems).toEqual([]);
    });

    test('shared responsibilities: the matrix in the DOM equals the data', async ({page, consoleProblems}) => {
      const response = await gotoHydrated(page, pagePath(prefix, 'shared-responsibilities'));
      expect(response?.status()).toBe(200);
      expect(await page.locator('html').getAttribute('lang')).toMatch(lang);
      expect(await readMatrix(page)).toEqual(expectedMatrix(locale));
      await expect(page.locator('tbody tr')).toHaveCount(allTasks(matrix).length);
      for (const section of matrix.sections) {
        await expect(page.locator(`h2#${section.id}`)).toHaveText(section.title[locale]);
        const table = page.getByRole('table', {name: section.title[locale]});
        await expect(table.locator('thead th[scope="col"]')).toHaveCount(1 + matrix.parties.length);
        await expect(table.locator('tbody th[scope="row"]')).toHaveCount(section.tasks.length);
      }
      for (const task of allTasks(matrix)) await expect(page.locator(`tr#${task.id}`)).toHaveCount(1);
      expect(consoleProblems).toEqual([]);
    });

    test('front matter: meta description, keywords and the contact-sales badge', async ({page}) => {
      await gotoHydrated(page, pagePath(prefix, 'shared-responsibilities'));
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /Zilliz Cloud/);
      await expect(page.locator('meta[name="keywords"]')).toHaveAttribute('content', /BYOC/);
      const badge = page.locator('[data-beta="CONTACT SALES"]');
      await expect(badge).toBeVisible();
      await expect(badge).toHaveText(BADGE[locale]);
      // The badge's note links to sales on the same line.
      const note = page.locator('[data-beta="CONTACT SALES"] + span');
      await expect(note.getByRole('link')).toHaveAttribute('href', /contact-sales/);
    });

    test('#break-glass-access scrolls the row into view below the navbar', async ({page, consoleProblems}) => {
      await page.setViewportSize({width: 1280, height: 720});
      await gotoHydrated(page, `${pagePath(prefix, 'shared-responsibilities')}#break-glass-access`);
      const row = page.locator('tr#break-glass-access');
      await expect(row).toBeInViewport();
      const navbar = await page.locator('nav.navbar').boundingBox();
      const box = await row.boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(navbar!.y + navbar!.height);
      expect(box!.y + box!.height).toBeLessThanOrEqual(720);
      expect(consoleProblems).toEqual([]);
    });

    test('the locale switcher leads to the same page in the next language', async ({page}) => {
      const next = LOCALE_ROUTES[(index + 1) % LOCALE_ROUTES.length]!;
      await page.setViewportSize({width: 1280, height: 720});
      await gotoHydrated(page, pagePath(prefix, 'shared-responsibilities'));
      await page.locator('.navbar__items--right .dropdown').hover();
      await page.getByRole('link', {name: LOCALE_SETTINGS[next.locale].label}).click();
      await expect(page).toHaveURL(new RegExp(`/byoc-docs/${next.prefix}shared-responsibilities$`));
      await expect(page.locator('html')).toHaveAttribute('lang', next.lang);
      await expect(page.locator('tbody tr')).toHaveCount(allTasks(matrix).length);
    });
    // Accessibility: reading.spec.ts runs axe on this page and the home page at two widths, light and dark.
  });
}

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});
  for (const {locale, prefix} of LOCALE_ROUTES) {
    test(`${locale}: every row and mark is in the server HTML`, async ({page}) => {
      await page.goto(pagePath(prefix, 'shared-responsibilities'));
      expect(await readMatrix(page)).toEqual(expectedMatrix(locale));
      // The filter's buttons and the rows' copy buttons are in the HTML, and hidden: they need JavaScript.
      for (const [selector, count] of [
        ['[data-filter]', PARTY_FILTERS.length],
        ['tbody button', allTasks(matrix).length],
      ] as const) {
        const found = page.locator(selector);
        await expect(found).toHaveCount(count);
        for (let i = 0; i < count; i++) await expect(found.nth(i), selector).toBeHidden();
      }
    });
  }
});

test('a missing page answers 404 with the site’s 404 page', async ({page}) => {
  const response = await page.goto('no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toBeVisible();
});
