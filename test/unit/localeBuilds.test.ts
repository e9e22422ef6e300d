import {describe, expect, it} from 'vitest';
import {buildOrder, parseBuildArgs} from '../../scripts/lib/localeBuilds';
import {DEFAULT_LOCALE, LOCALES} from '../../src/i18n/locales';

describe('npm run build: one process per locale', () => {
  it('builds every locale, the default first (its build empties the output folder)', () => {
    const order = buildOrder([]);
    expect(order[0]).toBe(DEFAULT_LOCALE);
    expect([...order].sort()).toEqual([...LOCALES].sort());
  });

  it('builds only the locales asked for, still the default first', () => {
    expect(buildOrder(['ja', DEFAULT_LOCALE])).toEqual([DEFAULT_LOCALE, 'ja']);
    expect(buildOrder(['en'])).toEqual(['en']);
  });

  it('reads --out-dir, --locale (both spellings) and --cache, and passes the rest on to docusaurus build', () => {
    expect(parseBuildArgs(['--out-dir', 'build-test', '--locale', 'en', '-l', 'ja', '--cache', '--no-minify'])).toEqual(
      {outDir: 'build-test', locales: ['en', 'ja'], cache: true, rest: ['--no-minify']},
    );
    expect(parseBuildArgs(['--out-dir=out', '--locale=ja'])).toEqual({
      outDir: 'out',
      locales: ['ja'],
      cache: false,
      rest: [],
    });
    expect(parseBuildArgs([])).toEqual({outDir: 'build', locales: [], cache: false, rest: []});
  });

  it('stops on an unknown locale or a missing value, naming it', () => {
    expect(() => parseBuildArgs(['--locale', 'fr'])).toThrow(/unknown locale "fr".*src\/i18n\/locales\.ts/);
    expect(() => parseBuildArgs(['--out-dir'])).toThrow(/--out-dir wants a value/);
    expect(() => parseBuildArgs(['--locale', '--no-minify'])).toThrow(/--locale wants a value/);
  });
});
