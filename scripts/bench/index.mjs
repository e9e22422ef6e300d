#!/usr/bin/env node
// @ts-nocheck -- bench-only code without JSDoc types; checkJs skips it until it is typed.
/**
 * npm run bench [-- --write] [-- --pages N]
 *
 * Builds a stock Docusaurus site of the same version from the docs team's
 * export of the page (classic preset, webpack, the seed MDX verbatim in every
 * locale) in a temporary folder, builds this site too, then measures both in
 * the same run: cold build time and peak memory, what the Shared
 * Responsibilities page weighs and fetches in Chromium, Lighthouse (mobile,
 * median of 5 with min and max) with both sites served with gzip, and where
 * the main thread's time goes (per category and per script). Prints a table
 * with ratios (this site / stock). It prints figures; it asserts nothing.
 *
 * --pages N (scale mode): adds N export-format pages per locale
 * (scripts/lib/exportPages.mjs) to a temporary copy of this site and to the
 * stock site, and reports cold build time, peak memory, the search index and
 * the first search on the Shared Responsibilities page in every locale
 * (typed key by key in Chromium: time from the last key to the first
 * suggestion, and what it downloaded). No Lighthouse in this mode.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import {cpus, loadavg, tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {gzipSync} from 'node:zlib';
import {chromium} from '@playwright/test';
import createJiti from 'jiti';
import {CHROMIUM_FLAGS, CHROMIUM_PATH} from '../lib/chromium.mjs';
import {exportPage, exportPageName} from '../lib/exportPages.mjs';
import {measureFirstSearch} from '../lib/firstSearch.mjs';
import {runLighthouse} from '../lib/lighthouse.mjs';
import {runMeasured} from '../lib/measure.mjs';
import {measurePage} from '../lib/pageWeight.mjs';
import {startServer} from '../serve-gh-pages.mjs';

const {values: args} = parseArgs({
  options: {
    write: {type: 'boolean', default: false},
    pages: {type: 'string'},
    runs: {type: 'string', default: '5'},
  },
});
const SCALE_PAGES = args.pages === undefined ? 0 : Number(args.pages);
if (!Number.isInteger(SCALE_PAGES) || SCALE_PAGES < 0)
  throw new Error(`--pages wants a whole number, got "${args.pages}"`);
const LIGHTHOUSE_RUNS = Number(args.runs);

const ROOT = path.resolve(import.meta.dirname, '../..');
/** The bench's own generated file: the figures of its last `--write` run in each mode. */
const RESULTS = path.join(import.meta.dirname, 'RESULTS.md');
const DOCUSAURUS_BUILD = [path.join(ROOT, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build'];
const SITE_BUILD = [path.join(ROOT, 'node_modules/jiti/bin/jiti.js'), 'scripts/build.ts'];
const SEED = path.join(ROOT, 'test/fixtures/seed-shared-responsibilities.mdx');
const PAGE = 'shared-responsibilities';
const loadTs = createJiti(fileURLToPath(import.meta.url));
const {DEFAULT_LOCALE, LOCALES: SITE_LOCALES, localePrefix} = loadTs('../../src/i18n/locales.ts');
const {localeDir} = loadTs('../../plugins/export-pipeline/contentSets.ts');
/** The site's locales, with their URL prefix and the bench's short name (`zh` for `zh-Hans`). */
const LOCALES = SITE_LOCALES.map((locale) => ({
  locale,
  prefix: localePrefix(locale).slice(1),
  tag: locale.split('-')[0],
}));
/** Search terms of the first-search measure: a task of the matrix, in each locale (as e2e/search.spec.ts). */
const SEARCH = {
  'zh-Hans': {term: '漏洞', expect: '修补软件漏洞'},
  en: {term: 'vulnerabilities', expect: 'Patch software vulnerabilities'},
  ja: {term: '脆弱性', expect: 'ソフトウェアの脆弱性'},
};
const work = mkdtempSync(path.join(tmpdir(), 'byoc-bench-'));

/** Where a locale's docs live in a Docusaurus site (both sites keep their pages in docs/). */
const docsDir = (site, locale) =>
  path.join(site, localeDir({id: 'default', path: 'docs', defaultLocale: DEFAULT_LOCALE}, locale));

function writeScalePages(site) {
  for (const {locale} of LOCALES) {
    const dir = path.join(docsDir(site, locale), 'bench');
    mkdirSync(dir, {recursive: true});
    for (let n = 1; n <= SCALE_PAGES; n++)
      writeFileSync(path.join(dir, `${exportPageName(n)}.mdx`), exportPage(locale, n));
  }
}

function writeStockSite(dir) {
  for (const {locale} of LOCALES) {
    mkdirSync(docsDir(dir, locale), {recursive: true});
    cpSync(SEED, path.join(docsDir(dir, locale), `${PAGE}.mdx`));
  }
  writeFileSync(
    path.join(dir, 'docusaurus.config.js'),
    `module.exports = {
  title: 'Zilliz Cloud BYOC',
  url: 'http://127.0.0.1',
  baseUrl: '/',
  // The seed is the only page: nothing lives at "/", which the theme links to.
  onBrokenLinks: 'warn',
  i18n: {defaultLocale: ${JSON.stringify(DEFAULT_LOCALE)}, locales: ${JSON.stringify(LOCALES.map((l) => l.locale))}},
  presets: [['classic', {docs: {routeBasePath: '/', sidebarPath: require.resolve('./sidebars.js')}, blog: false}]],
};
`,
  );
  writeFileSync(path.join(dir, 'package.json'), '{"name": "stock-docusaurus", "private": true}\n');
  writeFileSync(path.join(dir, 'sidebars.js'), `module.exports = {docs: [{type: 'autogenerated', dirName: '.'}]};\n`);
  linkPackages(dir);
}

/**
 * The same installed packages as this site (the same Docusaurus version), each
 * linked into the copy's own node_modules: its bundler cache (node_modules/.cache)
 * stays its own, so a cold build here never clears the checkout's.
 */
function linkPackages(dir) {
  mkdirSync(path.join(dir, 'node_modules'));
  for (const entry of readdirSync(path.join(ROOT, 'node_modules')))
    if (entry !== '.cache') symlinkSync(path.join(ROOT, 'node_modules', entry), path.join(dir, 'node_modules', entry));
}

/** This site's sources (no builds, caches or git) in `dir`, sharing its installed packages. */
function copyThisSite(dir) {
  const skip = new Set(['node_modules', '.git', '.docusaurus', 'build', 'build-test', 'artifacts', 'test-results']);
  cpSync(ROOT, dir, {recursive: true, filter: (src) => !skip.has(path.relative(ROOT, src))});
  linkPackages(dir);
}

/**
 * A cold build (no Docusaurus or bundler cache from an earlier run) by the given script:
 * stock runs `docusaurus build`, this site `npm run build`'s script (one process per locale).
 */
async function coldBuild(siteDir, script, outDir, env = {}) {
  rmSync(path.join(siteDir, '.docusaurus'), {recursive: true, force: true});
  rmSync(path.join(siteDir, 'node_modules/.cache'), {recursive: true, force: true});
  return runMeasured(process.execPath, [...script, '--out-dir', outDir], {
    cwd: siteDir,
    env: {...process.env, ...env},
  });
}

/**
 * The search index of one locale's build: every file of its Pagefind bundle (`pagefind/`: the script, worker,
 * WebAssembly, metadata, index chunks and fragments; most are stored gzip-compressed already). A search loads
 * only some of them: see the first-search rows.
 */
function searchIndex(buildDir) {
  const dir = path.join(buildDir, 'pagefind');
  const files = existsSync(dir)
    ? readdirSync(dir, {recursive: true}).filter((f) => statSync(path.join(dir, f)).isFile())
    : [];
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const body = readFileSync(path.join(dir, f));
    raw += body.length;
    gzip += gzipSync(body, {level: 9}).length;
  }
  return {files: files.length, raw, gzip};
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${Math.round(n)} ms`;
const ratio = (a, b) => (typeof a === 'number' && typeof b === 'number' && b ? `${(a / b).toFixed(2)}×` : 'n/a');
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
const loads = [`before the builds: ${load()}`];

const stockDir = path.join(work, 'stock');
writeStockSite(stockDir);
// Both sites build from temporary copies: the checkout's own build caches stay untouched.
const oursDir = path.join(work, 'ours');
copyThisSite(oursDir);
if (SCALE_PAGES > 0) {
  writeScalePages(oursDir);
  writeScalePages(stockDir);
}
console.log(`bench: working in ${work}${SCALE_PAGES ? `, ${SCALE_PAGES} extra pages per locale` : ''}`);

console.log('bench: cold build, stock Docusaurus (webpack, every locale)…');
const stockBuild = await coldBuild(stockDir, DOCUSAURUS_BUILD, path.join(work, 'stock-build'));
console.log('bench: cold build, this site (Rspack, every locale, npm run build)…');
const oursBuild = await coldBuild(oursDir, SITE_BUILD, path.join(work, 'ours-build'), {
  BASE_URL: '/',
  DOCS_TEST_CORPUS: '',
});
loads.push(`after the builds: ${load()}`);

const stockServer = await startServer({dir: path.join(work, 'stock-build'), base: '/', port: 0, gzip: true});
const oursServer = await startServer({dir: path.join(work, 'ours-build'), base: '/', port: 0, gzip: true});
const origin = (server) => `http://127.0.0.1:${server.address().port}/`;
const pageUrl = (server, prefix) => `${origin(server)}${prefix}${PAGE}`;
const SITES = [
  ['stock', stockServer],
  ['ours', oursServer],
];

const rows = [];
const row = (label, stock, ours, format = (x) => String(x)) =>
  rows.push([label, stock === undefined ? '—' : format(stock), format(ours), ratio(ours, stock)]);
row('cold build, every locale', stockBuild.seconds, oursBuild.seconds, (s) => `${s.toFixed(1)} s`);
row('peak memory of the build', stockBuild.peakBytes, oursBuild.peakBytes, (b) => `${Math.round(b / 2 ** 20)} MB`);
const notes = [];
const details = [];

const browser = await chromium.launch({executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS});
if (SCALE_PAGES > 0) {
  for (const {prefix, tag} of LOCALES) {
    const index = searchIndex(path.join(work, 'ours-build', prefix));
    row(`${tag}: search index, raw (${index.files} files)`, undefined, index.raw, kb);
    row(`${tag}: search index, gzip`, undefined, index.gzip, kb);
  }
  for (const {locale, prefix, tag} of LOCALES) {
    const search = await measureFirstSearch(browser, pageUrl(oursServer, prefix), SEARCH[locale]);
    row(`${tag}: first search, last key → first suggestion`, undefined, search.afterLastKeyMs, ms);
    row(`${tag}: first search, transferred (${search.requests} requests)`, undefined, search.transfer, kb);
  }
  notes.push(
    `Scale mode: ${SCALE_PAGES} generated export-format pages per locale (scripts/lib/exportPages.mjs) on top of each site's own; the stock site has no search. First search: a click in the search box, then "${Object.values(
      SEARCH,
    )
      .map((s) => s.term)
      .join(
        '", "',
      )}" typed at 80 ms a key in Chromium, timed in the page from the last key (its keydown or input event) to the suggestions answering the whole term; transferred: everything the page and its search worker fetched from the click on, from a gzip server.`,
  );
} else {
  const weights = {};
  for (const [site, server] of SITES)
    for (const {prefix, tag} of LOCALES)
      weights[`${site}-${tag}`] = await measurePage(browser, pageUrl(server, prefix));

  console.log('bench: Lighthouse (mobile)…');
  const keys = SITES.flatMap(([site]) => LOCALES.map(({tag}) => `${site}-${tag}`));
  const lhResults = await runLighthouse(
    SITES.flatMap(([, server]) => LOCALES.map(({prefix}) => pageUrl(server, prefix))),
    {runs: LIGHTHOUSE_RUNS},
  );
  const lighthouse = Object.fromEntries(keys.map((key, i) => [key, lhResults[i]]));
  loads.push(`after Lighthouse: ${load()}`);

  const withSpread = (median, range, format) =>
    range?.min === null || range === undefined
      ? format(median)
      : `${format(median)} (${format(range.min)}–${format(range.max)})`;
  for (const {tag} of LOCALES) {
    const [s, o] = [weights[`stock-${tag}`], weights[`ours-${tag}`]];
    const label = `${tag} page`;
    for (const kind of ['html', 'js', 'css']) {
      row(`${label}: ${kind.toUpperCase()} raw`, s[kind].raw, o[kind].raw, kb);
      row(`${label}: ${kind.toUpperCase()} gzip`, s[kind].gzip, o[kind].gzip, kb);
    }
    row(`${label}: requests to network idle`, s.requests, o.requests);
    row(`${label}: transferred (gzip server)`, s.transfer, o.transfer, kb);
    const [ls, lo] = [lighthouse[`stock-${tag}`], lighthouse[`ours-${tag}`]];
    const lhRow = (name, value, range, format) =>
      rows.push([
        `${label}: ${name}`,
        withSpread(value(ls), range(ls), format),
        withSpread(value(lo), range(lo), format),
        ratio(value(lo), value(ls)),
      ]);
    const seconds = (x) => (x / 1000).toFixed(2) + ' s';
    lhRow(
      'Lighthouse performance',
      (r) => r.scores.performance,
      (r) => r.spread.performance,
      String,
    );
    for (const cat of ['accessibility', 'best-practices', 'seo'])
      lhRow(
        `Lighthouse ${cat}`,
        (r) => r.scores[cat],
        () => undefined,
        String,
      );
    lhRow(
      'LCP',
      (r) => r.metrics.lcpMs,
      (r) => r.spread.lcpMs,
      seconds,
    );
    lhRow(
      'TBT',
      (r) => r.metrics.tbtMs,
      (r) => r.spread.tbtMs,
      ms,
    );
    lhRow(
      'CLS',
      (r) => r.metrics.cls,
      (r) => r.spread.cls,
      (x) => x.toFixed(3),
    );
  }
  notes.push(
    `Lighthouse 12 mobile (simulated 4× slower CPU and slow 4G), median of ${LIGHTHOUSE_RUNS} runs per page by performance score, (min–max) over the runs.`,
    `Hosts contacted by this site's pages: ${[...new Set(LOCALES.flatMap(({tag}) => weights[`ours-${tag}`].hosts))].join(', ')}.`,
  );

  // Where the main thread's time goes, in each site's median run.
  for (const key of keys) {
    const {mainThread} = lighthouse[key];
    const origin = new URL(lighthouse[key].url).origin;
    details.push(`\nmain thread, ${key} (median run, Lighthouse's simulated mobile CPU):`);
    details.push(`  by category: ${mainThread.byCategory.map((c) => `${c.label} ${ms(c.ms)}`).join(', ')}`);
    details.push('  by script (total / script evaluation / parse and compile):');
    for (const s of mainThread.byScript)
      details.push(`    ${s.url.replace(origin, '')}: ${ms(s.totalMs)} / ${ms(s.scriptingMs)} / ${ms(s.parseMs)}`);
    details.push(
      `  long tasks: ${mainThread.longTasks.map((t) => `${ms(t.ms)} at ${ms(t.startMs)} (${t.url.replace(origin, '')})`).join(', ') || 'none'}`,
    );
  }
  for (const [key, r] of Object.entries(lighthouse))
    if (r.runtimeError) details.push(`lighthouse ${key}: ${r.runtimeError}`);
}
await browser.close();
stockServer.close();
oursServer.close();

const header = ['measure', 'stock Docusaurus', 'this site', 'this / stock'];
const table = [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
const docusaurusVersion = JSON.parse(
  readFileSync(path.join(ROOT, 'node_modules/@docusaurus/core/package.json'), 'utf8'),
).version;
notes.unshift(
  `Measured ${new Date().toISOString().slice(0, 10)} on this machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, shared with other work; load average (1, 5, 15 min) ${loads.join('; ')}. Docusaurus ${docusaurusVersion}, Chromium via Playwright.`,
);
console.log(`\n${table}\n\n${notes.join('\n')}\n${details.join('\n')}`);

if (args.write) {
  const heading = SCALE_PAGES ? `## At ${SCALE_PAGES} pages per locale` : '## The site as it is';
  const start = `<!-- ${SCALE_PAGES ? 'bench-scale' : 'bench'}:start -->`;
  const end = start.replace(':start', ':end');
  const block = `${start}\n${heading}\n\n${table}\n\n${notes.join('\n')}\n${end}`;
  const before = existsSync(RESULTS)
    ? readFileSync(RESULTS, 'utf8')
    : '# Bench results\n\nGenerated by `npm run bench -- --write` and `npm run bench -- --pages 300 --write`; not edited by hand.\nWhat is measured and how: [README.md](README.md).\n';
  const i = before.indexOf(start);
  const j = before.indexOf(end);
  const after =
    i !== -1 && j !== -1 ? `${before.slice(0, i)}${block}${before.slice(j + end.length)}` : `${before}\n${block}\n`;
  writeFileSync(RESULTS, after);
  console.log(`bench: results written to ${path.relative(ROOT, RESULTS)}`);
}
rmSync(work, {recursive: true, force: true});
