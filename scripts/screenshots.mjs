#!/usr/bin/env node
/**
 * Screenshots of the Shared Responsibilities page for a human to look at:
 * every locale × light/dark × 390/1280 px, plus filtered, deep-linked and
 * print views. Needs a test build (node scripts/build-for-tests.mjs).
 *
 *   node scripts/screenshots.mjs [out=artifacts/screenshots]
 */
import {mkdirSync} from 'node:fs';
import {chromium} from '@playwright/test';
import {startServer} from './serve-gh-pages.mjs';
import {TEST_BASE_URL, TEST_BUILD_DIR} from '../e2e/site.config.mjs';
import {CHROMIUM_FLAGS, CHROMIUM_PATH} from './lib/chromium.mjs';

const out = process.argv[2] ?? 'artifacts/screenshots';
mkdirSync(out, {recursive: true});
const server = await startServer({dir: TEST_BUILD_DIR, base: TEST_BASE_URL, port: 0});
const origin = `http://127.0.0.1:${server.address().port}${TEST_BASE_URL}`;
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_FLAGS,
});

const shots = [];
for (const [locale, prefix] of [['zh', ''], ['en', 'en/'], ['ja', 'ja/']]) {
  for (const scheme of ['light', 'dark']) {
    for (const width of [390, 1280]) {
      shots.push({name: `${locale}-${scheme}-${width}`, path: `${prefix}shared-responsibilities`, scheme, width, fullPage: true});
    }
    shots.push({name: `${locale}-${scheme}-1280-filter-customer`, path: `${prefix}shared-responsibilities?party=customer`, scheme, width: 1280, fullPage: true});
    shots.push({name: `${locale}-${scheme}-390-target`, path: `${prefix}shared-responsibilities#break-glass-access`, scheme, width: 390});
  }
  shots.push({name: `${locale}-light-1280-landing`, path: prefix, scheme: 'light', width: 1280});
  shots.push({name: `${locale}-light-1280-print`, path: `${prefix}shared-responsibilities?party=shared`, scheme: 'light', width: 1280, fullPage: true, print: true});
}

for (const shot of shots) {
  const page = await browser.newPage({viewport: {width: shot.width, height: 900}, colorScheme: shot.scheme});
  await page.goto(origin + shot.path);
  await page.waitForSelector('html[data-has-hydrated="true"]');
  if (shot.print) await page.emulateMedia({media: 'print'});
  await page.screenshot({path: `${out}/${shot.name}.png`, fullPage: Boolean(shot.fullPage)});
  await page.close();
}
const pdfPage = await browser.newPage();
await pdfPage.goto(`${origin}en/shared-responsibilities?party=zilliz`);
await pdfPage.waitForSelector('html[data-has-hydrated="true"]');
await pdfPage.pdf({path: `${out}/en.pdf`, format: 'A4', displayHeaderFooter: true, printBackground: false});
await browser.close();
server.close();
console.log(`${shots.length} screenshots and en.pdf in ${out}`);
