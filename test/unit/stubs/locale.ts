import {readFileSync} from 'node:fs';
import path from 'node:path';
import {DEFAULT_LOCALE, isLocale, type Locale} from '../../../src/i18n/locales';

/** The locale the stubs pretend the site is built for. */
let current: Locale = DEFAULT_LOCALE;
export const setTestLocale = (locale: string) => {
  if (!isLocale(locale)) throw new Error(`setTestLocale: "${locale}" is not a locale of src/i18n/locales.ts`);
  current = locale;
};
export const getTestLocale = (): Locale => current;

type CodeJson = Record<string, {message: string}>;
const codeJson = new Map<Locale, CodeJson>();
/** The locale's i18n/<locale>/code.json, as the site's build reads it (none: the source messages only). */
function translations(locale: Locale): CodeJson {
  let found = codeJson.get(locale);
  if (!found) {
    try {
      found = JSON.parse(readFileSync(path.join(__dirname, '../../../i18n', locale, 'code.json'), 'utf8')) as CodeJson;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      found = {};
    }
    codeJson.set(locale, found);
  }
  return found;
}

/** Like Docusaurus: the locale's code.json where it has the id, else the source (Chinese) message. */
export function lookupMessage(id: string | undefined, message: string | undefined): string {
  const translated = id === undefined ? undefined : translations(current)[id]?.message;
  return translated ?? message ?? id ?? '';
}
