import {parseArgs} from 'node:util';
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

const KNOWN = {
  'out-dir': {type: 'string'},
  locale: {type: 'string', short: 'l', multiple: true},
  cache: {type: 'boolean'},
} as const;

export function parseBuildArgs(argv: readonly string[]): BuildOptions {
  const args = [...argv];
  // Not strict: every option this command does not know is passed on to `docusaurus build` as given.
  const {tokens} = parseArgs({args, options: KNOWN, strict: false, allowPositionals: true, tokens: true});
  const options: BuildOptions = {outDir: 'build', locales: [], cache: false, rest: []};
  for (const token of tokens) {
    if (token.kind === 'option' && token.name in KNOWN) {
      if (token.name === 'cache') {
        options.cache = true;
        continue;
      }
      if (token.value === undefined || token.value.startsWith('-'))
        throw new Error(`npm run build: ${token.rawName} wants a value`);
      if (token.name === 'out-dir') options.outDir = token.value;
      else options.locales.push(token.value);
    } else if (token.kind !== 'option-terminator') {
      options.rest.push(
        ...args.slice(
          token.index,
          token.index + (token.kind === 'option' && token.value !== undefined && token.inlineValue === false ? 2 : 1),
        ),
      );
    }
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
