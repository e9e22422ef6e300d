import type {Page} from '@playwright/test';
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs';
import {allTasks, countMatching, matchesFilter, matrix} from '../src/data/responsibilities/model';
import {type Locale} from '../src/i18n/locales';
import {expect, expectShown, gotoHydrated, LOCALE_ROUTES, pagePath, test} from './fixtures';

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
    const found = page.locator(selector);
    // On the page (so that hiding it is print's doing), and hidden in print.
    expect(await found.count(), `${selector} is on the page`).toBeGreaterThan(0);
    const visible = await found.evaluateAll((els) => els.filter((el) => el.checkVisibility()).length);
    expect(visible, `${selector} is hidden in print`).toBe(0);
  }
  // What the screen shows, and a line that names the filter.
  await expect(page.locator('tbody tr:visible')).toHaveCount(countMatching(matrix, 'shared'));
  for (const section of matrix.sections)
    await expectShown(
      page.locator(`h2#${section.id}`),
      section.tasks.some((t) => matchesFilter(t, 'shared')),
    );
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

/** Relative luminance of a CSS colour (rgb or rgba over white), as WCAG defines it. */
function luminance(css: string): number {
  const [r, g, b, a = 1] = css.match(/[\d.]+/g)!.map(Number) as [number, number, number, number?];
  const channel = (c: number) => {
    const v = (c * a + 255 * (1 - a)) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

for (const path of ['en/shared-responsibilities', 'corpus/byoc-sdk-install', 'ja/corpus/byoc-comparison']) {
  test(`print from a dark-mode system is light: ${path}`, async ({page}) => {
    await page.emulateMedia({colorScheme: 'dark'});
    await gotoHydrated(page, path);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.emulateMedia({media: 'print', colorScheme: 'dark'});
    // Colours change with a transition: read them once it has run.
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
    const colours = await page.evaluate(() => {
      const style = (el: Element | null) => (el ? getComputedStyle(el) : null);
      const pick = (selector: string, prop: 'color' | 'backgroundColor') =>
        [...document.querySelectorAll(selector)]
          .filter((el) => el.checkVisibility())
          .map((el) => getComputedStyle(el)[prop]);
      return {
        body: style(document.body)!.backgroundColor,
        main: style(document.querySelector('main'))!.backgroundColor,
        text: pick('article p', 'color'),
        links: pick('article p a', 'color'),
        headers: pick('article thead th', 'backgroundColor'),
        code: pick('article pre', 'backgroundColor'),
      };
    });
    expect(colours.body).toBe('rgb(255, 255, 255)');
    expect(colours.text.length).toBeGreaterThan(0);
    for (const c of colours.text) expect(contrast(c, colours.body), `text ${c}`).toBeGreaterThanOrEqual(7);
    for (const c of colours.links) expect(contrast(c, colours.body), `link ${c}`).toBeGreaterThanOrEqual(4.5);
    for (const c of [...colours.headers, ...colours.code]) expect(luminance(c), `background ${c}`).toBeGreaterThan(0.7);
    expect(colours.headers.length + colours.code.length).toBeGreaterThan(0);
  });
}
