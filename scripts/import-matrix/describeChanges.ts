import {type Localized, type Matrix, type PartyId, type Section} from '../../src/data/responsibilities/types';
import {LOCALES} from '../../src/i18n/locales';
import type {Change} from './change';

/** Marks, labels, moves and order, for the tasks and sections that exist before and after. */
export function describeChanges(
  current: Matrix,
  sections: Section[],
  changes: Change[],
  partyName: (p: PartyId) => string,
) {
  const oldSections = new Map(current.sections.map((s) => [s.id, s]));
  const oldTasks = new Map(
    current.sections.flatMap((s) => s.tasks.map((t) => [t.id, {task: t, section: s.id}] as const)),
  );
  const labels = (of: 'task' | 'section', id: string, before: Localized, after: Localized) => {
    for (const l of LOCALES)
      if (before[l] !== after[l])
        changes.push({kind: 'label', id, of, locale: l, before: before[l] ?? '', after: after[l]});
  };
  const kept = (ids: string[], other: Set<string>) => ids.filter((id) => other.has(id));

  const oldOrder = kept(
    current.sections.map((s) => s.id),
    new Set(sections.map((s) => s.id)),
  );
  const newOrder = kept(
    sections.map((s) => s.id),
    new Set(oldOrder),
  );
  if (oldOrder.join() !== newOrder.join())
    changes.push({kind: 'sections-reordered', before: oldOrder, after: newOrder});

  for (const section of sections) {
    const before = oldSections.get(section.id);
    if (before) labels('section', section.id, before.title, section.title);
    for (const task of section.tasks) {
      const old = oldTasks.get(task.id);
      if (!old) continue;
      if (old.section !== section.id)
        changes.push({kind: 'task-moved', id: task.id, label: task.label.en, from: old.section, to: section.id});
      for (const p of current.parties) {
        const was = old.task.responsible.includes(p.id);
        const is = task.responsible.includes(p.id);
        if (was !== is)
          changes.push({
            kind: 'mark',
            id: task.id,
            label: task.label.en,
            party: partyName(p.id),
            before: was,
            after: is,
          });
      }
      labels('task', task.id, old.task.label, task.label);
    }
    if (before) {
      const stayed = new Set(section.tasks.map((t) => t.id));
      const was = before.tasks.map((t) => t.id).filter((id) => stayed.has(id));
      const is = section.tasks.map((t) => t.id).filter((id) => was.includes(id));
      if (was.join() !== is.join())
        changes.push({kind: 'tasks-reordered', section: section.id, before: was, after: is});
    }
  }
}
