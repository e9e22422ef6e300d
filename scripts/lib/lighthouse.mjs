// @ts-nocheck -- bench-only code without JSDoc types; checkJs skips it until it is typed.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import {CHROMIUM_FLAGS, CHROMIUM_PATH} from './chromium.mjs';

/**
 * Runs Lighthouse (mobile, its default) on each URL in one headless Chromium,
 * `runs` times each. Returns, per URL, the median run's category scores
 * (0–100), failing audits, main metrics and main-thread breakdown, with the
 * minimum and maximum of the performance score and metrics over all runs.
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
      for (let i = 0; i < runs; i++)
        lhrs.push(
          (await lighthouse(url, {port: chrome.port, onlyCategories: categories, logLevel: 'error', output: 'json'}))
            .lhr,
        );
      const all = lhrs.map((lhr) => summarize(url, lhr));
      results.push({...summarize(url, median(lhrs)), spread: spread(all)});
    }
    return results;
  } finally {
    await chrome.kill();
  }
}

/** The run with the median performance score (Lighthouse's own advice for noisy machines), else the first. */
function median(lhrs) {
  const score = (lhr) => lhr.categories.performance?.score ?? 0;
  return [...lhrs].sort((a, b) => score(a) - score(b))[Math.floor(lhrs.length / 2)];
}

/** Minimum and maximum over the runs of the performance score and each metric. */
function spread(summaries) {
  const range = (values) => {
    const known = values.filter((v) => typeof v === 'number');
    return known.length ? {min: Math.min(...known), max: Math.max(...known)} : {min: null, max: null};
  };
  return {
    performance: range(summaries.map((s) => s.scores.performance)),
    ...Object.fromEntries(
      Object.keys(summaries[0]?.metrics ?? {}).map((m) => [m, range(summaries.map((s) => s.metrics[m]))]),
    ),
  };
}

const items = (lhr, id) => lhr.audits[id]?.details?.items ?? [];

function summarize(url, lhr) {
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
    // Where the main thread's time goes (Lighthouse's simulated mobile CPU, 4× slowdown).
    mainThread: {
      byCategory: items(lhr, 'mainthread-work-breakdown').map((i) => ({
        label: i.groupLabel ?? i.group,
        ms: i.duration,
      })),
      byScript: items(lhr, 'bootup-time').map((i) => ({
        url: i.url,
        totalMs: i.total,
        scriptingMs: i.scripting,
        parseMs: i.scriptParseCompile,
      })),
      longTasks: items(lhr, 'long-tasks').map((i) => ({url: i.url, ms: i.duration, startMs: i.startTime})),
    },
  };
}
