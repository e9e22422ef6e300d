import type {ChangeLog, ChangeLogEntry, MatrixChange} from '../../src/data/responsibilities/changes';
import type {Localized, Matrix, Task} from '../../src/data/responsibilities/types';
import {matrixFingerprint} from '../../plugins/responsibility-matrix/fingerprint';
import type {Change} from './change';

const tasksOf = (m: Matrix) => new Map<string, Task>(m.sections.flatMap((s) => s.tasks.map((t) => [t.id, t] as const)));

/**
 * The import's diff as change-log records: the marks of a task make one change of who holds it, the labels of a
 * task or section one change of its words; a retired id is a task or a section as the data before knew it.
 */
export function logChanges(before: Matrix, after: Matrix, diff: readonly Change[]): MatrixChange[] {
  const oldTasks = tasksOf(before);
  const newTasks = tasksOf(after);
  const newSection = (id: string) => after.sections.find((s) => s.id === id)!;
  const out: MatrixChange[] = [];
  const seen = new Set<string>();
  const once = (k: string) => !seen.has(k) && Boolean(seen.add(k));
  for (const c of diff)
    switch (c.kind) {
      case 'section-added':
        out.push({kind: 'section-added', section: c.id, title: newSection(c.id).title});
        break;
      case 'sections-reordered':
        out.push({kind: 'order', section: null});
        break;
      case 'tasks-reordered':
        out.push({kind: 'order', section: c.section});
        break;
      case 'task-added': {
        const task = newTasks.get(c.id)!;
        out.push({
          kind: 'task-added',
          task: c.id,
          label: task.label,
          section: c.section,
          responsible: task.responsible,
        });
        break;
      }
      case 'task-moved':
        out.push({kind: 'task-moved', task: c.id, from: c.from, to: c.to});
        break;
      case 'mark':
        if (once(`mark ${c.id}`))
          out.push({
            kind: 'responsible',
            task: c.id,
            before: oldTasks.get(c.id)!.responsible,
            after: newTasks.get(c.id)!.responsible,
          });
        break;
      case 'label': {
        if (!once(`label ${c.of} ${c.id}`)) break;
        const words = diff.filter(
          (d): d is Extract<Change, {kind: 'label'}> => d.kind === 'label' && d.of === c.of && d.id === c.id,
        );
        const pick = (side: 'before' | 'after') =>
          Object.fromEntries(words.map((w) => [w.locale, w[side]])) as Partial<Localized>;
        out.push({kind: 'label', of: c.of, id: c.id, before: pick('before'), after: pick('after')});
        break;
      }
      case 'retired': {
        const section = before.sections.find((s) => s.id === c.id);
        if (section) out.push({kind: 'section-retired', section: c.id, title: section.title, to: c.section});
        else out.push({kind: 'task-retired', task: c.id, label: oldTasks.get(c.id)!.label, to: c.section});
        break;
      }
      case 'unretired':
        // The same import records the id as added again.
        break;
    }
  return out;
}

/** The log with an entry for this import, or the log as it is when the import changed nothing. */
export function appendEntry(log: ChangeLog, before: Matrix, after: Matrix, diff: readonly Change[], today: string) {
  const changes = logChanges(before, after, diff);
  if (changes.length === 0) return log;
  const entry: ChangeLogEntry = {date: today, fingerprint: matrixFingerprint(after), changes};
  return [...log, entry];
}
