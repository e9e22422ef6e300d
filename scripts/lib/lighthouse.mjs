import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import {CHROMIUM_FLAGS, CHROMIUM_PATH} from './chromium.mjs';

/**
 * Runs Lighthouse (mobile, its default) on each URL in one headless Chromium.
 * Returns, per URL, the category scores (0–100), the failing audits and the
 * main metrics.
 */
export async function runLighthouse(urls, {categories = ['performance', 'accessibility', 'best-practices', 'seo']} = {}) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  });
  try {
    const results = [];
    for (const url of urls) {
      const runner = await lighthouse(url, {port: chrome.port, onlyCategories: categories, logLevel: 'error', output: 'json'});
      const {lhr} = runner;
      const scores = Object.fromEntries(
        Object.entries(lhr.categories).map(([id, c]) => [id, c.score === null ? null : Math.round(c.score * 100)]),
      );
      const failing = Object.values(lhr.categories).flatMap((c) =>
        c.auditRefs
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id])
          .filter((a) => a.score !== null && a.score < 1)
          .map((a) => `${c.id}/${a.id}: ${a.title}`),
      );
      const metric = (id) => lhr.audits[id]?.numericValue ?? null;
      results.push({
        url,
        scores,
        failing,
        runtimeError: lhr.runtimeError?.message,
        metrics: {
          lcpMs: metric('largest-contentful-paint'),
          tbtMs: metric('total-blocking-time'),
          cls: metric('cumulative-layout-shift'),
          fcpMs: metric('first-contentful-paint'),
        },
      });
    }
    return results;
  } finally {
    await chrome.kill();
  }
}
