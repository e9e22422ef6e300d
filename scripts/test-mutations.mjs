#!/usr/bin/env node
/**
 * `npm run test:mutations`: makes deliberate mistakes, one at a time, each in
 * its own scratch copy of the repository (under the system's temp folder,
 * node_modules linked), runs the fast checks on it (typecheck, lint, content
 * check, unit tests) and prints which check caught which mistake. A tool for
 * reviewers, not part of `npm test`: a mistake no check catches is a hole in
 * the tests. The repository itself is never written.
 *
 *   npm run test:mutations                      every mutation, every check
 *   npm run test:mutations -- --only a,b        the named mutations
 *   npm run test:mutations -- --checks unit     the named checks only (typecheck, lint, check:content, unit)
 *   npm run test:mutations -- --list            the mutations, with what each does
 */
import {spawn} from 'node:child_process';
import {cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs, stripVTControlCharacters} from 'node:util';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Left out of each copy: dependencies (linked instead), git, build output and caches. */
const NOT_COPIED = new Set(['node_modules', '.git', '.docusaurus', 'test-results', 'playwright-report', 'artifacts']);

/** The fast checks, as `npm test` runs them (scripts/test.mjs), minus the workflow lint. */
const CHECKS = [
  {name: 'typecheck', command: ['npx', 'tsc']},
  {name: 'lint', command: ['sh', '-c', 'npx eslint . && npx prettier --check .']},
  {name: 'check:content', command: ['npx', 'jiti', 'scripts/check-content.ts']},
  {name: 'unit', command: ['npx', 'vitest', 'run']},
];

/**
 * Replaces `from` by `to` in a file of the copy; fails when `from` is not there exactly once, so a mutation that
 * no longer applies says so instead of testing nothing.
 * @param {string} dir @param {string} file @param {string} from @param {string} to
 */
function edit(dir, file, from, to) {
  const full = path.join(dir, file);
  const text = readFileSync(full, 'utf8');
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`${file}: expected "${from}" once, found it ${count} times`);
  writeFileSync(full, text.replace(from, to));
}

/** @param {string} dir @param {string} file @param {(json: any) => void} change */
function editJson(dir, file, change) {
  const full = path.join(dir, file);
  const json = JSON.parse(readFileSync(full, 'utf8'));
  change(json);
  writeFileSync(full, `${JSON.stringify(json, null, 2)}\n`);
}

/** Regenerates the copy's console-links.json from its data, as a careful author would. @param {string} dir */
async function writeConsoleLinks(dir) {
  const {code, output} = await run(['npx', 'jiti', 'scripts/write-console-links.ts'], dir);
  if (code !== 0) throw new Error(`write-console-links failed: ${output}`);
}

const DATA = 'src/data/responsibilities/sharedResponsibilities.ts';

/** @type {{name: string, what: string, apply: (dir: string) => Promise<void> | void}[]} */
const MUTATIONS = [
  {
    name: 'rename-task-id',
    what: 'renames the public task id "monitoring" in the data and regenerates console-links.json',
    async apply(dir) {
      edit(dir, DATA, "{id: 'monitoring',", "{id: 'monitoring-and-alerting',");
      await writeConsoleLinks(dir);
    },
  },
  {
    name: 'drop-task-unretired',
    what: 'removes the task "break-glass-access" without a retired entry and regenerates console-links.json',
    async apply(dir) {
      const full = path.join(dir, DATA);
      const lines = readFileSync(full, 'utf8').split('\n');
      const kept = lines.filter((l) => !l.includes("{id: 'break-glass-access',"));
      if (kept.length !== lines.length - 1) throw new Error(`${DATA}: no line for break-glass-access`);
      writeFileSync(full, kept.join('\n'));
      await writeConsoleLinks(dir);
    },
  },
  {
    name: 'break-dry-run',
    what: 'import:matrix writes even with --dry-run',
    apply: (dir) => edit(dir, 'scripts/import-matrix.ts', "write: values['dry-run'] !== true,", 'write: true,'),
  },
  {
    name: 'ja-string-chinese',
    what: 'a Japanese UI string left as its Chinese source message (the legend\'s "not responsible")',
    apply: (dir) =>
      editJson(dir, 'i18n/ja/code.json', (j) => (j['responsibilityOverview.legend.blank'].message = '不负责')),
  },
  {
    name: 'ja-string-english',
    what: 'a Japanese UI string left in English (the table\'s "Task" header)',
    apply: (dir) => editJson(dir, 'i18n/ja/code.json', (j) => (j['responsibilityTable.header.task'].message = 'Task')),
  },
  {
    name: 'en-copy-label',
    what: 'the English copy-link label drops the task name',
    apply: (dir) =>
      editJson(dir, 'i18n/en/code.json', (j) => (j['responsibilityTable.copyLink'].message = 'Copy link')),
  },
  {
    name: 'drop-theme-styles',
    what: 'the Prism themes lose every token style (nothing left to fail the contrast check)',
    apply: (dir) =>
      edit(
        dir,
        'src/prism/contrast.ts',
        'styles: theme.styles.map((s) => ({...s, style: fix(s.style)}))',
        'styles: []',
      ),
  },
  {
    name: 'csv-column',
    what: 'the CSV download loses its "Responsible" column',
    apply(dir) {
      const file = 'src/data/responsibilities/exports.ts';
      edit(dir, file, '      h.responsible[locale],\n', '');
      edit(dir, file, '        responsibleLabel(m, t, locale),\n', '');
    },
  },
  {
    name: 'json-order',
    what: 'the JSON download lists the responsible parties in reverse',
    apply: (dir) =>
      edit(
        dir,
        'src/data/responsibilities/exports.ts',
        'responsible: [...t.responsible],',
        'responsible: [...t.responsible].reverse(),',
      ),
  },
  {
    name: 'contract-query-key',
    what: 'the filter links of the console contract use ?filter= (regenerated console-links.json)',
    async apply(dir) {
      edit(
        dir,
        'src/data/responsibilities/consoleLinks.ts',
        'path: `${page}?${PARTY_QUERY_KEY}=${f}`,',
        'path: `${page}?filter=${f}`,',
      );
      await writeConsoleLinks(dir);
    },
  },
  {
    name: 'import-mark-empty',
    what: 'the import reads a mark other than ✔ (✅, ✓…) as an empty cell',
    apply: (dir) => edit(dir, 'scripts/import-matrix/parseExport.ts', "return text !== '';", "return text === '✔';"),
  },
  {
    name: 'pipeline-drops-mark',
    what: 'the page pipeline (and so the import) no longer takes √ as a mark',
    apply: (dir) => edit(dir, 'src/components/MatrixMark/marks.ts', "'✓', '√']", "'✓']"),
  },
  {
    name: 'tslib-helper-gone',
    what: "the browser build's tslib no longer gives the helper Docusaurus' utils-common calls",
    apply: (dir) =>
      edit(dir, 'plugins/lean-bundle/tslib-helpers.mjs', 'export {__importDefault} from', 'export {__assign} from'),
  },
  {
    name: 'dark-prints-dark',
    what: "the dark theme's variables apply in print too",
    apply: (dir) => edit(dir, 'plugins/print-light/darkThemeOnScreens.ts', "params: 'screen'", "params: 'all'"),
  },
  {
    name: 'stray-only',
    what: 'a test left focused with .only',
    apply: (dir) =>
      edit(
        dir,
        'test/unit/matrix.test.ts',
        "  it('gives every task a label in every locale",
        // Spelled in two parts so that searches for focused tests in the repository do not find this mutation.
        `  it${'.only'}('gives every task a label in every locale`,
      ),
  },
];

/**
 * Runs a command in `cwd`; resolves with its exit code and output (never rejects).
 * @param {string[]} command @param {string} cwd
 * @returns {Promise<{code: number, output: string}>}
 */
function run(command, cwd) {
  const [cmd = '', ...args] = command;
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {...process.env, FORCE_COLOR: '0', NO_COLOR: '1'},
    });
    let output = '';
    child.stdout.on('data', (/** @type {Buffer} */ c) => (output += c));
    child.stderr.on('data', (/** @type {Buffer} */ c) => (output += c));
    child.on('exit', (code, signal) => resolve({code: code ?? (signal ? 1 : 0), output}));
  });
}

/**
 * A copy of `from` (the repository, or the snapshot of it) at `dir`, node_modules linked; returns `dir`.
 * @param {string} from @param {string} dir
 */
function copyRepo(from, dir) {
  for (const entry of readdirSync(from))
    if (!NOT_COPIED.has(entry) && !entry.startsWith('build') && !entry.startsWith('.bench'))
      cpSync(path.join(from, entry), path.join(dir, entry), {recursive: true});
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

const {values} = parseArgs({
  options: {only: {type: 'string'}, checks: {type: 'string'}, list: {type: 'boolean'}, keep: {type: 'boolean'}},
});
if (values.list) {
  for (const m of MUTATIONS) console.log(`${m.name.padEnd(22)} ${m.what}`);
  process.exit(0);
}
const wanted = values.only?.split(',');
const unknown = wanted?.filter((n) => !MUTATIONS.some((m) => m.name === n)) ?? [];
if (unknown.length > 0) {
  console.error(`test:mutations: no mutation ${unknown.join(', ')} (see --list)`);
  process.exit(2);
}
const chosen = MUTATIONS.filter((m) => !wanted || wanted.includes(m.name));
const checkNames = values.checks?.split(',').filter(Boolean);
const unknownChecks = checkNames?.filter((n) => !CHECKS.some((c) => c.name === n)) ?? [];
if (unknownChecks.length > 0) {
  console.error(
    `test:mutations: no check ${unknownChecks.join(', ')} (checks: ${CHECKS.map((c) => c.name).join(', ')})`,
  );
  process.exit(2);
}
const checksRun = CHECKS.filter((c) => !checkNames || checkNames.includes(c.name));

const scratch = mkdtempSync(path.join(tmpdir(), 'byoc-mutations-'));
// One snapshot of the repository as it is now: every mutation starts from it, whatever changes meanwhile.
const snapshot = copyRepo(ROOT, path.join(scratch, 'snapshot'));
const cleanUp = () => values.keep || rmSync(scratch, {recursive: true, force: true});
process.on('SIGINT', () => {
  cleanUp();
  process.exit(130);
});

/**
 * Per mutation: each check's verdict (true: it failed, so it caught the mistake) and seconds.
 * @type {{name: string, checks: Record<string, {caught: boolean, seconds: number}>, seconds: number, error?: string}[]}
 */
const results = [];
const started = Date.now();
/** Per mutation, the unit test files that failed on it. @type {Map<string, (string | undefined)[]>} */
const failedTests = new Map();
const since = (/** @type {number} */ t) => Math.round((Date.now() - t) / 1000);

// The unmutated copy first: every check must pass on it, or a "catch" below means nothing.
for (const m of [{name: '(none)', what: 'the repository as it is', apply: () => {}}, ...chosen]) {
  const t = Date.now();
  const dir = copyRepo(snapshot, path.join(scratch, m.name.replace(/[()]/g, '')));
  /** @type {Record<string, {caught: boolean, seconds: number}>} */
  const checks = {};
  let error;
  try {
    await m.apply(dir);
    // One after another: on two cores, side by side they take as long and time each other out.
    for (const check of checksRun) {
      const tc = Date.now();
      const {code, output} = await run(check.command, dir);
      checks[check.name] = {caught: code !== 0, seconds: since(tc)};
      if (code !== 0 && check.name === 'unit')
        failedTests.set(m.name, [
          ...new Set(
            [...stripVTControlCharacters(output).matchAll(/FAIL\s+(test\/\S+\.test\.tsx?)/g)].map((f) => f[1]),
          ),
        ]);
      if (m.name === '(none)' && code !== 0)
        error = `${check.name} fails on the unmutated copy:\n${output.slice(-3000)}`;
    }
  } catch (e) {
    error = `did not apply: ${/** @type {Error} */ (e).message}`;
  }
  results.push({name: m.name, checks, seconds: since(t), error});
  const verdicts = Object.entries(checks).map(([name, c]) => `${name} ${c.caught ? 'failed' : 'passed'}`);
  console.log(`${m.name}: ${error ? error.split('\n')[0] : verdicts.join(', ')} (${since(t)} s)`);
  if (!values.keep) rmSync(dir, {recursive: true, force: true});
  if (m.name === '(none)' && error) {
    console.error(error);
    cleanUp();
    process.exit(1);
  }
}

/** @param {string[]} cells */
const row = (cells) => `| ${cells.join(' | ')} |`;
const header = ['mutation', ...checksRun.map((c) => c.name), 'total'];
console.log(`\n${row(header)}\n${row(header.map(() => '---'))}`);
for (const r of results) {
  const cells = checksRun.map((c) => {
    const check = r.checks[c.name];
    if (!check) return 'n/a';
    if (r.name === '(none)') return `${check.caught ? 'FAILS' : 'passes'} (${check.seconds} s)`;
    return `${check.caught ? 'caught' : '-'} (${check.seconds} s)`;
  });
  console.log(row([r.name, ...cells, `${r.seconds} s`]));
}
if (failedTests.size > 0) console.log('\nUnit test files that failed, per mutation:');
for (const [name, files] of failedTests) console.log(`  ${name}: ${files.join(', ')}`);
const tried = results.filter((r) => r.name !== '(none)');
const missed = tried.filter((r) => !r.error && !Object.values(r.checks).some((c) => c.caught));
const broken = tried.filter((r) => r.error);
console.log(
  `\n${tried.length - missed.length - broken.length} of ${tried.length} mutations caught by the fast checks` +
    `${missed.length ? `; missed: ${missed.map((r) => r.name).join(', ')}` : ''}` +
    `${broken.length ? `; did not apply: ${broken.map((r) => r.name).join(', ')}` : ''}` +
    ` (${since(started)} s)`,
);
cleanUp();
process.exitCode = missed.length + broken.length > 0 ? 1 : 0;
