import {stubRemoteImages} from './corpus';
import {axeLightAndDark} from './axe';
import {expect, gotoHydrated, LOCALE_ROUTES, test} from './fixtures';

/**
 * What real exports from every part of the Zilliz docs bring, as a reader
 * meets it in each locale: layout grids, landing-page sections, an API
 * reference block, links into every section of the Zilliz docs, images on
 * Zilliz's image hosts, and what the site cannot handle (an unknown
 * component, a link to nowhere, a page MDX cannot parse), which degrades
 * instead of breaking the build.
 */

/** Where each locale's reader goes for the Zilliz docs links of corpus/byoc-release-notes. */
const ZILLIZ_LINKS: Record<string, {reference: string; guide: string}> = {
  'zh-Hans': {
    reference: 'https://docs.zilliz.com.cn/reference/restful/describe-global-cluster-v2',
    guide: 'https://docs.zilliz.com.cn/docs/switchover-and-failover',
  },
  en: {
    reference: 'https://docs.zilliz.com/reference/restful/describe-global-cluster-v2',
    guide: 'https://docs.zilliz.com/docs/switchover-and-failover',
  },
  ja: {
    reference: 'https://docs.zilliz.com/ja-JP/reference/restful/describe-global-cluster-v2',
    guide: 'https://docs.zilliz.com/ja-JP/docs/switchover-and-failover',
  },
};

for (const {locale, prefix} of LOCALE_ROUTES) {
  test(`${locale}: release notes: the grid's columns side by side on a desktop, stacked on a phone; English anchors; Zilliz links in this language; the image from Zilliz's bucket`, async ({
    page,
    consoleProblems,
  }) => {
    const elsewhere = await stubRemoteImages(page);
    await page.setViewportSize({width: 1280, height: 800});
    await gotoHydrated(page, `${prefix}corpus/byoc-release-notes`);
    const grid = page.locator('article h2#global-cluster').locator('xpath=ancestor::div[contains(@class, "grid")][1]');
    await expect(grid).toHaveCount(1);
    const [date, notes] = [grid.locator(':scope > div').nth(0), grid.locator(':scope > div').nth(1)];
    const wide = [(await date.boundingBox())!, (await notes.boundingBox())!] as const;
    expect(wide[0].x + wide[0].width).toBeLessThanOrEqual(wide[1].x);
    expect(Math.abs(wide[0].y - wide[1].y)).toBeLessThan(2);
    // 20,80: the notes get about four times the date's width.
    expect(wide[1].width / wide[0].width).toBeGreaterThan(3);

    // The locales disagreed on the first heading's id (a typo in one); every locale uses the English one.
    await expect(page.locator('article h2').first()).toHaveAttribute('id', 'global-cluster');
    await expect(page.locator('article a[href$="/reference/restful/describe-global-cluster-v2"]')).toHaveAttribute(
      'href',
      ZILLIZ_LINKS[locale]!.reference,
    );
    await expect(page.locator('article a[href$="/docs/switchover-and-failover"]')).toHaveAttribute(
      'href',
      ZILLIZ_LINKS[locale]!.guide,
    );
    // A BYOC page this site carries stays here.
    await expect(page.locator('article a[href$="/corpus/byoc-network"]')).toHaveAttribute(
      'href',
      `/byoc-docs/${prefix}corpus/byoc-network`,
    );
    const image = page.locator('article img.remote-image');
    await expect(image).toHaveAttribute('loading', 'lazy');
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(800);

    await page.setViewportSize({width: 390, height: 844});
    const narrow = [(await date.boundingBox())!, (await notes.boundingBox())!] as const;
    expect(narrow[0].y + narrow[0].height).toBeLessThanOrEqual(narrow[1].y);
    expect(Math.abs(narrow[0].width - narrow[1].width)).toBeLessThan(2);
    expect(elsewhere).toEqual([]);
    expect(consoleProblems).toEqual([]);
  });
}

test('a deep link to a heading inside a grid opens cold at it, in every locale', async ({page}) => {
  for (const {prefix} of LOCALE_ROUTES) {
    await page.setViewportSize({width: 1280, height: 800});
    await gotoHydrated(page, `${prefix}corpus/byoc-release-notes#storage`);
    const heading = page.locator('article h2#storage');
    await expect(heading).toBeInViewport();
    const top = (await heading.boundingBox())!.y;
    const navbar = (await page.locator('nav.navbar').boundingBox())!;
    expect(top).toBeGreaterThanOrEqual(navbar.y + navbar.height - 1);
  }
});

test('an API reference page: method, endpoint, parameters, body fields, a curl example and the response', async ({
  page,
}) => {
  await page.setViewportSize({width: 1280, height: 800});
  await gotoHydrated(page, 'en/corpus/byoc-list-clusters');
  const article = page.locator('article');
  await expect(article.getByText('GET', {exact: true})).toBeVisible();
  await expect(article.locator('code', {hasText: /^\/v2\/clusters$/})).toBeVisible();
  await expect(article.getByRole('link', {name: 'Zilliz BYOC'})).toHaveAttribute('href', 'https://zilliz.com/byoc');
  const parameters = page.getByRole('region', {name: 'Table: Parameters'});
  await expect(parameters.locator('tbody th')).toHaveText([/^Authorization\s*Required$/, 'projectId', 'pageSize']);
  await expect(parameters.locator('tbody tr').nth(2)).toContainText('Possible values: 10, 50, 100');
  const body = page.getByRole('region', {name: 'Table: Request body'});
  await expect(body.locator('tbody th')).toHaveText([
    /^regionId\s*Required$/,
    'labels',
    'labels[].key',
    'labels[].value',
  ]);
  const curl = article.locator('pre', {hasText: 'curl'});
  await expect(curl).toContainText('--request GET');
  await expect(curl).toContainText('"regionId": "aws-us-west-2"');
  const response = page.getByRole('region', {name: 'Table: Response body'});
  await expect(response.locator('tbody th')).toHaveText([
    'code',
    'data',
    'data.count',
    'data.clusters',
    'data.clusters[].clusterId',
    'data.clusters[].status',
  ]);
  await expect(article.locator('pre', {hasText: 'in01-3e5ad8adc38c'})).toBeVisible();
  expect(await axeLightAndDark(page)).toEqual([]);
});

test('the same API page for a Japanese reader: the English reference under a notice, its tables in Japanese chrome', async ({
  page,
}) => {
  await gotoHydrated(page, 'ja/corpus/byoc-list-clusters');
  await expect(page.getByRole('region', {name: '表：パラメーター'})).toBeVisible();
  await expect(page.locator('article').getByText('Possible values', {exact: false})).toHaveCount(0);
  await expect(page.locator('article h2').first()).toHaveText('リクエスト');
});

for (const width of [1280, 390]) {
  test(`landing-page sections at ${width} px: content in order, cards in a grid, unknown components as their content, links to nowhere as text, axe`, async ({
    page,
  }) => {
    await page.setViewportSize({width, height: 900});
    await gotoHydrated(page, 'corpus/byoc-developer-hub');
    const article = page.locator('article');
    await expect(article.locator('section h1')).toHaveText('欢迎使用 Zilliz Cloud BYOC');
    const cards = article
      .locator('section')
      .filter({has: page.locator('h2#get-started')})
      .locator('li');
    await expect(cards).toHaveCount(2);
    const [first, second] = [(await cards.nth(0).boundingBox())!, (await cards.nth(1).boundingBox())!];
    if (width === 1280) expect(Math.abs(first.y - second.y)).toBeLessThan(2);
    else expect(first.y + first.height).toBeLessThanOrEqual(second.y);
    // The unknown <FeatureNote> and <Carousel>: their words, nothing of their names; the link to nowhere is text.
    await expect(article.getByText('该功能目前仅在部分地域提供')).toBeVisible();
    await expect(article.getByText('多家企业已在生产环境中使用 BYOC。')).toBeVisible();
    expect(await article.innerText()).not.toMatch(/FeatureNote|Carousel/);
    await expect(article.getByText('联系我们')).toBeVisible();
    await expect(article.getByRole('link', {name: '联系我们'})).toHaveCount(0);
    // Code blocks nested in a numbered list keep their language and stay inside the column.
    const code = article.locator('li pre');
    await expect(code).toHaveCount(2);
    for (const box of [(await code.nth(0).boundingBox())!, (await code.nth(1).boundingBox())!])
      expect(box.x + box.width).toBeLessThanOrEqual(width);
    expect(await axeLightAndDark(page)).toEqual([]);
  });
}

for (const {locale, prefix} of LOCALE_ROUTES) {
  test(`${locale}: a page MDX cannot parse is shown as its source under a notice, and the rest of the site built`, async ({
    page,
  }) => {
    const response = await gotoHydrated(page, `${prefix}corpus/byoc-broken-mdx`);
    expect(response?.status()).toBe(200);
    const notice = page.locator('article .theme-admonition-warning');
    await expect(notice).toContainText(
      {
        'zh-Hans': '此页面暂时无法正常显示',
        en: 'This page cannot be displayed properly yet',
        ja: 'このページはまだ正しく表示できません',
      }[locale]!,
    );
    await expect(notice).toContainText(/21/);
    await expect(page.locator('article pre')).toContainText('目标集群的容量 {不少于源集群的 1.5 倍。');
    await expect(page.locator('article h1')).toHaveText('迁移检查清单');
  });
}
