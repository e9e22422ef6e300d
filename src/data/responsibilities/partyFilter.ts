import {matchesFilter, PARTY_FILTERS, type PartyFilter} from './model';
import type {Section, Task} from './types';

/** `?party=customer`: the filter lives in the URL, so a link opens the filtered view. */
export const PARTY_QUERY_KEY = 'party';

/**
 * The filter in force, on `<html>`. CSS hides what it excludes, so the view is
 * right from the first paint: an inline script sets it from the URL before the
 * body is parsed (the browser then scrolls to `#id` in the filtered layout),
 * and a client module keeps it in step afterwards (plugins/responsibility-matrix/partyFilterClient.ts).
 */
export const PARTY_FILTER_ATTRIBUTE = 'data-party-filter';

export type NarrowingFilter = Exclude<PartyFilter, 'all'>;

/** The filters that narrow the matrix (every one but "all"). */
export const NARROWING_FILTERS = PARTY_FILTERS.filter((f): f is NarrowingFilter => f !== 'all');

/** A row's `data-filters`: the filters it shows under, e.g. "customer shared". */
export function rowFilters(task: Task): string {
  return NARROWING_FILTERS.filter((f) => matchesFilter(task, f)).join(' ');
}

/** The one rule for "this section has nothing to show under this filter". */
export function isSectionEmpty(section: Section, filter: PartyFilter): boolean {
  return !section.tasks.some((t) => matchesFilter(t, filter));
}

/**
 * Whether a section is on screen: it has a row the filter shows, or it holds
 * the row the URL's `#hash` points at (that row stays, whatever the filter).
 */
export function isSectionShown(section: Section, filter: PartyFilter, linkedId?: string): boolean {
  return !isSectionEmpty(section, filter) || section.tasks.some((t) => t.id === linkedId);
}

/** A section's `data-empty-under`: the filters that leave it empty, e.g. "shared". */
export function emptyUnder(section: Section): string {
  return NARROWING_FILTERS.filter((f) => isSectionEmpty(section, f)).join(' ');
}

/**
 * `isSectionShown` as CSS, for the first paint (before React knows the URL):
 * selectors of `<html>` that hold while the section is hidden, one per filter
 * that empties it. The linked row is the `:target` among its task ids.
 */
export function sectionHiddenSelectors(section: Section): string[] {
  const tasks = section.tasks.map((t) => `#${t.id}`).join(',');
  return NARROWING_FILTERS.filter((f) => isSectionEmpty(section, f)).map(
    (f) => `html[${PARTY_FILTER_ATTRIBUTE}="${f}"]:not(:has(:is(${tasks}):target))`,
  );
}

/**
 * The CSS that applies the filter to the matrix tables (marked by the table:
 * `data-filters` on rows, `data-empty-under` on each section's root), the
 * same for every section and page:
 * rows outside the filter go, except the row the URL points at (`:target`),
 * which shows its note (why it is there); the shown rows keep alternating stripes;
 * a table left with nothing to show goes unless it holds that row, and the
 * heading right before it follows it. (The table of contents hides its own
 * entries: src/theme/TOCItems.)
 */
export function partyFilterCss(): string {
  return NARROWING_FILTERS.flatMap((f) => {
    const on = `html[${PARTY_FILTER_ATTRIBUTE}="${f}"]`;
    const emptied = `[data-empty-under~="${f}"]`;
    return [
      `${on} tr[data-filters]:not([data-filters~="${f}"]):not(:target){display:none}`,
      // The linked row outside the filter says why it is there.
      `${on} tr[data-filters]:not([data-filters~="${f}"]):target [data-linked-note]::after{content:attr(data-linked-note)}`,
      // Stripes count the rows shown, not the hidden ones (Infima counts every row).
      `${on} [data-empty-under] tbody tr{background-color:transparent}`,
      `${on} [data-empty-under] tbody tr:nth-child(2n of [data-filters~="${f}"],:target){background-color:var(--ifm-table-stripe-background)}`,
      // No :has() inside :has(): browsers drop such a rule, with every selector the minifier merges into it.
      `${on} ${emptied}:not(:has(tr:target)),${on} h2:has(+${emptied}):not(:has(+${emptied} tr:target)){display:none}`,
    ];
  }).join('\n');
}

/**
 * Runs in `<head>` before the body exists: reads `?party=` and sets the
 * attribute, so the server-rendered rows are filtered before the first paint.
 */
export function partyFilterBootScript(): string {
  return `(function(){try{var p=new URLSearchParams(location.search).get(${JSON.stringify(PARTY_QUERY_KEY)});if(${JSON.stringify(NARROWING_FILTERS)}.indexOf(p)>-1)document.documentElement.setAttribute(${JSON.stringify(PARTY_FILTER_ATTRIBUTE)},p)}catch(e){}})();`;
}
