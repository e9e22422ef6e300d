/**
 * npm run build [-- --out-dir <dir>] [-- --locale <locale> ...] [-- --cache] [-- <other `docusaurus build` options>]
 *
 * Builds the site like `docusaurus build`, but each locale in its own Node
 * process, the default locale first (its build empties the output folder; the
 * others write to `<dir>/<locale>/`). The output is the same: the config
 * states each locale's base URL. Why: peak memory. In one process, memory
 * grows from one locale to the next (at 300 pages per locale: about 2.2 GB,
 * and still 1.7 GB with V8's heap growing 10% at a time); one process per locale gives it
 * back after each.
 *
 * Rspack's persistent cache is not written unless `--cache` asks for it (the
 * test build and `npm run preview` do): the deploy runs on a fresh machine
 * each time, where the cache (about 95 MB per locale at 300 pages) is never
 * read, and writing it held about 110 MB more at the peak.
 */
import {spawn, type ChildProcess} from 'node:child_process';
import path from 'node:path';
import {buildOrder, parseBuildArgs} from './lib/localeBuilds';

const DOCUSAURUS = path.join(__dirname, 'lib/docusaurus-cli.mjs');
/**
 * V8 lets a heap it collects quickly grow up to fourfold before it collects again, and a build allocates much it
 * soon drops: each locale's process peaked at 1.2–1.5 GB at 300 pages per locale. Growing by 20% at a time kept
 * each near 1 GB in the same time (the three: 60.3 s; 59.7 s without the flag). 10% saved another 40 MB for 5%
 * more time; 30% took 25 MB more. It is no ceiling: a larger site still gets the memory it needs.
 */
const V8_FLAGS = ['--heap-growing-percent=20'];

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
