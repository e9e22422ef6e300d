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
  /**
   * The Unicode scripts the locale's translations are written in. A matrix label with none of them is still the
   * English text the editor starts from (the import keeps the existing label), and a UI string with Han characters is
   * an untranslated Chinese default unless Han is among them (the content check). `Latin` means English-like: such a
   * locale is never "untranslated".
   */
  readonly scripts: readonly Script[];
  /**
   * Where AutoCorrect's spacing between CJK and Latin text (设置VPC → 设置 VPC) applies: `pages` (body and front
   * matter of the locale's pages) and `labels` (the matrix labels the import writes).
   */
  readonly cjkSpacing: readonly SpacedText[];
}

export type Script = 'Han' | 'Hiragana' | 'Katakana' | 'Latin';
export type SpacedText = 'pages' | 'labels';

export const LOCALE_SETTINGS: Readonly<Record<Locale, LocaleSettings>> = {
  'zh-Hans': {
    label: '简体中文',
    htmlLang: 'zh-Hans',
    searchLanguage: 'zh',
    scripts: ['Han'],
    cjkSpacing: ['pages', 'labels'],
  },
  en: {label: 'English', htmlLang: 'en', searchLanguage: 'en', scripts: ['Latin'], cjkSpacing: []},
  ja: {
    label: '日本語',
    htmlLang: 'ja',
    searchLanguage: 'ja',
    scripts: ['Han', 'Hiragana', 'Katakana'],
    cjkSpacing: ['labels'],
  },
};

/** Whether this kind of text in this language (a locale, or a one-locale page's language tag) gets CJK spacing. */
export function hasCjkSpacing(language: string | undefined, text: SpacedText): boolean {
  return language !== undefined && isLocale(language) && LOCALE_SETTINGS[language].cjkSpacing.includes(text);
}

/** Matches text written in one of the locale's scripts. */
export function scriptPattern(locale: Locale): RegExp {
  return new RegExp(`[${LOCALE_SETTINGS[locale].scripts.map((s) => `\\p{Script=${s}}`).join('')}]`, 'u');
}

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
