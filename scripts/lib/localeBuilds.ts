import {DEFAULT_LOCALE, isLocale, LOCALES} from '../../src/i18n/locales';

/** What `npm run build` (scripts/build.ts) was asked for. */
export interface BuildOptions {
  outDir: string;
  locales: string[];
  /** Keep Rspack's persistent cache (`--cache`): only worth it where the next build runs on the same disk. */
  cache: boolean;
  /** Passed on to `docusaurus build` (e.g. `--no-minify`). */
  rest: string[];
}

export function parseBuildArgs(argv: readonly string[]): BuildOptions {
  const options: BuildOptions = {outDir: 'build', locales: [], cache: false, rest: []};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v.startsWith('-')) throw new Error(`npm run build: ${name} wants a value`);
      return v;
    };
    if (name === '--out-dir') options.outDir = value();
    else if (name === '--locale' || name === '-l') options.locales.push(value());
    else if (arg === '--cache') options.cache = true;
    else options.rest.push(arg);
  }
  for (const locale of options.locales)
    if (!isLocale(locale))
      throw new Error(`npm run build: unknown locale "${locale}" (known: ${LOCALES.join(', ')}; src/i18n/locales.ts)`);
  return options;
}

/** The locales to build, in build order: the default locale first, since its build empties the output folder. */
export function buildOrder(requested: readonly string[]): string[] {
  const wanted = requested.length > 0 ? new Set(requested) : new Set<string>(LOCALES);
  return [DEFAULT_LOCALE, ...LOCALES.filter((l) => l !== DEFAULT_LOCALE)].filter((l) => wanted.has(l));
}
