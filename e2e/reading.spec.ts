import {
  allTasks,
  countMatching,
  matchesFilter,
  matrix,
  summarize,
  PARTY_FILTERS,
} from '../src/data/responsibilities/model';
import {expect, expectShown, gotoHydrated, LOCALE_ROUTES, localeInTurn, pagePath, test} from './fixtures';
import {axeLightAndDark} from './axe';
import {readMatrix} from './matrix';

const PAGE = 'shared-responsibilities';

// One test per page, locale and width, so each stays short and they spread over the workers; each loads its page
// once and runs axe light, then dark (e2e/axe.ts). The matrix page in every locale at 1280 px; every other page at
// 1280 px and every page at 390 px (the phone layout: collapsed navbar, no side contents, narrow tables) once, the
// locales taking turns.
const AXE_PAGES = ['', PAGE, `${PAGE}?party=shared#scale-resources`, 'no-such-page'];
const AXE_GRID = [
  ...LOCALE_ROUTES.map((l) => ({...l, path: PAGE, width: 1280})),
  ...AXE_PAGES.filter((p) => p !== PAGE).map((path, i) => ({...localeInTurn(i), path, width: 1280})),
  ...AXE_PAGES.map((path, i) => ({...localeInTurn(i + 1), path, width: 390})),
];
test.describe('accessibility over the whole grid', () => {
  for (const {locale, prefix, path, width} of AXE_GRID) {
    test(`${locale} ${width}px /${path}: axe finds nothing, light or dark`, async ({browser}) => {
      const context = await browser.newContext({colorScheme: 'light', viewport: {width, height: 900}});
      const page = await context.newPage();
      await page.goto(pagePath(prefix, path));
      await page.waitForSelector('html[data-has-hydrated="true"]');
      expect(await axeLightAndDark(page)).toEqual([]);
      await context.close();
    });
  }
});

// The helper must be able to fail: what only a light page gets wrong and what only a dark one does are both seen.
test('axe light and dark reports an image without text in light and dark-only low contrast in dark', async ({page}) => {
  await page.emulateMedia({colorScheme: 'light'});
  await gotoHydrated(page, 'en/');
  await page
    .locator('article, main')
    .first()
    .evaluate((el) => {
      // Dark grey text: readable on the light background, not on the dark one.
      el.insertAdjacentHTML(
        'afterbegin',
        '<p style="color:#333">probe</p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="1" height="1">',
      );
    });
  const found = await axeLightAndDark(page);
  expect(found.filter((v) => v.startsWith('light: image-alt'))).toHaveLength(1);
  expect(found.filter((v) => v.startsWith('dark: color-contrast'))).toHaveLength(1);
  expect(found.filter((v) => v.startsWith('light: color-contrast'))).toEqual([]);
});

test.describe('key and counts', () => {
  for (const {locale, prefix} of LOCALE_ROUTES) {
    test(`${locale}: each view's button counts its tasks, and the key sits above the first table`, async ({page}) => {
      await gotoHydrated(page, pagePath(prefix, PAGE));
      const s = summarize(matrix);
      const expected = {
        all: s.total,
        customer: s.customerOnly + s.shared,
        zilliz: s.zillizOnly + s.shared,
        shared: s.shared,
      };
      for (const f of PARTY_FILTERS)
        await expect(page.locator(`[data-filter="${f}"] span`)).toHaveText(String(expected[f]));
      const legend = await page.locator('article dl').first().boundingBox();
      const firstTable = await page.locator('table').first().boundingBox();
      expect(legend!.y).toBeLessThan(firstTable!.y);
      // The page explains the marks once: no separate how-to-read note repeating the key.
      await expect(page.locator('article .theme-admonition')).toHaveCount(0);
    });
  }
});

test.describe('party filter', () => {
  for (const filter of PARTY_FILTERS.filter((f) => f !== 'all')) {
    test(`?party=${filter} opens the filtered view`, async ({page, consoleProblems}) => {
      await gotoHydrated(page, `${PAGE}?party=${filter}`);
      const expected = matrix.sections
        .map((s) => ({id: s.id, tasks: s.tasks.filter((t) => matchesFilter(t, filter)).map((t) => t.id)}))
        .filter((s) => s.tasks.length > 0);
      const shown = (await readMatrix(page)).filter((s) => s.tasks.length > 0);
      expect(shown.map((s) => ({id: s.id, tasks: s.tasks.map((t) => t.id)}))).toEqual(expected);
      await page.setViewportSize({width: 1280, height: 800});
      const tables = (section: (typeof matrix.sections)[number]) =>
        page.getByRole('table', {name: section.title['zh-Hans'], exact: true});
      for (const section of matrix.sections) {
        const visible = section.tasks.some((t) => matchesFilter(t, filter));
        // A section with nothing to show is gone as a whole: heading, table (for screen readers too), contents entry.
        await expectShown(page.locator(`h2#${section.id}`), visible);
        await expectShown(page.locator(`[data-section="${section.id}"] table`), visible);
        await expect(tables(section)).toHaveCount(visible ? 1 : 0);
        await expect(page.locator(`.theme-doc-toc-desktop a[href="#${section.id}"]`)).toBeVisible({visible});
        // Once hydrated, the table of contents does not even render the entry (src/theme/TOCItems).
        await expect(page.locator(`.theme-doc-toc-desktop a[href="#${section.id}"]`)).toHaveCount(visible ? 1 : 0);
      }
      // The rows shown keep alternating stripes, whatever is hidden between them.
      const stripes = await page
        .locator('[data-section] table')
        .evaluateAll((tables) =>
          tables.map((t) =>
            [...t.querySelectorAll('tbody tr')]
              .filter((tr) => tr.checkVisibility())
              .map((tr) => getComputedStyle(tr).backgroundColor),
          ),
        );
      expect(stripes).toHaveLength(matrix.sections.length);
      expect(stripes.flat()).toHaveLength(countMatching(matrix, filter));
      for (const rows of stripes) rows.forEach((bg, i) => i > 0 && expect(bg, `row ${i + 1}`).not.toBe(rows[i - 1]));
      await expect(page.locator(`[data-filter="${filter}"]`)).toHaveAttribute('aria-pressed', 'true');
      await expect(page.getByTestId('filter-status')).toHaveText(
        `显示 ${countMatching(matrix, filter)} / ${allTasks(matrix).length} 项任务`,
      );
      // …and comes back with the next filter.
      await page.locator('[data-filter="all"]').click();
      for (const section of matrix.sections) {
        await expect(page.locator(`h2#${section.id}`)).toBeVisible();
        await expect(tables(section)).toHaveCount(1);
        await expect(page.locator(`.theme-doc-toc-desktop a[href="#${section.id}"]`)).toBeVisible();
      }
      expect(consoleProblems).toEqual([]);
    });
  }

  test('works by keyboard, announces the count and writes the URL', async ({page, consoleProblems}) => {
    await gotoHydrated(page, `en/${PAGE}`);
    const group = page.getByRole('group', {name: 'Filter by party'});
    await expect(group.getByRole('button')).toHaveCount(4);
    await group.getByRole('button', {name: /^All/}).focus();
    await page.keyboard.press('Tab');
    const customer = group.getByRole('button', {name: /^Customer/});
    await expect(customer).toBeFocused();
    // Focus is visible.
    expect(await customer.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\?party=customer$/);
    await expect(customer).toHaveAttribute('aria-pressed', 'true');
    await expect(group.getByRole('button', {name: /^All/})).toHaveAttribute('aria-pressed', 'false');
    const status = page.getByRole('status').filter({hasText: 'Showing'});
    await expect(status).toHaveText(`Showing ${countMatching(matrix, 'customer')} of ${allTasks(matrix).length} tasks`);
    await expect(page.locator('tbody tr:visible')).toHaveCount(countMatching(matrix, 'customer'));
    await page.keyboard.press('Tab');
    await page.keyboard.press(' ');
    await expect(page).toHaveURL(/\?party=zilliz$/);
    await expect(page.locator('tbody tr:visible')).toHaveCount(countMatching(matrix, 'zilliz'));
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/en/${PAGE}$`));
    await expect(page.locator('tbody tr:visible')).toHaveCount(allTasks(matrix).length);
    expect(consoleProblems).toEqual([]);
  });

  test('survives a locale switch', async ({page}) => {
    await page.setViewportSize({width: 1280, height: 800});
    await gotoHydrated(page, `${PAGE}?party=customer`);
    await page.locator('.navbar__items--right .dropdown').hover();
    await page.getByRole('link', {name: 'English'}).click();
    await expect(page).toHaveURL(new RegExp(`/en/${PAGE}\\?party=customer$`));
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await expect(page.locator('[data-filter="customer"]')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('tbody tr:visible')).toHaveCount(countMatching(matrix, 'customer'));
  });

  test('a row named in the URL stays visible under a filter that excludes it', async ({page}) => {
    await gotoHydrated(page, `${PAGE}?party=customer#monitoring`);
    await expect(page.locator('tr#monitoring')).toBeVisible();
    await expectShown(page.locator('tr#manage-ec2-instances'), false);
  });

  const LINKED_NOTE: Record<string, {status: (shown: number, matching: number) => string; note: string}> = {
    'zh-Hans': {
      status: (shown, matching) =>
        `显示 ${shown} / ${allTasks(matrix).length} 项任务：${matching} 项符合筛选，另有链接指向的“管理 S3 存储桶”`,
      note: '不在当前筛选范围内，因链接指向此行而显示',
    },
    en: {
      status: (shown, matching) =>
        `Showing ${shown} of ${allTasks(matrix).length} tasks: ${matching} match the filter, plus “Manage S3 bucket”, which the link points to`,
      note: 'Outside this filter; shown because the link points here',
    },
    ja: {
      status: (shown, matching) =>
        `${allTasks(matrix).length} 件中 ${shown} 件のタスクを表示：フィルターに該当する ${matching} 件と、リンク先の「S3 バケットの管理」`,
      note: '現在の絞り込みの対象外です。リンク先のため表示しています',
    },
  };

  for (const {locale, prefix} of LOCALE_ROUTES) {
    test(`${locale}: the count includes a linked row outside the filter, and the row says why it is there`, async ({
      page,
      consoleProblems,
    }) => {
      await gotoHydrated(page, pagePath(prefix, `${PAGE}?party=zilliz#manage-s3-bucket`));
      const matching = countMatching(matrix, 'zilliz');
      await expect(page.locator('tbody tr:visible')).toHaveCount(matching + 1);
      const status = page.getByTestId('filter-status');
      await expect(status).toBeVisible();
      await expect(status).toHaveText(LINKED_NOTE[locale]!.status(matching + 1, matching));
      const row = page.locator('tr#manage-s3-bucket');
      expect(await row.locator('[data-linked-note]').evaluate((el) => getComputedStyle(el, '::after').content)).toBe(
        JSON.stringify(LINKED_NOTE[locale]!.note),
      );
      // A row inside the filter carries no note.
      expect(
        await page
          .locator('tr#monitoring [data-linked-note]')
          .evaluate((el) => getComputedStyle(el, '::after').content),
      ).toBe('none');
      // Another view keeps the linked row (the URL still names it) and the count follows.
      await page.locator('[data-filter="customer"]').click();
      await expect(page).toHaveURL(/\?party=customer#manage-s3-bucket$/);
      await expect(page.locator('tbody tr:visible')).toHaveCount(countMatching(matrix, 'customer'));
      await expect(status).toContainText(String(countMatching(matrix, 'customer')));
      // Back to what the pressed button says: the line is for screen readers only (a 1 px clipped box).
      expect(await status.evaluate((el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
      expect(consoleProblems).toEqual([]);
    });
  }
});

/** WCAG contrast ratio of two sRGB colours given as [r, g, b] 0–255. */
function contrast(a: number[], b: number[]): number {
  const lum = (c: number[]) =>
    c
      .map((v) => v / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
      .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

test.describe('copy-link control', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${colorScheme}: every copy-link and report icon stands out from its row at 3:1 or more, the linked row too`, async ({
      browser,
    }) => {
      const context = await browser.newContext({colorScheme, viewport: {width: 1280, height: 800}});
      const page = await context.newPage();
      await gotoHydrated(page, `en/${PAGE}#scale-resources`);
      // The colour the icon is painted in, and the row's background as painted (stripes and highlight composited).
      const pairs = await page.locator('tbody tr button, tbody tr a[data-report]').evaluateAll((buttons) =>
        buttons.map((button) => {
          const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
          const layers: number[][] = [];
          for (let el: Element | null = button; el; el = el.parentElement) {
            const bg = parse(getComputedStyle(el).backgroundColor);
            if (bg.length === 3 || (bg.length === 4 && bg[3]! > 0)) layers.unshift(bg.length === 3 ? [...bg, 1] : bg);
            if (bg.length === 3 || bg[3] === 1) break;
          }
          let [r, g, b] = [255, 255, 255];
          for (const [lr, lg, lb, la] of layers)
            [r, g, b] = [lr! * la! + r * (1 - la!), lg! * la! + g * (1 - la!), lb! * la! + b * (1 - la!)];
          const style = getComputedStyle(button);
          return {
            id: button.closest('tr')!.id,
            icon: parse(style.color).slice(0, 3),
            background: [r, g, b],
            opacity: Number(style.opacity),
            visible: style.visibility === 'visible' && getComputedStyle(button, '::before').maskImage !== 'none',
          };
        }),
      );
      // A copy-link button and a report link in every row.
      expect(pairs).toHaveLength(allTasks(matrix).length * 2);
      for (const p of pairs) {
        expect(p.visible, p.id).toBe(true);
        expect(p.opacity, p.id).toBe(1);
        expect(contrast(p.icon, p.background), `${p.id}: ${p.icon} on ${p.background}`).toBeGreaterThanOrEqual(3);
      }
      await context.close();
    });
  }

  for (const {locale, prefix} of LOCALE_ROUTES) {
    test(`${locale} 360 px: the button sits beside its label, never on a line of its own`, async ({page}) => {
      await page.setViewportSize({width: 360, height: 740});
      await gotoHydrated(page, pagePath(prefix, PAGE));
      const rows = await page.locator('tbody tr').all();
      expect(rows).toHaveLength(allTasks(matrix).length);
      for (const row of rows) {
        const label = (await row.locator('th span').first().boundingBox())!;
        const button = (await row.getByRole('button').boundingBox())!;
        const id = await row.getAttribute('id');
        // To the right of the label's text, and level with its first line.
        expect(button.x, id!).toBeGreaterThanOrEqual(label.x + label.width - 1);
        expect(button.y, id!).toBeLessThan(label.y + 20);
        await expect(row.getByRole('button')).toHaveAccessibleName(/.+/);
      }
    });
  }
});

test.describe('row links', () => {
  test('copy-link copies the row URL and confirms it', async ({browser, baseURL}) => {
    const context = await browser.newContext({permissions: ['clipboard-read', 'clipboard-write']});
    const page = await context.newPage();
    await gotoHydrated(page, `en/${PAGE}`);
    const button = page.getByRole('button', {name: 'Copy link to “Break-glass access”'});
    await button.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}en/${PAGE}#break-glass-access`);
    await expect(page.locator('tr#break-glass-access').getByRole('status')).toHaveText('Link copied');
    await context.close();
  });

  test('every copy-link button is reachable by keyboard and named after its task', async ({page}) => {
    await gotoHydrated(page, PAGE);
    for (const task of allTasks(matrix)) {
      const button = page.locator(`tr#${task.id}`).getByRole('button');
      await expect(button).toHaveAccessibleName(`复制“${task.label['zh-Hans']}”的链接`);
      await button.focus();
      await expect(button).toBeFocused();
      expect(await button.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    }
  });

  test('a row opened by #task-id is highlighted below the sticky navbar', async ({page}) => {
    await page.setViewportSize({width: 390, height: 700});
    await gotoHydrated(page, `${PAGE}#disaster-recovery`);
    const row = page.locator('tr#disaster-recovery');
    await expect(row).toBeInViewport();
    const navbar = await page.locator('nav.navbar').boundingBox();
    expect((await row.boundingBox())!.y).toBeGreaterThanOrEqual(navbar!.y + navbar!.height);
    const background = (id: string) =>
      page.locator(`tr#${id} > th`).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background('disaster-recovery')).not.toBe(await background('service-level-agreement'));
  });

  test('section headings keep their hash links', async ({page}) => {
    await gotoHydrated(page, PAGE);
    for (const section of matrix.sections)
      await expect(page.locator(`h2#${section.id} a.hash-link`)).toHaveAttribute('href', `#${section.id}`);
  });
});

test.describe('phone', () => {
  for (const {locale, prefix} of LOCALE_ROUTES) {
    test(`${locale}: nothing is wider than a 360 or 390 px screen and no cell is cut off`, async ({page}) => {
      await page.setViewportSize({width: 360, height: 740});
      await gotoHydrated(page, pagePath(prefix, `${PAGE}?party=all`));
      // The narrowest phones, then the most common width (iPhone).
      for (const width of [360, 390]) {
        await page.setViewportSize({width, height: 740});
        const {problems, seen} = await page.evaluate(() => {
          const out: string[] = [];
          const found = {elements: 0, cells: 0};
          if (document.documentElement.scrollWidth > window.innerWidth)
            out.push(`page scrolls sideways: ${document.documentElement.scrollWidth}px`);
          for (const el of document.querySelectorAll<HTMLElement>('article *')) {
            found.elements++;
            const r = el.getBoundingClientRect();
            if (r.width > 0 && (r.right > window.innerWidth + 0.5 || r.left < -0.5) && el.checkVisibility())
              out.push(`${el.tagName}.${el.className} spans ${r.left}–${r.right}`);
          }
          for (const cell of document.querySelectorAll<HTMLElement>('table th, table td')) {
            found.cells++;
            if (cell.scrollWidth > cell.clientWidth + 1) out.push(`cell cut off: ${cell.textContent}`);
            // A Latin word split over two lines ("Custome / r") is cut off too, also where the word's end sits in
            // an element of its own (the label's last letter holds the report flag to it).
            const block = (n: Node) => {
              let el = n.parentElement!;
              while (getComputedStyle(el).display.startsWith('inline') && el !== cell) el = el.parentElement!;
              return el;
            };
            const pieces: {node: Text; start: number}[] = [];
            let text = '';
            const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
              if (!node.parentElement?.checkVisibility()) continue;
              const last = pieces.at(-1);
              if (last && block(last.node) !== block(node)) text += ' ';
              pieces.push({node, start: text.length});
              text += node.data;
            }
            const at = (i: number) => {
              const piece = [...pieces].reverse().find((p) => p.start <= i)!;
              return [piece.node, i - piece.start] as const;
            };
            for (const m of text.matchAll(/[A-Za-z][A-Za-z-]*/g)) {
              const range = document.createRange();
              range.setStart(...at(m.index));
              range.setEnd(...at(m.index + m[0].length - 1));
              range.setEnd(range.endContainer, range.endOffset + 1);
              const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
              if (lines.size > 1) out.push(`word broken: ${m[0]}`);
            }
          }
          return {problems: out, seen: found};
        });
        // Every table cell of the matrix was looked at: a header row and a row per task, a cell per party and the task.
        expect(seen.cells).toBe((matrix.sections.length + allTasks(matrix).length) * (matrix.parties.length + 1));
        expect(seen.elements).toBeGreaterThan(seen.cells);
        expect(problems, `${width} px`).toEqual([]);
      }
      // Readable, not shrunk: table text keeps at least 14 px.
      const fontSize = await page
        .locator('tbody th')
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(fontSize).toBeGreaterThanOrEqual(14);
    });
  }
});
