import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {Response} from '@playwright/test';
import {measurePage} from '../scripts/lib/pageWeight.mjs';
import {expect, LOCALE_ROUTES, pagePath, test} from './fixtures';
import {TEST_BASE_URL, TEST_BUILD_DIR} from '../scripts/lib/testSite.mjs';

const budgets = JSON.parse(readFileSync(path.join(__dirname, '../perf-budgets.json'), 'utf8'));

// Bytes, not timings: these do not depend on the machine.
for (const {locale, prefix} of LOCALE_ROUTES) {
  test(`${locale}: the page's JS, CSS and HTML (gzip) stay within budget`, async ({browser, baseURL}) => {
    const w = await measurePage(browser, `${baseURL}${pagePath(prefix, budgets.page)}`);
    console.log(
      `${locale} ${budgets.page}: JS ${w.js.gzip} B gzip (budget ${budgets.jsGzipBytes}), CSS ${w.css.gzip} B (budget ${budgets.cssGzipBytes}), HTML ${w.html.gzip} B (budget ${budgets.htmlGzipBytes}), ${w.requests} requests`,
    );
    expect(w.js.gzip).toBeLessThanOrEqual(budgets.jsGzipBytes);
    expect(w.css.gzip).toBeLessThanOrEqual(budgets.cssGzipBytes);
    expect(w.html.gzip).toBeLessThanOrEqual(budgets.htmlGzipBytes);
    expect(w.js.gzip).toBeGreaterThan(0);
  });
}

test('text shows without waiting for JavaScript or fonts', async ({page}) => {
  const fonts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'font') fonts.push(r.url());
  });
  await page.goto(budgets.page, {waitUntil: 'networkidle'});
  expect(fonts).toEqual([]);
  for (const file of [`${budgets.page}.html`, `en/${budgets.page}.html`, 'index.html']) {
    const html = readFileSync(path.join(TEST_BUILD_DIR, file), 'utf8');
    // Every external script is deferred or async: none blocks rendering.
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc=[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) expect(s, file).toMatch(/\b(defer|async)\b/);
    // Images carry their size, so nothing shifts when they arrive.
    const images = [...html.matchAll(/<img\b[^>]*>/g)];
    expect(images.length, file).toBeGreaterThan(0);
    for (const img of images) {
      expect(img[0], file).toMatch(/\bwidth=/);
      expect(img[0], file).toMatch(/\bheight=/);
    }
  }
  const cssDir = path.join(TEST_BUILD_DIR, 'assets/css');
  const stylesheets = readdirSync(cssDir);
  expect(stylesheets.length).toBeGreaterThan(0);
  for (const file of stylesheets) {
    const css = readFileSync(path.join(cssDir, file), 'utf8');
    expect(css, file).not.toMatch(/@font-face/);
    expect(css, file).not.toMatch(/@import\s+url\(\s*['"]?https?:/);
  }
});

test('the browser bundle carries the matrix but not its validator (build-time code)', () => {
  const dir = path.join(TEST_BUILD_DIR, 'assets/js');
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  expect(files.length).toBeGreaterThan(0);
  const bundle = files.map((f) => readFileSync(path.join(dir, f), 'utf8'));
  // A task id of the data is there, so the search below looks at the right files…
  expect(bundle.some((js) => js.includes('manage-s3-bucket'))).toBe(true);
  // …and a message of plugins/responsibility-matrix/validate.ts is not.
  expect(bundle.filter((js) => js.includes('already taken by'))).toEqual([]);
});

test("the browser bundle carries no path of the machine that built it (remark plugins' options stay in the build)", () => {
  const dir = path.join(TEST_BUILD_DIR, 'assets/js');
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  expect(files.length).toBeGreaterThan(0);
  const root = path.resolve(__dirname, '..');
  expect(files.filter((f) => readFileSync(path.join(dir, f), 'utf8').includes(root))).toEqual([]);
});

test('the scripts a page runs at load ask to be compiled whole while they stream in; the search chunk is not one of them, nor compiled whole', async ({
  page,
}) => {
  // plugins/lean-bundle: V8's compile hint must open the file, and survive minification.
  const hint = '//# allFunctionsCalledOnLoad\n';
  for (const {prefix} of LOCALE_ROUTES) {
    const scripts: string[] = [];
    const onResponse = (r: Response) => {
      if (r.request().resourceType() === 'script') scripts.push(r.url());
    };
    page.on('response', onResponse);
    await page.goto(pagePath(prefix, budgets.page), {waitUntil: 'networkidle'});
    page.off('response', onResponse);
    expect(
      scripts.filter((url) => /\/main\.[0-9a-f]+\.js$/.test(url)),
      prefix,
    ).toHaveLength(1);
    for (const url of scripts) expect(readBuilt(url).startsWith(hint), url).toBe(true);
    // The search code (the search bar's engine chunk, Pagefind's script) is not among them: it loads on demand.
    expect(
      scripts.filter((url) => /\/pagefind\/|\/search\.[0-9a-f]+\.js$/.test(url)),
      prefix,
    ).toEqual([]);
    const jsDir = path.join(TEST_BUILD_DIR, prefix, 'assets/js');
    const search = readdirSync(jsDir).filter((f) => /^search\.[0-9a-f]+\.js$/.test(f));
    expect(search, prefix).toHaveLength(1);
    expect(readFileSync(path.join(jsDir, search[0]!), 'utf8').startsWith(hint)).toBe(false);
  }
});

/** A built file from its URL on the test server. */
function readBuilt(url: string): string {
  const {pathname} = new URL(url);
  return readFileSync(path.join(TEST_BUILD_DIR, pathname.slice(TEST_BASE_URL.length)), 'utf8');
}
