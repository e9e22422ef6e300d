import type {Page} from '@playwright/test';
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs';
import {allTasks, countMatching, matchesFilter, matrix} from '../src/data/responsibilities/model';
import {type Locale} from '../src/i18n/locales';
import {expect, gotoHydrated, LOCALE_ROUTES, pagePath, test} from './fixtures';

const PAGE = 'shared-responsibilities';
// pdf.js splits text runs at kerning and ligatures ("Custome r"): compare without white space.
const squash = (t: string) => t.replace(/\s+/g, '');

/**
 * Chromium embeds some CJK glyphs that pdf.js reads back as radicals ("用" as
 * "⽤", "户" as "⼾", "角" as "⻆"). NFKC turns most into ideographs (⼾ into the
 * traditional 戶, so 户 is folded to it on both sides); the few radicals left
 * become a mark that stands for any one ideograph.
 */
const ANY_HAN = '\u0000';
const foldCjk = (t: string) => t.normalize('NFKC').replace(/户/g, '戶');
const pdfText = (t: string) => foldCjk(squash(t)).replace(/[\u2E80-\u2FDF]/g, ANY_HAN);

/** Where a label is in a page's text (from pdfText), or -1. */
function find(text: string, label: string): number {
  const pattern = [...foldCjk(squash(label))]
    .map((c) => (/\p{Script=Han}/u.test(c) ? `(?:${c}|${ANY_HAN})` : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return text.search(new RegExp(pattern, 'u'));
}

/** The text of each page of the PDF Chromium prints. */
async function pdfPages(page: Page, format: 'A4' | 'A5'): Promise<string[]> {
  const pdf = await page.pdf({format});
  const doc = await getDocument({data: new Uint8Array(pdf), verbosity: 0}).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(pdfText(content.items.map((item) => ('str' in item ? item.str : '')).join('')));
  }
  return pages;
}

test('print shows only the content, with the URL and date; a filtered view prints as filtered and says so', async ({
  page,
  baseURL,
}) => {
  // The reader's clock, fixed: the printout's date is this one, whatever day the suite runs.
  await page.clock.setFixedTime(new Date('2031-01-02T12:00:00Z'));
  await gotoHydrated(page, `en/${PAGE}?party=shared`);
  await page.emulateMedia({media: 'print'});

  for (const selector of [
    '.navbar',
    '.theme-doc-sidebar-container',
    '.theme-doc-toc-desktop',
    '[data-filter]',
    'details:has([data-export])',
    'tbody button',
    '.pagination-nav',
    '.footer',
  ]) {
    const visible = await page.locator(selector).evaluateAll((els) => els.filter((el) => el.checkVisibility()).length);
    expect(visible, `${selector} is hidden in print`).toBe(0);
  }
  // What the screen shows, and a line that names the filter.
  await expect(page.locator('tbody tr:visible')).toHaveCount(countMatching(matrix, 'shared'));
  for (const section of matrix.sections)
    await expect(page.locator(`h2#${section.id}`)).toBeVisible({
      visible: section.tasks.some((t) => matchesFilter(t, 'shared')),
    });
  await expect(page.locator('[data-print-filter]')).toHaveText(
    `Filtered: “Shared”. This printout shows ${countMatching(matrix, 'shared')} of ${allTasks(matrix).length} tasks.`,
  );
  // The key to the marks prints.
  await expect(page.locator('article dl')).toBeVisible();

  const markColors = await page
    .locator('tbody [aria-hidden="true"]')
    .filter({hasText: '✔'})
    .evaluateAll((els) => [
      ...new Set(els.filter((el) => el.checkVisibility()).map((el) => getComputedStyle(el).color)),
    ]);
  expect(markColors).toEqual(['rgb(0, 0, 0)']);
  const headerGroups = await page
    .locator('thead')
    .evaluateAll((els) => [...new Set(els.map((el) => getComputedStyle(el).display))]);
  expect(headerGroups).toEqual(['table-header-group']);

  const meta = page.locator('[data-print-meta]');
  await expect(meta).toBeVisible();
  await expect(meta).toContainText(`${baseURL}en/${PAGE}`);
  await expect(meta).toContainText('printed on 2031-01-02');
});

test('an unfiltered printout has no filter line', async ({page}) => {
  await gotoHydrated(page, `en/${PAGE}`);
  await page.emulateMedia({media: 'print'});
  await expect(page.locator('[data-print-filter]')).toHaveCount(0);
  await expect(page.locator('tbody tr:visible')).toHaveCount(allTasks(matrix).length);
});

for (const {locale, prefix} of LOCALE_ROUTES) {
  test(`${locale}: the PDF keeps each heading with its table and each short table on one page`, async ({page}) => {
    await gotoHydrated(page, pagePath(prefix, PAGE));
    // A5 holds two or three sections a page, so page breaks must fall between sections.
    const pages = await pdfPages(page, 'A5');
    expect(pages.length).toBeGreaterThan(1);
    const l = locale as Locale;
    for (const section of matrix.sections) {
      const onPages = pages.flatMap((p, i) => (section.tasks.some((t) => find(p, t.label[l]) >= 0) ? [i + 1] : []));
      expect(onPages, `${section.id}: its rows on one page`).toHaveLength(1);
      const text = pages[onPages[0]! - 1]!;
      for (const task of section.tasks)
        expect(find(text, task.label[l]), `${section.id}: ${task.id} in ${text}`).toBeGreaterThanOrEqual(0);
      // The heading is on that page, right before its table (not alone at the foot of the page before).
      const heading = find(text, section.title[l]);
      expect(heading, `${section.id}: heading on the page of its table`).toBeGreaterThanOrEqual(0);
      expect(heading).toBeLessThan(find(text, section.tasks[0]!.label[l]));
    }
  });
}

test('the PDF of a filtered view has its rows only, and names the filter', async ({page}) => {
  await gotoHydrated(page, `en/${PAGE}?party=customer`);
  const text = (await pdfPages(page, 'A4')).join('');
  for (const task of allTasks(matrix))
    if (matchesFilter(task, 'customer')) expect(text, task.id).toContain(squash(task.label.en));
    else expect(text, task.id).not.toContain(squash(task.label.en));
  expect(text).toContain(
    squash(
      `Filtered: “Customer”. This printout shows ${countMatching(matrix, 'customer')} of ${allTasks(matrix).length} tasks.`,
    ),
  );
  expect(text).not.toContain(squash('Filter by party'));
  expect(text).toContain(squash('Task Zilliz BYOC Customer'));
});
