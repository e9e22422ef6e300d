import {gzipSync} from 'node:zlib';

/**
 * Loads a page in a fresh Chromium context and sums what it fetched until the
 * network is idle: per kind (document, script, stylesheet, other) the raw and
 * gzip sizes of the bodies, the request count and the bytes on the wire.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 */
export async function measurePage(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  /** @type {import('@playwright/test').Response[]} */
  const responses = [];
  page.on('response', (r) => responses.push(r));
  await page.goto(url, {waitUntil: 'networkidle'});
  /** @type {Record<string, 'html' | 'js' | 'css'>} */
  const kinds = {document: 'html', script: 'js', stylesheet: 'css'};
  const totals = {html: {raw: 0, gzip: 0}, js: {raw: 0, gzip: 0}, css: {raw: 0, gzip: 0}, other: {raw: 0, gzip: 0}};
  let transfer = 0;
  const hosts = new Set();
  for (const r of responses) {
    hosts.add(new URL(r.url()).host);
    const kind = kinds[r.request().resourceType()] ?? 'other';
    const body = await r.body().catch(() => Buffer.alloc(0));
    totals[kind].raw += body.length;
    totals[kind].gzip += gzipSync(body, {level: 9}).length;
    const sizes = await r.request().sizes();
    transfer += sizes.responseBodySize + sizes.responseHeadersSize;
  }
  await context.close();
  return {url, requests: responses.length, transfer, ...totals, hosts: [...hosts]};
}
