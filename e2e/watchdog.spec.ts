import {execFile} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import type {Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {ConsoleLinks} from '../src/data/responsibilities/consoleLinks';
import {expect, LOCALE_ROUTES, localeInTurn, test} from './fixtures';
import {changedFiles, removeScratch, scratchRepo, treeDigest} from '../test/helpers/scratchRepo';
import {TEST_BASE_URL, TEST_BUILD_DIR, TEST_SITE_URL} from '../scripts/lib/testSite.mjs';

/*
 * `npm run watchdog` as the workflows run it: a real Chromium against a
 * running site. e2e/publishing.spec.ts opens a link of every kind in every
 * locale (with the same notion of landing, scripts/lib/consoleLinkLanding.ts);
 * here the command runs on a sample of the contract, each kind of link once
 * and each locale at least once, so its exit code and report are what is tested.
 */

const ROOT = path.join(__dirname, '..');
const contract: ConsoleLinks = JSON.parse(readFileSync(path.join(ROOT, 'console-links.json'), 'utf8'));
const KINDS = ['page', 'section', 'task', 'filter'] as const;
const SAMPLE = KINDS.map((kind, i) =>
  contract.links.find((l) => l.locale === localeInTurn(i).locale && l.kind === kind)!,
);
const BROKEN = SAMPLE.find((l) => l.kind === 'task')!;

/**
 * Runs a scratch copy's `npm run watchdog` in that copy (never in the repository); resolves with its exit code,
 * output, and the copy's files it added, changed or removed (it may write none).
 */
function watchdog(
  repo: string,
  site: string,
  linksFile: string,
): Promise<{code: number; stdout: string; stderr: string; written: string[]}> {
  const before = treeDigest(repo);
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(repo, 'node_modules/jiti/bin/jiti.js'), 'scripts/watchdog.ts', site, '--links', linksFile],
      {cwd: repo, env: {...process.env, GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: ''}},
      (error, stdout, stderr) =>
        resolve({
          code: error ? Number(error.code ?? 1) : 0,
          stdout,
          stderr,
          written: changedFiles(before, treeDigest(repo)),
        }),
    );
  });
}

test.describe('console-links watchdog', () => {
  let scratch: string;
  let repo: string;
  let linksFile: string;

  test.beforeAll(() => {
    repo = scratchRepo('watchdog-repo');
    scratch = mkdtempSync(path.join(tmpdir(), 'watchdog-'));
    linksFile = path.join(scratch, 'console-links.json');
    writeFileSync(linksFile, JSON.stringify({...contract, links: SAMPLE}));
  });
  test.afterAll(() => {
    rmSync(scratch, {recursive: true, force: true});
    removeScratch(repo);
  });

  test('passes on the test build, every kind of link, every locale', async () => {
    test.setTimeout(120_000);
    expect(SAMPLE.filter(Boolean)).toHaveLength(KINDS.length);
    expect(new Set(SAMPLE.map((l) => l.locale)).size).toBe(LOCALE_ROUTES.length);
    const run = await watchdog(repo, `${TEST_SITE_URL}${TEST_BASE_URL}`, linksFile);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toContain('✗');
    expect(run.stdout).toContain(
      `watchdog: all ${SAMPLE.length} console links land on their targets on ${TEST_SITE_URL}${TEST_BASE_URL}`,
    );
    expect(run.code).toBe(0);
    expect(run.written).toEqual([]);
  });

  test('names the one link whose target is gone from a copy of the build, and fails', async () => {
    test.setTimeout(120_000);
    // A copy of the site whose page lost one row's id (a rename, an old page in a cache).
    const site = path.join(scratch, 'site');
    cpSync(TEST_BUILD_DIR, site, {recursive: true});
    const page = path.join(site, `${BROKEN.path.split('#')[0]}.html`);
    const html = readFileSync(page, 'utf8');
    const withoutTarget = html.replace(`id=${BROKEN.target} `, '');
    expect(withoutTarget.length).toBe(html.length - `id=${BROKEN.target} `.length);
    writeFileSync(page, withoutTarget);
    // The server module has top-level code: imported, not required.
    const {startServer} = await import('../scripts/serve-gh-pages.mjs');
    const server = (await startServer({dir: site, base: TEST_BASE_URL, port: 0})) as Server;
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${TEST_BASE_URL}`;
      const run = await watchdog(repo, url, linksFile);
      const broken = run.stdout.split('\n').filter((line) => line.includes('✗'));
      expect(broken).toEqual([
        `  ✗ [${BROKEN.locale}] task ${url}${BROKEN.path.slice(1)}: no element with id "${BROKEN.target}" on the page`,
      ]);
      expect(run.stdout).toContain(`watchdog: 1 of ${SAMPLE.length} console links broken on ${url}`);
      expect(run.code).toBe(1);
      expect(run.written).toEqual([]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  test('a wrong call says how to call it', async () => {
    const run = await watchdog(repo, 'not-a-url', linksFile);
    expect(run.stderr).toContain('watchdog: not a site URL: not-a-url');
    expect(run.stderr).toContain('usage: npm run watchdog -- <site URL>');
    expect(run.code).toBe(2);
    expect(run.written).toEqual([]);
  });
});
