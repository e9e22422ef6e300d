import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {writeSitemaps} from '../../scripts/sitemaps/sitemaps';
import {sitemapSchemaErrors} from '../helpers/sitemapSchema';

const ROOT = 'https://example.com/docs/';

/** A sitemap as Docusaurus' sitemap plugin writes it (`lastmod: 'date'`). */
const pluginSitemap = (urls: [string, string | null][]) =>
  `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${urls
    .map(([loc, lastmod]) => `<url><loc>${loc}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`)
    .join('')}</urlset>`;

/** Each `<url>` of a sitemap: its loc, lastmod and alternates (hreflang → href), read with plain patterns. */
function readUrls(xml: string) {
  return [...xml.matchAll(/<url>(.*?)<\/url>/g)].map(([, url]) => ({
    loc: /<loc>(.*?)<\/loc>/.exec(url!)?.[1],
    lastmod: /<lastmod>(.*?)<\/lastmod>/.exec(url!)?.[1],
    alternates: Object.fromEntries(
      [...url!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => [m[1], m[2]]),
    ),
  }));
}

describe('writeSitemaps (after every locale is built)', () => {
  let outDir: string;
  const read = (file: string) => readFileSync(path.join(outDir, file), 'utf8');
  beforeEach(() => {
    outDir = mkdtempSync(path.join(tmpdir(), 'byoc-sitemaps-'));
    mkdirSync(path.join(outDir, 'en'));
    mkdirSync(path.join(outDir, 'ja'));
    writeFileSync(
      path.join(outDir, 'sitemap.xml'),
      pluginSitemap([
        [`${ROOT}`, '2026-11-29'],
        [`${ROOT}shared-responsibilities`, '2026-11-30'],
      ]),
    );
    writeFileSync(
      path.join(outDir, 'en/sitemap.xml'),
      pluginSitemap([
        [`${ROOT}en/`, '2026-11-29'],
        [`${ROOT}en/shared-responsibilities`, '2026-12-01'],
        // A page only the English site has, and one with no date (not committed yet).
        [`${ROOT}en/aws-only`, '2026-12-02'],
        [`${ROOT}en/draft`, null],
      ]),
    );
    writeFileSync(
      path.join(outDir, 'ja/sitemap.xml'),
      pluginSitemap([
        [`${ROOT}ja/`, '2026-11-29'],
        [`${ROOT}ja/shared-responsibilities`, '2026-11-30'],
      ]),
    );
  });
  afterEach(() => rmSync(outDir, {recursive: true, force: true}));

  it("gives each page the other locales' versions, x-default the Chinese one, and keeps every lastmod", async () => {
    expect(await writeSitemaps(outDir, ROOT)).toEqual([
      'sitemap.xml',
      'en/sitemap.xml',
      'ja/sitemap.xml',
      'sitemap_index.xml',
      'robots.txt',
    ]);
    const versions = {
      'zh-Hans': `${ROOT}shared-responsibilities`,
      en: `${ROOT}en/shared-responsibilities`,
      ja: `${ROOT}ja/shared-responsibilities`,
      'x-default': `${ROOT}shared-responsibilities`,
    };
    const en = readUrls(read('en/sitemap.xml'));
    expect(en).toEqual([
      {
        loc: `${ROOT}en/`,
        lastmod: '2026-11-29',
        alternates: {'zh-Hans': ROOT, en: `${ROOT}en/`, ja: `${ROOT}ja/`, 'x-default': ROOT},
      },
      {loc: `${ROOT}en/shared-responsibilities`, lastmod: '2026-12-01', alternates: versions},
      // No alternate to a page the other locales do not have; no x-default without a Chinese page.
      {loc: `${ROOT}en/aws-only`, lastmod: '2026-12-02', alternates: {en: `${ROOT}en/aws-only`}},
      {loc: `${ROOT}en/draft`, lastmod: undefined, alternates: {en: `${ROOT}en/draft`}},
    ]);
    expect(readUrls(read('sitemap.xml'))[1]).toEqual({
      loc: `${ROOT}shared-responsibilities`,
      lastmod: '2026-11-30',
      alternates: versions,
    });
    expect(readUrls(read('ja/sitemap.xml'))[1]!.alternates).toEqual(versions);
  });

  it('writes a sitemap index of every locale and a robots.txt naming it, all valid against the sitemap schema', async () => {
    await writeSitemaps(outDir, ROOT);
    const index = read('sitemap_index.xml');
    expect(
      [...index.matchAll(/<sitemap><loc>(.*?)<\/loc><lastmod>(.*?)<\/lastmod><\/sitemap>/g)].map((m) => [m[1], m[2]]),
    ).toEqual([
      [`${ROOT}sitemap.xml`, '2026-11-30'],
      [`${ROOT}en/sitemap.xml`, '2026-12-02'],
      [`${ROOT}ja/sitemap.xml`, '2026-11-30'],
    ]);
    expect(read('robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${ROOT}sitemap_index.xml\n`);
    for (const file of ['sitemap.xml', 'en/sitemap.xml', 'ja/sitemap.xml', 'sitemap_index.xml'])
      expect(await sitemapSchemaErrors(file, read(file)), file).toEqual([]);
  });

  it('the schema check does fail a malformed lastmod and a bad hreflang', async () => {
    await writeSitemaps(outDir, ROOT);
    const broken = read('sitemap.xml').replace('<lastmod>2026-11-30</lastmod>', '<lastmod>30 Nov 2026</lastmod>');
    expect((await sitemapSchemaErrors('sitemap.xml', broken)).join('\n')).toMatch(/lastmod.*30 Nov 2026/);
    const badLang = read('sitemap.xml').replace('hreflang="en"', 'hreflang="English"');
    expect((await sitemapSchemaErrors('sitemap.xml', badLang)).join('\n')).toMatch(/hreflang/);
  });

  it("names the file and the address when a locale's sitemap lists a page outside the locale", async () => {
    writeFileSync(path.join(outDir, 'ja/sitemap.xml'), pluginSitemap([[`${ROOT}en/stray`, '2026-11-29']]));
    await expect(writeSitemaps(outDir, ROOT)).rejects.toThrow(
      `ja/sitemap.xml: ${ROOT}en/stray is not below the locale's root ${ROOT}ja/`,
    );
  });

  it('leaves the sitemaps as built when the default locale was not built (a build of some locales only)', async () => {
    rmSync(path.join(outDir, 'sitemap.xml'));
    const before = read('en/sitemap.xml');
    expect(await writeSitemaps(outDir, ROOT)).toEqual([]);
    expect(read('en/sitemap.xml')).toBe(before);
    expect(existsSync(path.join(outDir, 'sitemap_index.xml'))).toBe(false);
  });
});
