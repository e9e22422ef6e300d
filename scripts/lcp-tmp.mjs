import {chromium} from '@playwright/test';
import {startServer} from './serve-gh-pages.mjs';
const server = await startServer({dir: '/tmp/ob', base: '/', port: 0, gzip: true});
const browser = await chromium.launch({executablePath: '/usr/bin/chromium', args: ['--no-sandbox']});
const page = await browser.newPage({viewport: {width: 412, height: 823}, deviceScaleFactor: 1.75});
await page.addInitScript(() => {
  window.__lcp = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp.push({t: Math.round(e.startTime), size: e.size, el: e.element ? e.element.outerHTML.slice(0, 150) : null}); }).observe({type: 'largest-contentful-paint', buffered: true});
});
await page.goto(`http://127.0.0.1:${server.address().port}/${process.argv[2] ?? 'shared-responsibilities'}`, {waitUntil: 'networkidle'});
await page.waitForTimeout(500);
console.log(JSON.stringify(await page.evaluate(() => window.__lcp), null, 1));
await browser.close(); server.close();
