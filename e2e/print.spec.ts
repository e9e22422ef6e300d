import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs';
import {allTasks, matrix} from '../src/data/responsibilities/model';
import {expect, gotoHydrated, test} from './fixtures';

const PAGE = 'shared-responsibilities';

test('print shows every row and only the content, with the URL and date', async ({page, baseURL}) => {
  // A filter on screen must not cut rows from the printout.
  await gotoHydrated(page, `en/${PAGE}?party=shared`);
  await expect(page.locator('tbody tr:visible')).toHaveCount(8);
  await page.emulateMedia({media: 'print'});

  for (const selector of [
    '.navbar',
    '.theme-doc-sidebar-container',
    '.theme-doc-toc-desktop',
    '[data-filter]',
    'tbody button',
    '.pagination-nav',
    '.footer',
  ]) {
    const visible = await page.locator(selector).evaluateAll((els) => els.filter((el) => el.checkVisibility()).length);
    expect(visible, `${selector} is hidden in print`).toBe(0);
  }
  await expect(page.locator('tbody tr:visible')).toHaveCount(allTasks(matrix).length);
  for (const section of matrix.sections) await expect(page.locator(`h2#${section.id}`)).toBeVisible();

  const markColors = await page
    .locator('tbody [aria-hidden="true"]')
    .filter({hasText: '✔'})
    .evaluateAll((els) => [...new Set(els.map((el) => getComputedStyle(el).color))]);
  expect(markColors).toEqual(['rgb(0, 0, 0)']);
  const headerGroups = await page
    .locator('thead')
    .evaluateAll((els) => [...new Set(els.map((el) => getComputedStyle(el).display))]);
  expect(headerGroups).toEqual(['table-header-group']);

  const meta = page.locator('[data-print-meta]');
  await expect(meta).toBeVisible();
  await expect(meta).toContainText(`${baseURL}en/${PAGE}`);
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  await expect(meta).toContainText(`printed on ${today}`);
});

test('the PDF has every task of the matrix and repeats table headers', async ({page}) => {
  await gotoHydrated(page, `en/${PAGE}?party=customer`);
  const pdf = await page.pdf({format: 'A5'});
  const doc = await getDocument({data: new Uint8Array(pdf), verbosity: 0}).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    // pdf.js splits text runs at kerning and ligatures ("Custome r"): compare without white space.
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join('').replace(/\s+/g, ''));
  }
  const squash = (t: string) => t.replace(/\s+/g, '');
  const text = pages.join('');
  for (const task of allTasks(matrix)) expect(text, task.id).toContain(squash(task.label.en));
  expect(text).not.toContain(squash('Filter by party'));
  // A5 splits the matrix over pages; each page that shows rows starts them with the header.
  const pagesWithRows = pages.filter((p) => allTasks(matrix).some((t) => p.includes(squash(t.label.en))));
  expect(pagesWithRows.length).toBeGreaterThan(1);
  for (const p of pagesWithRows) expect(p).toContain(squash('Task Zilliz BYOC Customer'));
});
