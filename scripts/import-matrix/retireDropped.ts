import type {Matrix, Section} from '../../src/data/responsibilities/types';
import {ImportError} from './ImportError';
import type {Change} from './change';

/**
 * An id the exports no longer carry is refused unless retired on purpose; a
 * retired id keeps landing on a section: its own for a task, else the
 * section that took most of its tasks, else the one named with `--retire id=section`.
 */
export function retireDropped(
  current: Matrix,
  sections: Section[],
  retire: Readonly<Record<string, string | undefined>>,
  retired: Record<string, string>,
  changes: Change[],
) {
  const now = new Set(sections.flatMap((s) => [s.id, ...s.tasks.map((t) => t.id)]));
  const sectionNow = new Map(sections.flatMap((s) => s.tasks.map((t) => [t.id, s.id] as const)));
  const newSectionIds = new Set(sections.map((s) => s.id));
  const dropped: {id: string; what: string; section?: Section}[] = [];
  for (const s of current.sections) {
    if (!now.has(s.id)) dropped.push({id: s.id, what: `section "${s.title.en}"`, section: s});
    for (const t of s.tasks) if (!now.has(t.id)) dropped.push({id: t.id, what: `task "${t.label.en}" of "${s.id}"`});
  }
  for (const id of Object.keys(retire))
    // Retired by an earlier import of the same exports: nothing more to do.
    if (!dropped.some((d) => d.id === id) && !(id in retired))
      throw new ImportError(
        now.has(id)
          ? `--retire ${id}: "${id}" is still in the exports; only an id they drop can be retired`
          : `--retire ${id}: no section or task has the id "${id}"`,
      );
  const refused = dropped.filter((d) => !(d.id in retire));
  if (refused.length > 0)
    throw new ImportError(
      `the exports drop public id${refused.length === 1 ? '' : 's'} the console may link to: ${refused.map((d) => `"${d.id}" (${d.what})`).join(', ')}; keep ${refused.length === 1 ? 'it' : 'them'} in the exports, or retire on purpose with ${refused.map((d) => `--retire ${d.id}`).join(' ')}`,
    );

  const oldSectionOf = new Map(current.sections.flatMap((s) => s.tasks.map((t) => [t.id, s.id] as const)));
  /** Where the links of a dropped section now land. */
  const landing = (sectionId: string): string | undefined => {
    const explicit = retire[sectionId];
    if (explicit) return explicit;
    if (newSectionIds.has(sectionId)) return sectionId;
    const counts = new Map<string, number>();
    for (const [task, was] of oldSectionOf)
      if (was === sectionId && sectionNow.has(task))
        counts.set(sectionNow.get(task)!, (counts.get(sectionNow.get(task)!) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  };
  for (const d of dropped) {
    const target = retire[d.id] ?? landing(d.section ? d.id : oldSectionOf.get(d.id)!);
    if (!target)
      throw new ImportError(
        `--retire ${d.id}: none of its tasks remain on the page; say where its old links should land with --retire ${d.id}=<section-id> (one of ${[...newSectionIds].join(', ')})`,
      );
    if (!newSectionIds.has(target))
      throw new ImportError(
        `--retire ${d.id}=${target}: "${target}" is not a section after the import (one of ${[...newSectionIds].join(', ')})`,
      );
    retired[d.id] = target;
    changes.push({kind: 'retired', id: d.id, section: target});
  }
  // Links retired earlier onto a section retired now follow it.
  for (const [id, section] of Object.entries(retired))
    if (!newSectionIds.has(section)) retired[id] = landing(section) ?? retired[section]!;
}
