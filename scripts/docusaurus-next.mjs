#!/usr/bin/env node
/**
 * npm run check:docusaurus-next [-- --version <version>] [-- --keep]
 *
 * Builds the site and runs the unit tests against the newest Docusaurus pre-release the registry offers, in a scratch
 * copy of the repository (the checkout is left alone), so a break in Docusaurus' internals shows before an upgrade.
 * Every `@docusaurus/*` package of package.json moves to that version together. UPGRADING.md lists what is likely to
 * break. Exit code: 0 when both pass, 1 when one fails, 2 on a wrong call.
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import semver from 'semver';
import {isMain} from './lib/isMain.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');

/**
 * The newest pre-release of @docusaurus/core: the highest version carrying a pre-release tag (canary, alpha, beta,
 * rc) among the registry's versions and dist-tags.
 * @param {string[]} versions
 * @param {Record<string, string>} distTags
 * @returns {string | undefined}
 */
export function newestPrerelease(versions, distTags) {
  const candidates = [...versions, ...Object.values(distTags)].filter((v) => semver.valid(v) && semver.prerelease(v));
  return candidates.sort(semver.rcompare)[0];
}

/** @param {string[]} args */
const npmJson = (args) => JSON.parse(execFileSync('npm', [...args, '--json'], {encoding: 'utf8'}));

/**
 * package.json with every @docusaurus/* dependency at `version`.
 * @param {Record<string, any>} pkg
 * @param {string} version
 */
export function withDocusaurus(pkg, version) {
  const out = structuredClone(pkg);
  for (const field of ['dependencies', 'devDependencies'])
    for (const name of Object.keys(out[field] ?? {})) if (name.startsWith('@docusaurus/')) out[field][name] = version;
  return out;
}

/**
 * @param {string} cwd
 * @param {string[]} args
 */
function run(cwd, args) {
  console.log(`\n$ npm ${args.join(' ')}`);
  return spawnSync('npm', args, {cwd, stdio: 'inherit'}).status === 0;
}

async function main() {
  const {values} = parseArgs({options: {version: {type: 'string'}, keep: {type: 'boolean', default: false}}});
  const version =
    values.version ??
    newestPrerelease(
      npmJson(['view', '@docusaurus/core', 'versions']),
      npmJson(['view', '@docusaurus/core', 'dist-tags']),
    );
  if (!version) throw new Error('the registry offers no pre-release of @docusaurus/core');
  const copy = mkdtempSync(path.join(tmpdir(), 'docusaurus-next-'));
  console.log(`Docusaurus ${version}, in ${copy}`);
  const files = execFileSync('git', ['ls-files', '-z'], {cwd: ROOT, encoding: 'utf8'}).split('\0').filter(Boolean);
  for (const file of files) {
    mkdirSync(path.dirname(path.join(copy, file)), {recursive: true});
    cpSync(path.join(ROOT, file), path.join(copy, file));
  }
  const pkg = JSON.parse(readFileSync(path.join(copy, 'package.json'), 'utf8'));
  writeFileSync(path.join(copy, 'package.json'), `${JSON.stringify(withDocusaurus(pkg, version), null, 2)}\n`);
  const ok =
    run(copy, ['install', '--no-audit', '--no-fund']) && run(copy, ['run', 'build']) && run(copy, ['run', 'test:unit']);
  console.log(`\ncheck:docusaurus-next: Docusaurus ${version}: ${ok ? 'the build and the unit tests pass' : 'FAILED'}`);
  if (values.keep) console.log(`the copy stays in ${copy}`);
  else rmSync(copy, {recursive: true, force: true});
  return ok ? 0 : 1;
}

if (isMain(import.meta.url))
  main().then(
    (code) => (process.exitCode = code),
    (error) => {
      console.error(`check:docusaurus-next: ${/** @type {Error} */ (error).message}`);
      process.exitCode = 2;
    },
  );
