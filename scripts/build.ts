/**
 * npm run build [-- --out-dir <dir>] [-- --locale <locale> ...] [-- --cache] [-- <other `docusaurus build` options>]
 *
 * Builds the site like `docusaurus build`, but each locale in its own Node process, the default locale first (its
 * build empties the output folder; the others write to `<dir>/<locale>/`). The output is the same: the config states
 * each locale's base URL. One process per locale gives the memory of one locale's build back before the next starts;
 * in one process it grows from locale to locale.
 *
 * Once a locale's build has exited, every plugin has written its pages: the content-security policy is written into
 * them then (scripts/content-security-policy). `npx docusaurus build` builds the same pages without the policy.
 *
 * Rspack's persistent cache is not written unless `--cache` asks for it (the test build and `npm run preview` do):
 * the deploy runs on a fresh machine each time, where the cache is never read and writing it only costs memory.
 */
import {spawn, type ChildProcess} from 'node:child_process';
import path from 'node:path';
import {EXTERNAL_HOSTS} from '../content.config';
import {writeContentSecurityPolicy} from './content-security-policy';
import {buildOrder, parseBuildArgs} from './lib/localeBuilds';
import {DEFAULT_LOCALE, LOCALES} from '../src/i18n/locales';

const SITE_DIR = path.join(__dirname, '..');
const DOCUSAURUS = path.join(__dirname, 'lib/docusaurus-cli.mjs');
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

async function main(): Promise<number> {
  const {outDir, locales, cache, rest} = parseBuildArgs(process.argv.slice(2));
  const env = cache ? process.env : {...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: '1'};
  for (const locale of buildOrder(locales)) {
    current = spawn(
      process.execPath,
      [...V8_FLAGS, DOCUSAURUS, 'build', '--locale', locale, '--out-dir', outDir, ...rest],
      {
        stdio: 'inherit',
        env,
      },
    );
    const child = current;
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) =>
      child.on('exit', (c, s) => done([c, s])),
    );
    if (code !== 0) {
      console.error(`npm run build: the ${locale} build failed (${signal ?? `exit ${code}`})`);
      return code || 1;
    }
    await writeContentSecurityPolicy({siteDir: SITE_DIR, ...localeFolders(outDir, locale), hosts: EXTERNAL_HOSTS});
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
