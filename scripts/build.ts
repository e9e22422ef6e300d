/**
 * npm run build [-- --out-dir <dir>] [-- --locale <locale> ...] [-- --cache] [-- <other `docusaurus build` options>]
 *
 * Builds the site like `docusaurus build`, but each locale in its own Node process, the default locale first (its
 * build empties the output folder; the others write to `<dir>/<locale>/`). The output is the same: the config states
 * each locale's base URL. One process per locale gives the memory of one locale's build back before the next starts;
 * in one process it grows from locale to locale.
 *
 * Once a locale's build has exited, every plugin has written its pages: the content-security policy is written into
 * them then (scripts/content-security-policy), in a process of its own. Once every locale is built, each locale's
 * sitemap gets the other locales' addresses of its pages, and the site's root the sitemap index and robots.txt
 * (scripts/sitemaps). `npx docusaurus build` builds the same pages without the policy and with one plain sitemap per
 * locale.
 *
 * Rspack's persistent cache is not written unless `--cache` asks for it (the test build and `npm run preview` do):
 * the deploy runs on a fresh machine each time, where the cache is never read and writing it only costs memory.
 */
import {spawn, type ChildProcess} from 'node:child_process';
import path from 'node:path';
import {buildOrder, parseBuildArgs} from './lib/localeBuilds';
import {DEFAULT_LOCALE, LOCALES} from '../src/i18n/locales';

const DOCUSAURUS = path.join(__dirname, 'lib/docusaurus-cli.mjs');
const JITI = require.resolve('jiti/bin/jiti.js');
const POLICY_PASS = path.join(__dirname, 'content-security-policy/write.ts');
const SITEMAPS_PASS = path.join(__dirname, 'sitemaps/write.ts');
/**
 * V8 lets a heap it collects quickly grow up to fourfold before it collects again, and a build allocates much it soon
 * drops. Growing by a fifth at a time keeps each locale's peak lower at the same speed; it is no ceiling, so a larger
 * site still gets the memory it needs. `npm run bench -- --pages 300` shows the effect.
 */
const V8_FLAGS = ['--heap-growing-percent=20'];

/** The locale's build folder, and the other locales' folders inside it (the default locale builds at the root). */
function localeFolders(outDir: string, locale: string): {localeDir: string; skip: string[]} {
  if (locale !== DEFAULT_LOCALE) return {localeDir: path.join(outDir, locale), skip: []};
  return {localeDir: outDir, skip: LOCALES.filter((l) => l !== DEFAULT_LOCALE).map((l) => path.join(outDir, l))};
}

let current: ChildProcess | undefined;
// A stop (Ctrl+C, or `npm run preview` stopping) reaches the locale's build too.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
  process.on(signal, () => {
    current?.kill(signal);
    process.exit(1);
  });

/** Runs one step of the build as a child process; resolves with how it ended. */
function step(args: string[], env: NodeJS.ProcessEnv): Promise<[number | null, NodeJS.Signals | null]> {
  const child = spawn(process.execPath, args, {stdio: 'inherit', env});
  current = child;
  return new Promise((done) => child.on('exit', (c, s) => done([c, s])));
}

async function main(): Promise<number> {
  const {outDir, locales, cache, rest} = parseBuildArgs(process.argv.slice(2));
  const env = cache ? process.env : {...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: '1'};
  for (const locale of buildOrder(locales)) {
    const [code, signal] = await step(
      [...V8_FLAGS, DOCUSAURUS, 'build', '--locale', locale, '--out-dir', outDir, ...rest],
      env,
    );
    if (code !== 0) {
      console.error(`npm run build: the ${locale} build failed (${signal ?? `exit ${code}`})`);
      return code || 1;
    }
    const {localeDir, skip} = localeFolders(outDir, locale);
    const [policyCode, policySignal] = await step(
      [JITI, POLICY_PASS, localeDir, ...skip.flatMap((dir) => ['--skip', dir])],
      process.env,
    );
    if (policyCode !== 0) {
      console.error(
        `npm run build: the ${locale} content-security policy failed (${policySignal ?? `exit ${policyCode}`})`,
      );
      return policyCode || 1;
    }
  }
  const [sitemapsCode, sitemapsSignal] = await step([JITI, SITEMAPS_PASS, outDir], process.env);
  if (sitemapsCode !== 0) {
    console.error(`npm run build: the sitemaps failed (${sitemapsSignal ?? `exit ${sitemapsCode}`})`);
    return sitemapsCode || 1;
  }
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error((error as Error).message);
    process.exitCode = 2;
  },
);
