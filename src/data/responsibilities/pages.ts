import type {Locale} from '../../i18n/locales';

/** Route of the Shared Responsibilities page in every locale (its MDX `slug`). */
export const SHARED_RESPONSIBILITIES_PATH = '/shared-responsibilities';

/** Older or shorter paths the console may already use; each redirects to the page. */
export const SHARED_RESPONSIBILITIES_ALIASES = ['/byoc/shared-responsibilities'] as const;

/** Base name of the downloadable exports, next to the page. */
export const EXPORT_BASENAME = 'shared-responsibilities';

/**
 * `shared-responsibilities.en.csv` (and `.atom`, the feed of the change log): the locale is in the name, so the Chinese
 * and English downloads do not overwrite each other in a Downloads folder.
 */
export function exportFileName(locale: Locale, format: 'csv' | 'json' | 'atom'): string {
  return `${EXPORT_BASENAME}.${locale}.${format}`;
}
