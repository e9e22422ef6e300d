import type {Locale} from '../../i18n/locales';
import {CHANGES_HEADING_ID, entryAnchor, entryId, formatDay, type ChangeLog} from './changes';
import {describeEntry, fill, namesOf, partsToText, type ChangePart} from './changeText';
import {CHANGE_WORDS} from './changeWords';
import type {Matrix} from './types';

/**
 * The feed's id and its entries' ids: tag URIs (RFC 4151) that name the page, not the host it is served from,
 * so they stay the same whatever the site's URL; one feed per locale.
 */
export function feedId(locale: Locale): string {
  return `tag:zilliz.com,2026:byoc-docs/shared-responsibilities/changes/${locale}`;
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A change as HTML, each name a link to its row or section on the page. */
function partsToHtml(parts: readonly ChangePart[], pageUrl: string): string {
  return parts
    .map((p) => (typeof p === 'string' ? xml(p) : `<a href="${xml(`${pageUrl}#${p.id}`)}">${xml(p.text)}</a>`))
    .join('');
}

export interface FeedOptions {
  matrix: Matrix;
  log: ChangeLog;
  locale: Locale;
  /** Absolute URL of the locale's page. */
  pageUrl: string;
  /** Absolute URL of the feed itself. */
  feedUrl: string;
}

/** The change log as an Atom feed (RFC 4287), newest entry first, in one locale's words. */
export function changeFeed({matrix: m, log, locale, pageUrl, feedUrl}: FeedOptions): string {
  const names = namesOf(m, log, locale);
  const words = CHANGE_WORDS[locale];
  const time = (day: string) => `${day}T00:00:00Z`;
  const entries = log
    .map((entry, i) => ({entry, id: entryId(log, i)}))
    .reverse()
    .map(({entry, id}) => {
      const {changes, note} = describeEntry(entry, m, names, words, locale);
      const html = [
        ...(note ? [`<p>${xml(note)}</p>`] : []),
        `<ul>${changes.map((parts) => `<li>${partsToHtml(parts, pageUrl)}</li>`).join('')}</ul>`,
      ].join('');
      const title = partsToText(fill(words.entryTitle, {date: formatDay(entry.date, locale)}));
      return [
        '  <entry>',
        `    <id>${xml(`${feedId(locale)}/${id}`)}</id>`,
        `    <title>${xml(title)}</title>`,
        `    <updated>${time(entry.date)}</updated>`,
        `    <link rel="alternate" type="text/html" href="${xml(`${pageUrl}#${entryAnchor(id)}`)}"/>`,
        `    <summary type="text">${xml(changes.map(partsToText).join('\n'))}</summary>`,
        `    <content type="html">${xml(html)}</content>`,
        '  </entry>',
      ].join('\n');
    });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
    `  <id>${xml(feedId(locale))}</id>`,
    `  <title>${xml(words.feedTitle)}</title>`,
    `  <updated>${time(log.at(-1)?.date ?? m.version)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(`${pageUrl}#${CHANGES_HEADING_ID}`)}"/>`,
    '  <author><name>Zilliz</name></author>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
