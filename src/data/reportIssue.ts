import {LOCALE_SETTINGS, type Locale} from '../i18n/locales';

/** What a reader's report says: the new issue's title and text, in the reader's language. */
export interface IssueDraft {
  title: string;
  body: string;
}

/**
 * A prefilled "new issue" page of the site's GitHub repository. Only an address: nothing is sent until the reader
 * opens it and submits the issue on GitHub.
 */
export function newIssueUrl(repositoryUrl: string, {title, body}: IssueDraft): string {
  const query = new URLSearchParams({title, body}).toString();
  // Chinese and Japanese text stays text: a URL may carry it as is (the browser encodes it when it follows the
  // link), in a third of the bytes of its percent-encoded UTF-8.
  const text = query.replace(/(?:%[89A-F][0-9A-F])+/g, (bytes) => decodeURIComponent(bytes));
  return `${repositoryUrl.replace(/\/$/, '')}/issues/new?${text}`;
}

/** A locale as a report names it: its name in its own language and its code, e.g. `English (en)`. */
export const languageName = (locale: Locale): string => `${LOCALE_SETTINGS[locale].label} (${locale})`;

/** The site's repository, as docusaurus.config.ts passes it to the pages (`customFields`); null when unknown. */
export function repositoryUrlOf(customFields: Record<string, unknown> | undefined): string | null {
  const url = customFields?.repositoryUrl;
  return typeof url === 'string' && url !== '' ? url : null;
}
