import {readFileSync} from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import {describe, expect, it} from 'vitest';
import {lintWorkflows} from '../../scripts/lint-workflows.mjs';

const ROOT = path.join(__dirname, '../..');
const workflow = (name: string) => path.join(ROOT, '.github/workflows', name);
const load = (name: string) => yaml.load(readFileSync(workflow(name), 'utf8')) as any;

describe('GitHub Actions workflows', () => {
  it('pass actionlint', async () => {
    expect(await lintWorkflows([workflow('deploy.yml'), workflow('test.yml'), workflow('watchdog.yml')])).toEqual([]);
  });

  it('actionlint does catch a broken workflow', async () => {
    const broken = path.join(__dirname, '../fixtures/broken-workflow.yml');
    const problems = await lintWorkflows([broken]);
    expect(problems.map((p: {message: string}) => p.message).join('\n')).toMatch(/github\.no_such_context|runs-on/);
  });

  it('deploy: main and on demand, least privilege, one at a time, npm ci, Pages actions', () => {
    const wf = load('deploy.yml');
    expect(wf.on.push.branches).toEqual(['main']);
    expect(wf.on).toHaveProperty('workflow_dispatch');
    expect(wf.permissions).toEqual({contents: 'read', pages: 'write', 'id-token': 'write'});
    expect(wf.concurrency.group).toBeTruthy();
    const steps = wf.jobs.build.steps;
    const node = steps.find((s: any) => s.uses?.startsWith('actions/setup-node'));
    // A supported Node LTS (20 left support in April 2026).
    expect(node.with).toEqual({'node-version': 22, cache: 'npm'});
    expect(steps.map((s: any) => s.run).filter(Boolean)).toEqual(['npm ci', 'npm run build']);
    const build = steps.find((s: any) => s.run === 'npm run build');
    expect(build.env.BASE_URL).toBe('/${{ github.event.repository.name }}/');
    expect(build.env.SITE_URL).toBe('https://${{ github.repository_owner }}.github.io');
    expect(steps.some((s: any) => s.uses?.startsWith('actions/upload-pages-artifact'))).toBe(true);
    expect(wf.jobs.deploy.steps.some((s: any) => s.uses?.startsWith('actions/deploy-pages'))).toBe(true);
  });

  it('test: runs the README test command on pull requests, with a browser Ubuntu can install', () => {
    const wf = load('test.yml');
    expect(wf.on).toHaveProperty('pull_request');
    expect(wf.permissions).toEqual({contents: 'read'});
    const node = wf.jobs.test.steps.find((s: any) => s.uses?.startsWith('actions/setup-node'));
    expect(node.with['node-version']).toBe(22);
    const runs = wf.jobs.test.steps.map((s: any) => s.run ?? '').join('\n');
    // Ubuntu has no chromium deb: the runner's Chrome, else Playwright's own download.
    expect(runs).not.toMatch(/apt-get install[^\n]*\bchromium\b/);
    expect(runs).toMatch(/google-chrome \|\| npx playwright install --with-deps chromium/);
    expect(runs).toMatch(/^npm ci$/m);
    expect(runs).toMatch(/^npm test$/m);
    expect(readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toMatch(/^npm test\b/m);
  });

  /** The run lines of a job, and that it gets Node, a browser and the locked dependencies. */
  const watchdogRuns = (job: any): string => {
    const node = job.steps.find((s: any) => s.uses?.startsWith('actions/setup-node'));
    expect(node.with).toEqual({'node-version': 22, cache: 'npm'});
    expect(job.steps.some((s: any) => s.uses?.startsWith('actions/checkout'))).toBe(true);
    const runs = job.steps.map((s: any) => s.run ?? '').join('\n');
    expect(runs).toMatch(/google-chrome \|\| npx playwright install --with-deps chromium/);
    expect(runs).toMatch(/^npm ci$/m);
    return runs;
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
});
