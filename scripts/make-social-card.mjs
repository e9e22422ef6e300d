#!/usr/bin/env node
/**
 * Renders static/img/social-card.jpg (1200×630, the Open Graph size) from the
 * HTML below in Chromium. Run again after changing the design; commit the PNG.
 */
import {chromium} from '@playwright/test';
import {readFileSync} from 'node:fs';
import {CHROMIUM_FLAGS, CHROMIUM_PATH} from './lib/chromium.mjs';

const logo = readFileSync('static/img/logo.svg', 'utf8');
const html = `<!doctype html><html><head><meta charset="utf-8"><style>
  body { margin: 0; width: 1200px; height: 630px; font-family: 'Noto Sans CJK SC', system-ui, sans-serif;
         background: linear-gradient(135deg, #0b2f66 0%, #175fc7 100%); color: #fff; display: flex; flex-direction: column;
         justify-content: space-between; padding: 72px 80px; box-sizing: border-box; }
  .brand { display: flex; align-items: center; gap: 20px; font-size: 34px; font-weight: 700; }
  .brand svg { width: 64px; height: 64px; border-radius: 14px; box-shadow: 0 0 0 3px rgba(255,255,255,.35); }
  h1 { font-size: 76px; line-height: 1.1; margin: 0; }
  h1 span { display: block; font-size: 52px; font-weight: 500; opacity: .9; margin-top: 12px; }
  .grid { display: grid; grid-template-columns: 1fr 130px 130px; gap: 0; font-size: 24px; width: 720px;
          border-top: 2px solid rgba(255,255,255,.5); }
  .grid div { padding: 10px 0; border-bottom: 1px solid rgba(255,255,255,.3); }
  .grid .m { text-align: center; font-weight: 700; }
</style></head><body>
  <div class="brand">${logo}<span>Zilliz Cloud BYOC</span></div>
  <h1>共同责任<span>Shared responsibilities</span></h1>
  <div class="grid">
    <div>Task</div><div class="m">Zilliz BYOC</div><div class="m">Customer</div>
    <div>Patch infrastructure vulnerabilities</div><div class="m">✔</div><div class="m">✔</div>
  </div>
</body></html>`;

const browser = await chromium.launch({executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS});
const page = await browser.newPage({viewport: {width: 1200, height: 630}});
await page.setContent(html);
await page.screenshot({path: 'static/img/social-card.jpg', type: 'jpeg', quality: 88});
await browser.close();
console.log('wrote static/img/social-card.jpg');
