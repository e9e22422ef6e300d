import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import {CHROMIUM_FLAGS, CHROMIUM_PATH} from './chromium.mjs';

/**
 * Runs Lighthouse (mobile, its default) on each URL in one headless Chromium,
 * `runs` times each. Returns, per URL, the median run's category scores
 * (0–100), failing audits and main metrics.
 * @param {string[]} urls
 * @param {{categories?: string[], runs?: number}} [options]
 */
export async function runLighthouse(
  urls,
  {categories = ['performance', 'accessibility', 'best-practices', 'seo'], runs = 1} = {},
) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  });
  try {
    const results = [];
    for (const url of urls) {
      const lhrs = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(url, {
          port: chrome.port,
          onlyCategories: categories,
          logLevel: 'error',
          output: 'json',
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        lhrs.push(result.lhr);
      }
      results.push(summarize(url, median(lhrs)));
    }
    return results;
  } finally {
    await chrome.kill();
  }
}

/** @typedef {import('lighthouse').Result} Lhr */

/**
 * The run with the median performance score (Lighthouse's own advice for noisy machines), else the first.
 * @param {Lhr[]} lhrs
 * @returns {Lhr}
 */
function median(lhrs) {
  /** @param {Lhr} lhr */
  const score = (lhr) => lhr.categories.performance?.score ?? 0;
  const middle = [...lhrs].sort((a, b) => score(a) - score(b))[Math.floor(lhrs.length / 2)];
  if (!middle) throw new Error('no Lighthouse run to summarise');
  return middle;
}

/**
 * @param {string} url
 * @param {Lhr} lhr
 */
function summarize(url, lhr) {
  const scores = Object.fromEntries(
    Object.entries(lhr.categories).map(([id, c]) => [id, c.score === null ? null : Math.round(c.score * 100)]),
  );
  const failing = Object.values(lhr.categories).flatMap((c) =>
    c.auditRefs
      .filter((ref) => ref.weight > 0)
      .flatMap((ref) => lhr.audits[ref.id] ?? [])
      .filter((a) => a.score !== null && a.score < 1)
      .map((a) => `${c.id}/${a.id}: ${a.title}`),
  );
  /** @param {string} id */
  const metric = (id) => lhr.audits[id]?.numericValue ?? null;
  return {
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
  };
}
