#!/usr/bin/env node
/**
 * Screenshots of the Shared Responsibilities page for a human to look at:
 * every locale × light/dark × 390/1280 px, the first screen (what a reader
 * meets on arrival) and the whole page, plus filtered, deep-linked and print
 * views, the search bar's open suggestions and the results page. Also rewrites the images the README shows (docs-assets/readme/).
 * Needs a test build (node scripts/build-for-tests.mjs).
 *
 *   node scripts/screenshots.mjs [out=artifacts/screenshots]
 */
import {mkdirSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import createJiti from 'jiti';
import {chromium} from '@playwright/test';
import {portOf, startServer} from './serve-gh-pages.mjs';
import {TEST_BASE_URL, TEST_BUILD_DIR} from './lib/testSite.mjs';
import {CHROMIUM_FLAGS, CHROMIUM_PATH} from './lib/chromium.mjs';

const load = createJiti(fileURLToPath(import.meta.url));
const {LOCALES, localePrefix} = load('../src/i18n/locales.ts');

const {positionals} = parseArgs({allowPositionals: true});
const out = positionals[0] ?? 'artifacts/screenshots';
const README_DIR = 'docs-assets/readme';
mkdirSync(out, {recursive: true});
mkdirSync(README_DIR, {recursive: true});
const server = await startServer({dir: TEST_BUILD_DIR, base: TEST_BASE_URL, port: 0});
const origin = `http://127.0.0.1:${portOf(server)}${TEST_BASE_URL}`;
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_FLAGS,
});

/** @type {Record<390 | 1280, number>} */
const HEIGHT = {390: 844, 1280: 800};
/** A task's word per locale, typed into the search box for the suggestion shots. */
/** @type {Record<string, string>} */
const SEARCH_TERM = {'zh-Hans': '漏洞', en: 'vulnerabilities', ja: '脆弱性'};
/** @type {{name: string, path: string, scheme: 'light' | 'dark', width: 390 | 1280, fullPage?: boolean, print?: boolean, search?: string}[]} */
const shots = [];
for (const locale of LOCALES) {
  const prefix = localePrefix(locale).slice(1);
  const page = `${prefix}shared-responsibilities`;
  for (const scheme of /** @type {const} */ (['light', 'dark'])) {
    for (const width of /** @type {const} */ ([390, 1280])) {
      shots.push({name: `${locale}-${scheme}-${width}-arrival`, path: page, scheme, width});
      shots.push({name: `${locale}-${scheme}-${width}-full`, path: page, scheme, width, fullPage: true});
      shots.push({name: `${locale}-${scheme}-${width}-search`, path: page, scheme, width, search: SEARCH_TERM[locale]});
    }
    shots.push({
      name: `${locale}-${scheme}-1280-filter-zilliz-linked`,
      path: `${page}?party=zilliz#manage-s3-bucket`,
      scheme,
      width: 1280,
    });
    shots.push({name: `${locale}-${scheme}-390-target`, path: `${page}#break-glass-access`, scheme, width: 390});
  }
  shots.push({name: `${locale}-light-1280-landing`, path: prefix, scheme: 'light', width: 1280});
  shots.push({name: `${locale}-light-390-search-page`, path: `${prefix}search?q=S3`, scheme: 'light', width: 390});
  shots.push({
    name: `${locale}-light-1280-print-shared`,
    path: `${page}?party=shared`,
    scheme: 'light',
    width: 1280,
    fullPage: true,
    print: true,
  });
}
// What the README shows: the English page on arrival, light and dark, desktop and phone.
const readme = new Set([
  'en-light-1280-arrival',
  'en-dark-1280-arrival',
  'en-light-390-arrival',
  'en-dark-390-arrival',
]);

for (const shot of shots) {
  const page = await browser.newPage({
    viewport: {width: shot.width, height: HEIGHT[shot.width]},
    colorScheme: shot.scheme,
  });
  await page.goto(origin + shot.path);
  await page.waitForSelector('html[data-has-hydrated="true"]');
  await page.waitForLoadState('networkidle');
  if (shot.print) await page.emulateMedia({media: 'print'});
  if (shot.search) {
    await page.getByRole('combobox').click();
    await page.keyboard.type(shot.search, {delay: 80});
    await page.locator(`[data-answered="${shot.search}"] [role="option"]`).first().waitFor();
  }
  if (shot.path.includes('search?q=')) await page.locator('main li a').first().waitFor();
  await page.screenshot({path: `${out}/${shot.name}.png`, fullPage: Boolean(shot.fullPage)});
  if (readme.has(shot.name)) await page.screenshot({path: `${README_DIR}/${shot.name}.png`});
  await page.close();
}
const pdfPage = await browser.newPage();
await pdfPage.goto(`${origin}en/shared-responsibilities?party=zilliz`);
await pdfPage.waitForSelector('html[data-has-hydrated="true"]');
await pdfPage.pdf({path: `${out}/en.pdf`, format: 'A4', displayHeaderFooter: true, printBackground: false});
await browser.close();
server.close();
console.log(`${shots.length} screenshots and en.pdf in ${out}; README images in ${README_DIR}`);
