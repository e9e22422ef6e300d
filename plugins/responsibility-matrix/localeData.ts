import {LOCALES, type Locale} from '../../src/i18n/locales';
import {type Matrix} from '../../src/data/responsibilities/types';

/** A text in every locale, as the data writes it: an object whose keys are exactly the site's locales. */
function isLocalized(value: unknown): value is Record<Locale, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.length === LOCALES.length && LOCALES.every((l) => typeof (value as Record<string, unknown>)[l] === 'string')
  );
}

/**
 * The source of a module that stands in for `sharedResponsibilities.ts` in one locale's bundle: the same matrix,
 * each of its texts in that locale only. A page reads its own locale's labels; the other locales' would be bytes
 * every reader downloads and none reads. The build has already validated the whole matrix.
 */
export function localeDataModule(matrix: Matrix, locale: Locale, dataFile: string): string {
  const inLocale = JSON.stringify(matrix, (_key, value: unknown) =>
    isLocalized(value) ? {[locale]: value[locale]} : value,
  );
  return (
    `// Written by plugins/responsibility-matrix from ${dataFile} for the "${locale}" build: edit that file.\n` +
    `export const sharedResponsibilities = ${inLocale};\n` +
    `export const SHARED_RESPONSIBILITIES_FILE = ${JSON.stringify(dataFile)};\n`
  );
}
