import {stubRemoteImages} from './corpus';
import {axeLightAndDark} from './axe';
import {expect, gotoHydrated, LOCALE_ROUTES, test} from './fixtures';

/**
 * Exported pages read as written: emphasis and entities as meant, tables that show they
 * scroll and keep their header in view, tab bars that scroll, images at their
 * own size with a placeholder when they fail.
 */

// Markdown debris (literal ** or character references) is looked for on every corpus page, in every locale, by
// e2e/authoring.spec.ts.
test('emphasis next to Chinese punctuation and escaped character references render as written', async ({page}) => {
  await gotoHydrated(page, 'corpus/byoc-comparison');
  await expect(page.locator('article strong').first()).toHaveText('资源限制：');
  await expect(page.locator('article strong').nth(1)).toHaveText('注意');
  await expect(page.locator('article p').last()).toContainText(
    '将 <endpoint> 替换为您的集群地址。请勿在 <代码> 中写入密钥 & 令牌',
  );
});

for (const width of [1280, 390]) {
  test(`a wide, long table at ${width} px: a cue that it scrolls, its header in view while its rows scroll`, async ({
    page,
  }) => {
    await page.setViewportSize({width, height: 800});
    await gotoHydrated(page, 'corpus/byoc-comparison');
    const region = page.getByRole('region', {name: /功能矩阵/});
    await expect(region).toHaveCount(1);
    const sizes = await region.evaluate((el) => ({
      scrollWidth: el.scrollWidth,
      clientWidth: el.clientWidth,
      scrollHeight: el.scrollHeight,
      clientHeight: el.clientHeight,
      gradients: (getComputedStyle(el).backgroundImage.match(/gradient\(/g) ?? []).length,
    }));
    // Every column is reachable: the box scrolls sideways where the table is wider, and says so by its shadows.
    expect(sizes.scrollWidth).toBeGreaterThan(sizes.clientWidth);
    expect(sizes.gradients).toBe(4);
    // A long table scrolls within a box no taller than the screen, its scrollbar in view.
    expect(sizes.clientHeight).toBeLessThanOrEqual(800 * 0.75 + 1);
    expect(sizes.scrollHeight).toBeGreaterThan(sizes.clientHeight);
    await region.scrollIntoViewIfNeeded();
    await region.hover();
    await page.mouse.wheel(0, 400);
    await expect.poll(() => region.evaluate((el) => el.scrollTop)).toBeGreaterThan(100);
    const header = region.locator('thead th').first();
    await expect(header).toBeVisible();
    const [headerBox, regionBox] = [(await header.boundingBox())!, (await region.boundingBox())!];
    expect(Math.abs(headerBox.y - regionBox.y)).toBeLessThan(2);
    // The last column can be scrolled to, by keyboard too.
    await region.focus();
    const atEnd = () => region.evaluate((el) => el.scrollLeft + el.clientWidth >= el.scrollWidth - 2);
    for (let i = 0; i < 60 && !(await atEnd()); i++) await page.keyboard.press('ArrowRight', {delay: 30});
    expect(await atEnd()).toBe(true);
    await expect(region.locator('thead th').last()).toBeInViewport();
  });
}

test('a tab bar wider than a phone scrolls and clips no label', async ({page}) => {
  await page.setViewportSize({width: 390, height: 844});
  await gotoHydrated(page, 'corpus/byoc-comparison');
  const tabs = page.getByRole('tab');
  await expect(tabs).toHaveCount(6);
  const clipped = await tabs.evaluateAll((els) => els.filter((el) => el.scrollWidth > el.clientWidth + 1).length);
  expect(clipped).toBe(0);
  const curl = page.getByRole('tab', {name: 'cURL'});
  await curl.scrollIntoViewIfNeeded();
  await curl.click();
  await expect(page.locator('[role="tabpanel"]:not([hidden])')).toContainText('curl --request POST');
});

for (const {locale, prefix} of LOCALE_ROUTES) {
  test(`${locale}: images at their own size, no editor token as a description, a translated placeholder for one that fails`, async ({
    page,
  }) => {
    await stubRemoteImages(page);
    await page.setViewportSize({width: 1280, height: 900});
    await gotoHydrated(page, `${prefix}corpus/byoc-diagrams`);
    const article = page.locator('article');
    const images = article.locator('img');
    await expect(images).toHaveCount(3);
    for (const i of [0, 1, 2]) await images.nth(i).scrollIntoViewIfNeeded();
    const shown = await images.evaluateAll((els) =>
      els.map((el) => {
        const img = el as HTMLImageElement;
        const box = img.getBoundingClientRect();
        return {alt: img.alt, natural: [img.naturalWidth, img.naturalHeight], box: [box.width, box.height]};
      }),
    );
    // The formula is not blown up; the tall dialog keeps its shape; the remote diagram its own proportions.
    expect(shown[0]).toEqual({alt: '', natural: [240, 40], box: [240, 40]});
    expect(shown[1]!.natural).toEqual([400, 900]);
    expect(shown[1]!.box[1]! / shown[1]!.box[0]!).toBeCloseTo(900 / 400, 2);
    expect(shown[1]!.box[0]!).toBeGreaterThanOrEqual(300);
    expect(shown[2]!.alt).toBe('');
    expect(shown[2]!.box[1]! / shown[2]!.box[0]!).toBeCloseTo(450 / 800, 2);
    const placeholder = {'zh-Hans': '图片无法加载', en: 'Image unavailable', ja: '画像を読み込めません'}[locale]!;
    const failed = article.locator('[data-image-failed]');
    await expect(failed).toHaveCount(2);
    await expect(failed.nth(0)).toHaveText(new RegExp(`^${placeholder}\\s*网络拓扑$`));
    await expect(failed.nth(1)).toHaveText(new RegExp(`^${placeholder}\\s*BYOC 数据流示意图$`));
    expect(await article.innerText()).not.toMatch(/QJ1jwpa8YhQegqbrAYWcJEOUnWf|W3kLp9Qz|Fm1aXq7/);
    if (locale === 'en') expect(await axeLightAndDark(page)).toEqual([]);
  });
}

test('on a page shown in another language, its table of contents and breadcrumb carry that language; on its own, none', async ({
  page,
}) => {
  await page.setViewportSize({width: 1280, height: 800});
  await gotoHydrated(page, 'ja/corpus/byoc-comparison');
  const toc = page.locator('.theme-doc-toc-desktop');
  await expect(toc.locator('[lang="zh-Hans"] a')).toHaveText(['功能矩阵', '连接示例']);
  const crumbs = page.locator('.theme-doc-breadcrumbs');
  await expect(crumbs.locator('.breadcrumbs__item--active [lang="zh-Hans"]')).toHaveText('功能对比');
  await gotoHydrated(page, 'corpus/byoc-comparison');
  await expect(toc.locator('a')).toHaveCount(2);
  await expect(toc.locator('[lang]')).toHaveCount(0);
  await expect(crumbs.locator('.breadcrumbs__item--active')).toHaveText('功能对比');
  await expect(crumbs.locator('[lang]')).toHaveCount(0);
});

for (const {locale, prefix} of LOCALE_ROUTES)
  test(`${locale}: a link that leaves for the Zilliz docs says it opens a new tab`, async ({page}) => {
    await gotoHydrated(page, `${prefix}corpus/byoc-release-notes`);
    const link = page.locator('article a[href$="/reference/restful/describe-global-cluster-v2"]');
    await expect(link).toHaveAttribute('target', '_blank');
    const newTab = {'zh-Hans': '（在新标签页中打开）', en: '(opens in new tab)', ja: '（新しいタブで開きます）'}[
      locale
    ]!;
    await expect(link.locator('svg')).toHaveAttribute('aria-label', newTab);
    await expect(link).toHaveAccessibleName(new RegExp(`${newTab.replace(/[()]/g, '\\$&')}$`));
    // A link within the site does not.
    await expect(page.locator('article a[href$="/corpus/byoc-network"] svg')).toHaveCount(0);
  });

test('admonitions show the theme’s icons, not the export’s emoji; a demo without a title is named by its heading', async ({
  page,
}) => {
  for (const path of ['corpus/byoc-data-resilience', 'corpus/byoc-comparison']) {
    await gotoHydrated(page, path);
    const notes = page.locator('article .theme-admonition');
    expect(await notes.count(), path).toBeGreaterThan(0);
    for (const text of await notes.allInnerTexts()) expect(text).not.toMatch(/\p{Extended_Pictographic}/u);
    expect(await notes.locator('svg').count()).toBe(await notes.count());
  }
  await expect(page.locator('article .theme-admonition').first()).toContainText(/^注/);
  await gotoHydrated(page, 'corpus/byoc-developer-hub');
  await expect(page.getByRole('link', {name: '在 Supademo 打开演示：常用操作'})).toBeVisible();
});

test('on a touch screen, the code block’s copy button shows without hovering', async ({browser}) => {
  const context = await browser.newContext({viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true});
  const page = await context.newPage();
  await gotoHydrated(page, 'corpus/byoc-sdk-install');
  const copy = page.locator('article .theme-code-block button').first();
  await expect(copy).toHaveCount(1);
  await expect.poll(() => copy.evaluate((b) => Number(getComputedStyle(b).opacity))).toBeGreaterThan(0.5);
  await context.close();
});

test('the previous/next link to a page shown in another language names it in that language', async ({page}) => {
  await page.setViewportSize({width: 1280, height: 800});
  await gotoHydrated(page, 'ja/corpus/byoc-comparison');
  const links = page.locator('.theme-doc-sidebar-menu a.menu__link[href]');
  const sidebar = await links.evaluateAll((as) =>
    as.map((a) => ({href: (a as HTMLAnchorElement).pathname, lang: a.getAttribute('lang')})),
  );
  expect(sidebar.length).toBeGreaterThan(3);
  const marked = sidebar.findIndex((l, i) => i > 0 && l.lang !== null && sidebar[i - 1]!.lang === null);
  expect(marked).toBeGreaterThan(0);
  await gotoHydrated(page, sidebar[marked - 1]!.href.replace(/^\/byoc-docs\//, ''));
  const next = page.locator('.pagination-nav__link--next');
  await expect(next).toHaveAttribute('href', sidebar[marked]!.href);
  await expect(next.locator('.pagination-nav__label [lang]')).toHaveAttribute('lang', sidebar[marked]!.lang!);
});
