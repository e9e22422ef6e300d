import type {Locator, Page} from '@playwright/test';
import {axeLightAndDark} from './axe';
import {stubRemoteImages} from './corpus';
import {expect, gotoHydrated, LOCALE_ROUTES, test} from './fixtures';

/**
 * The corpus' `networking/` folder, as the import files a tree: a category whose index page is its link, pages
 * ordered by `sidebar_position` (not by name), a one-locale English page, a Chinese page without a Japanese
 * translation, and a subfolder labelled by the `_category_.json` the docs team ships (translated in current.json).
 */
const NETWORKING = {
  'zh-Hans': {
    category: '网络',
    items: ['DNS 解析', '私网连接', /^Endpoints/, '防火墙'],
    firewall: ['出站规则', '安全组规则'],
    before: '旧版部署方式',
    after: '共同责任',
  },
  en: {
    category: 'Networking',
    items: ['DNS resolution', 'Private link', 'Endpoints', 'Firewall'],
    firewall: ['Egress rules', 'Security group rules'],
    before: 'Legacy deployment',
    after: 'Shared Responsibilities',
  },
  ja: {
    category: 'ネットワーク',
    items: [/^DNS 解析/, 'プライベートリンク', /^Endpoints/, 'ファイアウォール'],
    firewall: ['送信ルール', 'セキュリティグループルール'],
    before: '旧版部署方式',
    after: '共同责任',
  },
} as const;

const sidebar = (page: Page) => page.locator('.theme-doc-sidebar-menu');
/** The links of a sidebar list's own items (a category's label link included), not those of nested lists. */
const ownLinks = (list: Locator) => list.locator(':scope > li > a, :scope > li > div > a');
const category = (page: Page, label: string) =>
  sidebar(page).locator('li.theme-doc-sidebar-item-category', {
    has: page.locator(`:scope > div > a`, {hasText: label}),
  });
/** Which of the networking cards (DNS, private link, endpoints) are in another language, per locale. */
const CARD_LANGUAGES: Record<string, Record<string, string>> = {
  'zh-Hans': {'byoc-endpoints': 'en'},
  en: {},
  ja: {'byoc-dns': 'zh-Hans', 'byoc-endpoints': 'en'},
};
/** The cards of the page's `<DocCardList />`. */
const cards = (page: Page) => page.locator('main .theme-doc-markdown section.row > article a');

for (const {locale, prefix} of LOCALE_ROUTES) {
  const words = NETWORKING[locale];

  test(`${locale}: a folder is a category, in its place, its index first, its pages by sidebar_position`, async ({
    page,
  }) => {
    await stubRemoteImages(page);
    await page.setViewportSize({width: 1280, height: 900});
    await gotoHydrated(page, `${prefix}corpus/byoc-private-link`);
    const top = await ownLinks(sidebar(page)).allTextContents();
    expect(top.length).toBeGreaterThan(10);
    const at = top.indexOf(words.category);
    expect(at, top.join(' | ')).toBeGreaterThan(0);
    expect(top[at - 1]).toContain(words.before);
    expect(top[at + 1]).toContain(words.after);

    const networking = category(page, words.category);
    // The index page is the category's own link.
    await expect(networking.locator(':scope > div > a')).toHaveAttribute('href', /\/corpus\/byoc-networking$/);
    await expect(ownLinks(networking.locator(':scope > ul'))).toHaveText([...words.items]);
    await networking.locator(':scope > ul > li > div > a', {hasText: words.items[3]}).click();
    await expect(ownLinks(category(page, words.items[3] as string).locator(':scope > ul'))).toHaveText([
      ...words.firewall,
    ]);
  });

  test(`${locale}: Previous and Next follow the sidebar`, async ({page}) => {
    const chain = ['byoc-networking', 'byoc-dns', 'byoc-private-link', 'byoc-endpoints', 'byoc-egress'];
    await gotoHydrated(page, `${prefix}corpus/${chain[0]}`);
    for (const [i, slug] of chain.slice(1).entries()) {
      const next = page.locator('.pagination-nav__link--next');
      await expect(next).toHaveAttribute('href', new RegExp(`/corpus/${slug}$`));
      await next.click();
      await expect(page).toHaveURL(new RegExp(`/corpus/${slug}$`));
      await expect(page.locator('.pagination-nav__link--prev')).toHaveAttribute(
        'href',
        new RegExp(`/corpus/${chain[i]}$`),
      );
    }
  });

  test(`${locale}: a card list lists its own category, never its own page`, async ({page}) => {
    await gotoHydrated(page, `${prefix}corpus/byoc-private-link`);
    await expect(cards(page)).toHaveCount(3);
    for (const [i, slug] of ['byoc-dns', 'byoc-endpoints', 'byoc-egress'].entries())
      await expect(cards(page).nth(i)).toHaveAttribute('href', new RegExp(`/corpus/${slug}$`));
    // The category's index page lists the whole category.
    await gotoHydrated(page, `${prefix}corpus/byoc-networking`);
    await expect(cards(page)).toHaveCount(4);
    await expect(cards(page).nth(1)).toHaveAttribute('href', /\/corpus\/byoc-private-link$/);
    await expect(cards(page).nth(3)).toContainText(words.items[3]);
    // Drawn icons, not emoji a reader's system may lack.
    expect(await cards(page).first().locator('h2').textContent()).not.toMatch(/\p{Extended_Pictographic}/u);
    await expect(cards(page).first().locator('h2 svg')).toHaveCount(1);
    // A card for a doc in another language is tagged and marked as the sidebar link is.
    const shownIn = CARD_LANGUAGES[locale]!;
    for (const [i, slug] of ['byoc-dns', 'byoc-private-link', 'byoc-endpoints'].entries()) {
      const lang = shownIn[slug];
      const card = cards(page).nth(i);
      if (lang) {
        await expect(card.locator('xpath=..')).toHaveAttribute('lang', lang);
        await expect(card.locator('[data-language-marker]')).toHaveCount(1);
      } else {
        await expect(card.locator('xpath=..')).not.toHaveAttribute('lang', /./);
        await expect(card.locator('[data-language-marker]')).toHaveCount(0);
      }
    }
  });

  test(`${locale}: the home pages lead to every category and top-level page of their sidebar`, async ({page}) => {
    await stubRemoteImages(page);
    await gotoHydrated(page, `${prefix}corpus/byoc-home`);
    const top = ownLinks(sidebar(page));
    const count = await top.count();
    expect(count).toBeGreaterThan(10);
    // Every top-level item but the home page itself, in the sidebar's order.
    await expect(cards(page)).toHaveCount(count - 1);
    const sidebarHrefs = await top.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const cardHrefs = await cards(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(sidebarHrefs[0]).toMatch(/\/corpus\/byoc-home$/);
    expect(cardHrefs).toEqual(sidebarHrefs.slice(1));
    const networking = cards(page).and(page.locator('[href$="/corpus/byoc-networking"]'));
    await expect(networking).toHaveCount(1);
    await expect(networking).toContainText(words.category);

    // The site's own home page.
    await gotoHydrated(page, prefix);
    await expect(cards(page)).toHaveCount(1);
    await expect(cards(page)).toHaveAttribute('href', /\/shared-responsibilities$/);
  });
}

/** Sidebar links to pages shown in another language than the reader's, per locale: slug → [lang, screen-reader name]. */
const OTHER_LANGUAGE: Record<string, Record<string, [string, string]>> = {
  'zh-Hans': {'byoc-endpoints': ['en', 'Endpoints (英文)'], 'byoc-aws-vpc': ['en', 'Set up a VPC on AWS (英文)']},
  en: {'byoc-developer-hub': ['zh-Hans', '开发者中心 (Chinese)']},
  ja: {'byoc-dns': ['zh-Hans', 'DNS 解析 (中国語)'], 'byoc-endpoints': ['en', 'Endpoints (英語)']},
};
/** Sidebar links to pages in the reader's language, per locale (no mark, no `lang`). */
const OWN_LANGUAGE: Record<string, string[]> = {
  'zh-Hans': ['byoc-dns', 'byoc-developer-hub'],
  en: ['byoc-endpoints', 'byoc-dns'],
  ja: ['byoc-aws-vpc', 'byoc-private-link'],
};

for (const {locale, prefix} of LOCALE_ROUTES) {
  test(`${locale}: sidebar links to pages in another language carry its lang and a mark naming it`, async ({page}) => {
    await stubRemoteImages(page);
    await gotoHydrated(page, `${prefix}corpus/byoc-dns`);
    const entries = Object.entries(OTHER_LANGUAGE[locale]!);
    expect(entries.length).toBeGreaterThan(0);
    for (const [slug, [lang, name]] of entries) {
      const link = sidebar(page).locator(`a[href$="/corpus/${slug}"]`);
      await expect(link).toHaveAttribute('lang', lang);
      await expect(link.locator('[data-language-marker]')).toHaveText(
        new RegExp(`^${lang.slice(0, 2).toUpperCase()} \\(`),
      );
      await expect(link.locator('[data-language-marker] [aria-hidden="true"]')).toBeVisible();
      await expect(sidebar(page).getByRole('link', {name, exact: true})).toHaveCount(1);
    }
    for (const slug of OWN_LANGUAGE[locale]!) {
      const link = sidebar(page).locator(`a[href$="/corpus/${slug}"]`);
      await expect(link).toHaveCount(1);
      await expect(link).not.toHaveAttribute('lang', /./);
      await expect(link.locator('[data-language-marker]')).toHaveCount(0);
    }
  });
}

for (const width of [1280, 390]) {
  test(`the category pages and the sidebar pass axe at ${width} px`, async ({page}) => {
    await stubRemoteImages(page);
    await page.setViewportSize({width, height: 900});
    for (const [prefix, slug] of [
      ['', 'byoc-networking'],
      ['ja/', 'byoc-dns'],
      ['en/', 'byoc-home'],
    ] as const) {
      await gotoHydrated(page, `${prefix}corpus/${slug}`);
      if (width < 997) {
        // On a phone the sidebar is in the navbar's menu.
        await page.getByRole('button', {name: /navigation|导航|ナビゲーション/i}).click();
        await expect(sidebar(page)).toBeVisible();
      }
      expect(await axeLightAndDark(page), `${prefix}corpus/${slug}`).toEqual([]);
    }
  });
}
