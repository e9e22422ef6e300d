import {NARROWING_FILTERS, PARTY_QUERY_KEY} from './partyFilter';
import {SHARED_RESPONSIBILITIES_ALIASES, SHARED_RESPONSIBILITIES_PATH} from './pages';
import {localePrefix, localizedPath} from '../../i18n/locales';
import {type Matrix} from './types';
import {LOCALES, type Locale} from '../../i18n/locales';

export type ConsoleLinkKind = 'page' | 'section' | 'task' | 'filter';

export interface ConsoleLink {
  locale: Locale;
  kind: ConsoleLinkKind;
  /** Path below the site's base URL, with its query and hash. */
  path: string;
  /** What the link must land on: an element id (section, task) or a `?party=` value (filter). */
  target: string | null;
}

export interface ConsoleLinks {
  $comment: string;
  matrixVersion: string;
  localeRule: string;
  locales: {locale: Locale; prefix: string}[];
  aliases: {from: string; to: string; keeps: string}[];
  links: ConsoleLink[];
}

export {localePrefix, localizedPath};

/**
 * Every link the Zilliz console may use into the docs: the contract that
 * console-links.json publishes and the end-to-end tests open one by one.
 */
export function consoleLinks(m: Matrix): ConsoleLinks {
  const links = LOCALES.flatMap((locale): ConsoleLink[] => {
    const page = localizedPath(locale, SHARED_RESPONSIBILITIES_PATH);
    return [
      {locale, kind: 'page', path: page, target: null},
      ...m.sections.map((s): ConsoleLink => ({locale, kind: 'section', path: `${page}#${s.id}`, target: s.id})),
      ...m.sections.flatMap((s) =>
        s.tasks.map((t): ConsoleLink => ({locale, kind: 'task', path: `${page}#${t.id}`, target: t.id})),
      ),
      ...NARROWING_FILTERS.map((f): ConsoleLink => ({
        locale,
        kind: 'filter',
        path: `${page}?${PARTY_QUERY_KEY}=${f}`,
        target: f,
      })),
    ];
  });
  return {
    $comment:
      'Generated from src/data/responsibilities by `npm run write-console-links`; do not edit. Paths are relative to the site base URL (e.g. https://zilliztech.github.io/byoc-docs).',
    matrixVersion: m.version,
    localeRule: `Chinese (zh-Hans, the default locale) is served at the site root, every other locale at /<locale>/ followed by the same path (English /en/, Japanese /ja/). Section and task ids are identical in every locale. ?${PARTY_QUERY_KEY}= (${NARROWING_FILTERS.join(', ')}) may be combined with a #id.`,
    locales: LOCALES.map((locale) => ({locale, prefix: localePrefix(locale)})),
    aliases: LOCALES.flatMap((locale) =>
      SHARED_RESPONSIBILITIES_ALIASES.map((from) => ({
        from: localizedPath(locale, from),
        to: localizedPath(locale, SHARED_RESPONSIBILITIES_PATH),
        keeps: 'query and hash',
      })),
    ),
    links,
  };
}

/**
 * The section and task ids that links in `links` (a committed console-links.json) point to but `m` no longer
 * has: each one is a console link that would land nowhere. A retired id still lands (on its section).
 */
export function unreachableTargets(links: ConsoleLinks, m: Matrix): string[] {
  const ids = new Set([
    ...m.sections.flatMap((s) => [s.id, ...s.tasks.map((t) => t.id)]),
    ...Object.keys(m.retired ?? {}),
  ]);
  const targets = links.links.flatMap((l) => (l.kind === 'section' || l.kind === 'task' ? [l.target ?? ''] : []));
  return [...new Set(targets.filter((id) => !ids.has(id)))];
}
