import type {Props} from '@theme/TOCItems';
import {matrix, type PartyFilter, type Section} from '@site/src/data/responsibilities/model';
import {isSectionShown, sectionHiddenSelectors} from '@site/src/data/responsibilities/partyFilter';

type TOCItem = Props['toc'][number];

const sectionsById = new Map<string, Section>(matrix.sections.map((s) => [s.id, s]));

/** The entries to list: a matrix section the filter leaves empty goes (unless it holds the linked row). */
export function shownEntries(toc: readonly TOCItem[], filter: PartyFilter, linkedId?: string): readonly TOCItem[] {
  if (filter === 'all') return toc;
  return toc.filter((entry) => {
    const section = sectionsById.get(entry.id);
    return !section || isSectionShown(section, filter, linkedId);
  });
}

/**
 * The same rule as CSS, for the first paint: React cannot know the URL before
 * it hydrates, but `<html data-party-filter>` (set by the boot script) and
 * `:target` can. Empty when the list has no matrix section.
 */
export function firstPaintCss(toc: readonly TOCItem[]): string {
  return toc
    .flatMap((entry) => {
      const section = sectionsById.get(entry.id);
      if (!section) return [];
      return sectionHiddenSelectors(section).map(
        (when) => `${when} .table-of-contents li:has(>a[href="#${entry.id}"]){display:none}`,
      );
    })
    .join('\n');
}
