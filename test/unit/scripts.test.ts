// @vitest-environment node
import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import {cpSync, mkdtempSync, symlinkSync} from 'node:fs';
import type {Server} from 'node:http';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {changedFiles, removeScratch, scratchRepo, treeDigest} from '../helpers/scratchRepo';
import {startServer} from '../../scripts/serve-gh-pages.mjs';
import {tempTree} from './helpers/tempTree';

const ROOT = path.join(__dirname, '../..');
const SITE = tempTree('gh-pages-site', {'index.html': '<h1>home</h1>', '404.html': '<h1>missing</h1>'});

/** Resolves with the URL a serving process prints (`Serving … at http://…`), or rejects with its output. */
function servingUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Serving .* at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', (code) => reject(new Error(`exited with ${code} before serving:\n${output}`)));
  });
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.on('exit', () => resolve())));

describe('serve-gh-pages', () => {
  let server: Server;
  afterAll(() => server?.close());

  it('answers a malformed URL with 400 and keeps serving', async () => {
    server = await startServer({dir: SITE, base: '/docs/', port: 0});
    const address = server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/docs/`;
    for (const bad of ['%', '%E0%A4%A', 'a%zz']) {
      const response = await fetch(`${base}${bad}`);
      expect(response.status, bad).toBe(400);
    }
    expect((await fetch(base)).status).toBe(200);
    expect((await fetch(`${base}nothing-here`)).status).toBe(404);
  });
});

describe('scripts run from a checkout whose path has a space', () => {
  // A copy of scripts/ (node_modules linked) under "with space": import.meta.url percent-encodes the space.
  const checkout = path.join(mkdtempSync(path.join(tmpdir(), 'checkout-')), 'with space');
  cpSync(path.join(ROOT, 'scripts'), path.join(checkout, 'scripts'), {recursive: true});
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(checkout, 'node_modules'));
  const run = (script: string, args: string[] = [], env: NodeJS.ProcessEnv = {}) =>
    spawnSync(process.execPath, [path.join(checkout, script), ...args], {
      cwd: checkout,
      encoding: 'utf8',
      env: {...process.env, ...env},
    });

  it('serve-gh-pages starts its server', async () => {
    const child = spawn(process.execPath, [path.join(checkout, 'scripts/serve-gh-pages.mjs'), SITE, '--port', '0']);
    try {
      const url = await servingUrl(child);
      expect((await fetch(url)).status).toBe(200);
    } finally {
      child.kill();
    }
  });

  it('which-chromium prints the browser it picks, or one line on how to install one, writing nothing', () => {
    const before = treeDigest(checkout);
    const found = run('scripts/which-chromium.mjs');
    expect(found.status).toBe(0);
    expect(found.stdout.trim()).toMatch(/^\/.*(chrom|Chrom)/);
    const missing = run('scripts/which-chromium.mjs', [], {CHROMIUM_PATH: '/no/such/chrome'});
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^CHROMIUM_PATH=\/no\/such\/chrome /)]);
    expect(changedFiles(before, treeDigest(checkout))).toEqual([]);
  });
});

describe('npm run preview', () => {
  // In a scratch copy of the repository: --no-build serves what is there and writes nothing.
  let copy = '';
  beforeAll(() => {
    copy = scratchRepo('preview');
  });
  afterAll(() => removeScratch(copy));

  for (const signal of ['SIGTERM', 'SIGINT'] as const)
    it(`stops its server when npm gets ${signal}, having written nothing`, async () => {
      const before = treeDigest(copy);
      const npm = spawn('npm', ['run', 'preview', '--', '--no-build', '--port', '0', SITE], {cwd: copy});
      const url = await servingUrl(npm);
      expect((await fetch(url)).status).toBe(200);
      npm.kill(signal);
      await exited(npm);
      await expect(fetch(url)).rejects.toThrow();
      expect(changedFiles(before, treeDigest(copy))).toEqual([]);
    });
});
