import {LOCALE_SETTINGS} from '../src/i18n/locales';
import {expect, LOCALE_ROUTES, test} from './fixtures';
import {sitemapSchemaErrors} from '../test/helpers/sitemapSchema';

/** Each `<url>` of a sitemap (valid against the schema first): its loc, lastmod and alternates. */
function readUrls(xml: string) {
  return [...xml.matchAll(/<url>(.*?)<\/url>/g)].map(([, url]) => ({
    loc: /<loc>(.*?)<\/loc>/.exec(url!)![1]!,
    lastmod: /<lastmod>(.*?)<\/lastmod>/.exec(url!)?.[1],
    alternates: [...url!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => ({
      hreflang: m[1]!,
      href: m[2]!,
    })),
  }));
}

test('robots.txt names the sitemap index; the index and every locale’s sitemap are valid, dated, and every alternate resolves', async ({
  request,
  baseURL,
}) => {
  const get = async (url: string) => {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    return response.text();
  };
  expect(await get('robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${baseURL}sitemap_index.xml\n`);

  const index = await get('sitemap_index.xml');
  expect(await sitemapSchemaErrors('sitemap_index.xml', index)).toEqual([]);
  const sitemaps = [...index.matchAll(/<sitemap><loc>(.*?)<\/loc><lastmod>\d{4}-\d{2}-\d{2}<\/lastmod>/g)].map(
    (m) => m[1],
  );
  expect(sitemaps).toEqual(LOCALE_ROUTES.map(({prefix}) => `${baseURL}${prefix}sitemap.xml`));

  const alternates = new Set<string>();
  for (const {locale, prefix} of LOCALE_ROUTES) {
    const xml = await get(`${prefix}sitemap.xml`);
    expect(await sitemapSchemaErrors(`${prefix}sitemap.xml`, xml)).toEqual([]);
    const urls = readUrls(xml);
    expect(urls.length, locale).toBeGreaterThan(10);
    for (const url of urls) {
      expect(url.loc.startsWith(`${baseURL}${prefix}`), url.loc).toBe(true);
      // Every page of the test build is committed: each has its date.
      expect(url.lastmod, url.loc).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // The page itself among its versions, and each version in its own locale's part of the site.
      expect(url.alternates, url.loc).toContainEqual({hreflang: LOCALE_SETTINGS[locale].htmlLang, href: url.loc});
      for (const {hreflang, href} of url.alternates) {
        const target = LOCALE_ROUTES.find((l) => LOCALE_SETTINGS[l.locale].htmlLang === hreflang) ?? LOCALE_ROUTES[0]!;
        expect(href.startsWith(`${baseURL}${target.prefix}`), `${url.loc}: ${hreflang} ${href}`).toBe(true);
        alternates.add(href);
      }
    }
    // The matrix page: every locale's version plus x-default, the Chinese one at the root; its date is the one
    // the page shows.
    const matrixPage = urls.find((u) => u.loc === `${baseURL}${prefix}shared-responsibilities`)!;
    expect(matrixPage.alternates).toEqual([
      {hreflang: 'zh-Hans', href: `${baseURL}shared-responsibilities`},
      {hreflang: 'en', href: `${baseURL}en/shared-responsibilities`},
      {hreflang: 'ja', href: `${baseURL}ja/shared-responsibilities`},
      {hreflang: 'x-default', href: `${baseURL}shared-responsibilities`},
    ]);
    const html = await get(`${prefix}shared-responsibilities`);
    expect(/itemprop=dateModified/.test(html)).toBe(true);
    expect(/<time datetime=(\d{4}-\d{2}-\d{2})T[^ >]* itemprop=dateModified>/.exec(html)?.[1]).toBe(matrixPage.lastmod);
  }
  // Every alternate is a page that answers.
  expect(alternates.size).toBeGreaterThan(30);
  for (const href of alternates) expect((await request.get(href)).status(), href).toBe(200);
});
