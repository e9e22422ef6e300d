import {createReadStream, existsSync} from 'node:fs';
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {Readable} from 'node:stream';
import {parseSitemap, SitemapIndexStream, SitemapStream, streamToPromise, type SitemapItem} from 'sitemap';
import {DEFAULT_LOCALE, LOCALES, LOCALE_SETTINGS, localePrefix, type Locale} from '../../src/i18n/locales';

/** The file each locale's build writes (the sitemap plugin's default name), below the locale's folder. */
export const SITEMAP_FILE = 'sitemap.xml';
/** The index of every locale's sitemap, at the site's root. */
export const SITEMAP_INDEX_FILE = 'sitemap_index.xml';

/** A locale's URLs start with this: the site's root and the locale's prefix (`en/`). */
export const localeRoot = (siteRoot: string, locale: Locale): string => `${siteRoot}${localePrefix(locale).slice(1)}`;

/**
 * Each locale's sitemap items with `xhtml:link` alternates: every locale whose sitemap has the same page (the same
 * path below its locale's root), by its `hreflang` (the `<html lang>` of its pages), and `x-default`, the default
 * locale's page, as the pages' own `<link rel="alternate">` tags say. A page missing from a locale gets no alternate
 * there, so every alternate is a page that exists.
 */
export function withAlternates(
  sitemaps: ReadonlyMap<Locale, readonly SitemapItem[]>,
  siteRoot: string,
): Map<Locale, SitemapItem[]> {
  const pathOf = (locale: Locale, url: string): string => {
    const root = localeRoot(siteRoot, locale);
    if (!url.startsWith(root))
      throw new Error(`${localePrefix(locale).slice(1)}${SITEMAP_FILE}: ${url} is not below the locale's root ${root}`);
    return url.slice(root.length);
  };
  const urls = new Map<string, Map<Locale, string>>();
  for (const [locale, items] of sitemaps)
    for (const item of items) {
      const page = pathOf(locale, item.url);
      urls.set(page, (urls.get(page) ?? new Map()).set(locale, item.url));
    }
  const result = new Map<Locale, SitemapItem[]>();
  for (const [locale, items] of sitemaps)
    result.set(
      locale,
      items.map((item) => {
        const versions = urls.get(pathOf(locale, item.url))!;
        const links = LOCALES.filter((l) => versions.has(l)).map((l) => ({
          lang: LOCALE_SETTINGS[l].htmlLang,
          url: versions.get(l)!,
        }));
        const fallback = versions.get(DEFAULT_LOCALE);
        if (fallback !== undefined) links.push({lang: 'x-default', url: fallback});
        return {...item, links};
      }),
    );
  return result;
}

/** The newest `lastmod` of a sitemap's items (dates and datetimes compare as ISO 8601 text). */
export function newestLastmod(items: readonly SitemapItem[]): string | undefined {
  return items
    .map((i) => i.lastmod)
    .filter((d): d is string => d !== undefined)
    .sort()
    .at(-1);
}

const xml = async (stream: SitemapStream | SitemapIndexStream, items: readonly object[]): Promise<string> => {
  const text = streamToPromise(Readable.from(items).pipe(stream));
  return (await text).toString();
};

/** robots.txt: every crawler may read everything; the sitemap index lists every locale's sitemap. */
export const robotsTxt = (siteRoot: string): string =>
  ['User-agent: *', 'Allow: /', '', `Sitemap: ${siteRoot}${SITEMAP_INDEX_FILE}`, ''].join('\n');

/**
 * After every locale's build (the sitemap plugin has written one sitemap per locale): adds the alternates to each
 * locale's sitemap, writes the sitemap index and robots.txt at the site's root (`outDir`). Reads the locales whose
 * sitemap is there, and writes nothing without the default locale's. Returns the files written, relative to `outDir`.
 */
export async function writeSitemaps(outDir: string, siteRoot: string): Promise<string[]> {
  const sitemaps = new Map<Locale, SitemapItem[]>();
  for (const locale of LOCALES) {
    const file = path.join(outDir, localePrefix(locale).slice(1), SITEMAP_FILE);
    if (existsSync(file)) sitemaps.set(locale, await parseSitemap(createReadStream(file)));
  }
  // A build of some locales only (`npm run build -- --locale en`) has no site root to write: its sitemaps stay as built.
  if (!sitemaps.has(DEFAULT_LOCALE)) return [];
  const written: string[] = [];
  for (const [locale, items] of withAlternates(sitemaps, siteRoot)) {
    const file = `${localePrefix(locale).slice(1)}${SITEMAP_FILE}`;
    await writeFile(path.join(outDir, file), await xml(new SitemapStream({lastmodDateOnly: true}), items));
    written.push(file);
  }
  const index = [...sitemaps].map(([locale, items]) => ({
    url: `${localeRoot(siteRoot, locale)}${SITEMAP_FILE}`,
    lastmod: newestLastmod(items),
  }));
  await writeFile(
    path.join(outDir, SITEMAP_INDEX_FILE),
    await xml(new SitemapIndexStream({lastmodDateOnly: true}), index),
  );
  await writeFile(path.join(outDir, 'robots.txt'), robotsTxt(siteRoot));
  written.push(SITEMAP_INDEX_FILE, 'robots.txt');
  return written;
}
