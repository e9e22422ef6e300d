import {readdirSync} from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import {expect, gotoHydrated, LOCALES, pagePath, test} from './fixtures';

// Pages in the docs team's export format, written for the tests (test/corpus).
const CORPUS = readdirSync('test/corpus')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));

test('the corpus has at least five exported pages', () => {
  expect(CORPUS.length).toBeGreaterThanOrEqual(5);
});

/** The text alternative of a ✔ in each locale. */
const RESPONSIBLE: Record<string, string> = {'zh-Hans': '负责', en: 'Responsible', ja: '担当'};

for (const {locale, prefix} of LOCALES) {
  for (const slug of CORPUS) {
    test(`${locale} corpus/${slug}: hydrates cleanly, tables are real data tables in the site's style`, async ({
      page,
      consoleProblems,
    }) => {
      const response = await gotoHydrated(page, pagePath(prefix, `corpus/${slug}`));
      expect(response?.status()).toBe(200);
      // No heading shows the export's id marker.
      expect(await page.locator('article').innerText()).not.toMatch(/\{#[^}]*\}/);

      const tables = await page.locator('article table').evaluateAll((els) =>
        els.map((table) => {
          const headerCells = [...table.querySelectorAll('thead th')];
          const style = getComputedStyle(table);
          return {
            variant: table.getAttribute('data-variant'),
            rowsOutsideSections: table.querySelectorAll(':scope > tr').length,
            hasHead: table.querySelector(':scope > thead') !== null,
            hasBody: table.querySelector(':scope > tbody') !== null,
            headerScopes: [...new Set(headerCells.map((th) => th.getAttribute('scope')))].sort(),
            bodyHeaderScopes: [...new Set([...table.querySelectorAll('tbody th')].map((th) => th.getAttribute('scope')))],
            rowHeaders: table.querySelectorAll('tbody tr > th:first-child').length,
            rows: table.querySelectorAll('tbody tr').length,
            display: style.display,
            fullWidth: Math.abs(table.getBoundingClientRect().width - table.parentElement!.getBoundingClientRect().width) < 1,
            headBackground: headerCells.length ? getComputedStyle(headerCells[0]!).backgroundColor : null,
            marks: [...table.querySelectorAll('[data-mark]')].map((m) => ({
              hidden: m.getAttribute('aria-hidden'),
              alt: m.nextElementSibling?.classList.contains('visually-hidden') ? m.nextElementSibling.textContent : null,
            })),
            rawMarks: [...table.querySelectorAll('td')].filter((td) => /✔/.test(td.textContent ?? '') && !td.querySelector('[data-mark]')).length,
          };
        }),
      );
      for (const t of tables) {
        expect(t.rowsOutsideSections).toBe(0);
        expect(t.hasHead && t.hasBody).toBe(true);
        expect(t.headerScopes.every((s) => s === 'col' || s === 'colgroup')).toBe(true);
        expect(t.bodyHeaderScopes.every((s) => s === 'row')).toBe(true);
        expect(t.display).toBe('table');
        expect(t.fullWidth).toBe(true);
        expect(t.headBackground).not.toBe('rgba(0, 0, 0, 0)');
        expect(t.rawMarks).toBe(0);
        if (t.variant === 'matrix') {
          expect(t.rowHeaders).toBe(t.rows);
          expect(t.marks.length).toBeGreaterThan(0);
          for (const m of t.marks) expect(m).toEqual({hidden: 'true', alt: RESPONSIBLE[locale]});
        }
      }
      expect(consoleProblems).toEqual([]);
    });
  }

  test(`${locale}: axe finds nothing on the corpus pages`, async ({page}) => {
    const failures: string[] = [];
    for (const slug of CORPUS) {
      await gotoHydrated(page, pagePath(prefix, `corpus/${slug}`));
      const {violations} = await new AxeBuilder({page})
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      for (const v of violations) failures.push(`${slug}: ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }
    expect(failures).toEqual([]);
  });
}

test('the raw matrix pages get the matrix treatment, other tables the plain one', async ({page}) => {
  await gotoHydrated(page, 'corpus/byoc-network');
  await expect(page.locator('table[data-variant="matrix"] thead th')).toHaveCount(4); // three parties
  await gotoHydrated(page, 'corpus/seed-shared-responsibilities');
  await expect(page.locator('table[data-variant="matrix"]')).toHaveCount(5);
  await gotoHydrated(page, 'corpus/byoc-limits');
  await expect(page.locator('table[data-variant="plain"] th[colspan="2"]')).toHaveAttribute('scope', 'colgroup');
  await expect(page.locator('table[data-variant="plain"] td').filter({hasText: '存储 & 备份'})).toHaveCount(1);
});

test('Chinese headings exported with an empty {#} take the English page’s ids', async ({page}) => {
  const ids = async (path: string) =>
    page.locator('article h2').evaluateAll((hs) => hs.map((h) => h.id));
  await gotoHydrated(page, 'en/corpus/byoc-preview');
  const english = await ids('en');
  await gotoHydrated(page, 'corpus/byoc-preview');
  expect(await ids('zh')).toEqual(english);
  expect(english).toEqual(['enable-replication', 'limits']);
});

test('front matter shows: preview badges, availability and deprecation notices', async ({page}) => {
  await gotoHydrated(page, 'en/corpus/byoc-preview');
  await expect(page.locator('[data-beta="PUBLIC PREVIEW"]')).toHaveText('Public preview');
  await expect(page.getByText('Available since v2024.3.x')).toBeVisible();
  await gotoHydrated(page, 'corpus/byoc-legacy-deploy');
  await expect(page.locator('[data-beta="PRIVATE PREVIEW"]')).toHaveText('私有预览');
  await expect(page.getByText('自 v2024.9.x 起弃用')).toBeVisible();
  await gotoHydrated(page, 'corpus/byoc-limits');
  await expect(page.locator('[data-beta]')).toHaveCount(0);
  await expect(page.locator('meta[name="keywords"]')).toHaveAttribute('content', 'BYOC,配额');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /资源配额/);
});
