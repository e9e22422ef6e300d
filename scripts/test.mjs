#!/usr/bin/env node
/**
 * `npm test`: every check, as fast as two cores allow. The test build comes
 * first; then the browser tests run while the checks that need no build
 * (types, lint, workflows, unit tests with the content check of the site; one after another) run beside
 * them. The first failure stops everything and sets the exit code.
 */
import {spawn} from 'node:child_process';
import {readFileSync} from 'node:fs';
import semver from 'semver';

// A suite that passes on a Node the project does not support proves nothing about the one it does.
const {engines} = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
if (!semver.satisfies(process.versions.node, engines.node)) {
  console.error(
    `npm test: Node ${process.versions.node} is not the Node this project supports (${engines.node}); ` +
      'install it, or run .ci/run, which fetches it from the npm registry',
  );
  process.exit(1);
}

// The content check of the site itself runs in the unit tests (test/unit/contentCheck.test.ts), which fail on its errors.
const CHECKS = ['typecheck', 'lint', 'lint:workflows', 'test:unit'];
/** @type {Set<import('node:child_process').ChildProcess>} */
const running = new Set();

/**
 * Runs a command, each line of its output prefixed with its name; resolves with its exit code.
 * @param {string} name
 * @param {string} command
 * @param {string[]} args
 * @returns {Promise<number>}
 */
function run(name, command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, FORCE_COLOR: '0'}});
    running.add(child);
    for (const [stream, out] of /** @type {const} */ ([
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ])) {
      let rest = '';
      stream.on('data', (/** @type {Buffer} */ chunk) => {
        const lines = (rest + chunk.toString()).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) out.write(`[${name}] ${line}\n`);
      });
      stream.on('end', () => rest && out.write(`[${name}] ${rest}\n`));
    }
    child.on('exit', (code, signal) => {
      running.delete(child);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/** @param {string} what @param {number} code */
function fail(what, code) {
  console.error(`npm test: ${what} failed (exit ${code})`);
  for (const child of running) child.kill('SIGTERM');
  process.exit(code || 1);
}

const started = Date.now();
const seconds = () => `${Math.round((Date.now() - started) / 1000)} s`;

async function checks() {
  for (const script of CHECKS) {
    const t = Date.now();
    const code = await run(script, 'npm', ['run', '-s', script]);
    if (code !== 0) fail(script, code);
    console.log(`[${script}] passed in ${Math.round((Date.now() - t) / 1000)} s`);
  }
}

async function build() {
  const code = await run('build', process.execPath, ['scripts/build-for-tests.mjs']);
  if (code !== 0) fail('the test build', code);
  console.log(`[build] done at ${seconds()}`);
}

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM']))
  process.on(signal, () => {
    for (const child of running) child.kill(signal);
    process.exit(1);
  });

// The build first, alone: the other checks running beside it starve it of CPU and memory on a small machine, and a
// build that fails halfway leaves pages the browser tests would read.
await build();
console.log(`npm test: build passed at ${seconds()}; browser tests and checks next`);
const e2e = run('e2e', 'npx', ['playwright', 'test']);
await checks();
console.log(`npm test: checks passed at ${seconds()}; waiting for the browser tests`);
const e2eCode = await e2e;
if (e2eCode !== 0) fail('the browser tests', e2eCode);
console.log(`npm test: passed in ${seconds()}`);
