import {matchesFilter, PARTY_FILTERS, type PartyFilter} from './model';
import type {Section, Task} from './types';

/** `?party=customer`: the filter lives in the URL, so a link opens the filtered view. */
export const PARTY_QUERY_KEY = 'party';

/**
 * The filter in force, on `<html>`. CSS hides what it excludes, so the view is
 * right from the first paint: an inline script sets it from the URL before the
 * body is parsed (the browser then scrolls to `#id` in the filtered layout),
 * and React keeps it in step afterwards (src/hooks/usePartyFilter.ts).
 */
export const PARTY_FILTER_ATTRIBUTE = 'data-party-filter';

/** The filters that narrow the matrix (every one but "all"). */
export const NARROWING_FILTERS = PARTY_FILTERS.filter((f): f is Exclude<PartyFilter, 'all'> => f !== 'all');

/** A row's `data-filters`: the filters it shows under, e.g. "customer shared". */
export function rowFilters(task: Task): string {
  return NARROWING_FILTERS.filter((f) => matchesFilter(task, f)).join(' ');
}

/**
 * The CSS that applies a filter to one section, made from the data:
 * rows outside the filter go, except the row the URL points at (`:target`),
 * which shows its note (why it is there); the shown rows keep alternating stripes;
 * a section left with nothing to show goes as a whole (heading, table,
 * table-of-contents entry) unless it holds that row.
 */
export function sectionFilterCss(section: Section): string {
  const s = section.id;
  return NARROWING_FILTERS.flatMap((f) => {
    const on = `html[${PARTY_FILTER_ATTRIBUTE}="${f}"]`;
    const rules = [
      `${on} [data-section="${s}"] tr[data-filters]:not([data-filters~="${f}"]):not(:target){display:none}`,
      // The linked row outside the filter says why it is there.
      `${on} [data-section="${s}"] tr[data-filters]:not([data-filters~="${f}"]):target [data-linked-note]::after{content:attr(data-linked-note)}`,
      // Stripes count the rows shown, not the hidden ones (Infima counts every row).
      `${on} [data-section="${s}"] tbody tr{background-color:transparent}`,
      `${on} [data-section="${s}"] tbody tr:nth-child(2n of [data-filters~="${f}"],:target){background-color:var(--ifm-table-stripe-background)}`,
    ];
    if (!section.tasks.some((t) => matchesFilter(t, f)))
      rules.push(
        `${on}:not(:has([data-section="${s}"] tr:target)) :is(#${s},[data-section="${s}"],.table-of-contents li:has(>a[href="#${s}"])){display:none}`,
      );
    return rules;
  }).join('\n');
}

/**
 * Runs in `<head>` before the body exists: reads `?party=` and sets the
 * attribute, so the server-rendered rows are filtered before the first paint.
 */
export function partyFilterBootScript(): string {
  return `(function(){try{var p=new URLSearchParams(location.search).get(${JSON.stringify(PARTY_QUERY_KEY)});if(${JSON.stringify(NARROWING_FILTERS)}.indexOf(p)>-1)document.documentElement.setAttribute(${JSON.stringify(PARTY_FILTER_ATTRIBUTE)},p)}catch(e){}})();`;
}
