/**
 * The site's locales, stated once: docusaurus.config.ts, the matrix data, its
 * exports and console links, and the tests all read this list. Adding a locale
 * here (plus its translations under i18n/<locale>/ and its labels in the
 * matrix) is all a new language takes; no component changes.
 */
export const LOCALES = ['zh-Hans', 'en', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE = 'zh-Hans' satisfies Locale;

export interface LocaleSettings {
  /** Shown in the locale menu, in its own language. */
  readonly label: string;
  /** `<html lang>`, hreflang. */
  readonly htmlLang: string;
  /**
   * Language of the locale's search index (ISO 639-1), forced on every page and matrix record of the locale
   * (plugins/search-pagefind): Pagefind segments Chinese and Japanese words by it.
   */
  readonly searchLanguage: string;
}

export const LOCALE_SETTINGS: Readonly<Record<Locale, LocaleSettings>> = {
  'zh-Hans': {label: '简体中文', htmlLang: 'zh-Hans', searchLanguage: 'zh'},
  en: {label: 'English', htmlLang: 'en', searchLanguage: 'en'},
  ja: {label: '日本語', htmlLang: 'ja', searchLanguage: 'ja'},
};

/** Where a locale's pages live below the base URL: `/` for the default, `/<locale>/` for the others. */
export function localePrefix(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '/' : `/${locale}/`;
}

/** A site path (`/shared-responsibilities`) in a locale (`/en/shared-responsibilities`). */
export function localizedPath(locale: Locale, path: string): string {
  return `${localePrefix(locale).slice(0, -1)}${path}`;
}

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}
