import type {Locale} from '../../i18n/locales';
import type {Localized, Matrix, PartyId} from './types';

/**
 * One change to the matrix, as the change log records it: ids and data, never prose (the words come from
 * changeText.ts, in the reader's language). Labels are kept where the thing they name may leave the data.
 */
export type MatrixChange =
  /** The matrix as first published. */
  | {readonly kind: 'initial'; readonly sections: number; readonly tasks: number}
  /** Who holds a task. */
  | {
      readonly kind: 'responsible';
      readonly task: string;
      readonly before: readonly PartyId[];
      readonly after: readonly PartyId[];
    }
  | {
      readonly kind: 'task-added';
      readonly task: string;
      readonly label: Localized;
      readonly section: string;
      readonly responsible: readonly PartyId[];
    }
  | {readonly kind: 'task-moved'; readonly task: string; readonly from: string; readonly to: string}
  /** `to`: the section its old links land on. */
  | {readonly kind: 'task-retired'; readonly task: string; readonly label: Localized; readonly to: string}
  | {readonly kind: 'section-added'; readonly section: string; readonly title: Localized}
  | {readonly kind: 'section-retired'; readonly section: string; readonly title: Localized; readonly to: string}
  /** A task's or a section's words, in the locales that changed; what it means stays the same. */
  | {
      readonly kind: 'label';
      readonly of: 'task' | 'section';
      readonly id: string;
      readonly before: Partial<Localized>;
      readonly after: Partial<Localized>;
    }
  /** The order of the tasks of a section, or of the sections (`section` null). */
  | {readonly kind: 'order'; readonly section: string | null};

export interface ChangeLogEntry {
  /** The day of the import (UTC), YYYY-MM-DD. */
  readonly date: string;
  /** The matrix after this entry (plugins/responsibility-matrix/fingerprint.ts): an edit without an entry shows. */
  readonly fingerprint: string;
  readonly changes: readonly MatrixChange[];
}

/** Oldest first; `npm run import:matrix` appends. */
export type ChangeLog = readonly ChangeLogEntry[];

/** `?since=2026-12-01`: mark the rows changed after a day. */
export const SINCE_QUERY_KEY = 'since';

/** The heading id of the change history on the page (a public id, like the sections'). */
export const CHANGES_HEADING_ID = 'matrix-changes';

/**
 * An entry's stable id, from its date: `2026-11-29`, and `2026-11-29-2` for a second import on the same day.
 * The log only grows at its end, so an id never changes.
 */
export function entryId(log: ChangeLog, index: number): string {
  const date = log[index]!.date;
  const same = log.slice(0, index).filter((e) => e.date === date).length;
  return same === 0 ? date : `${date}-${same + 1}`;
}

/** The page fragment of an entry in the history. */
export const entryAnchor = (id: string) => `change-${id}`;

/** Whether an entry changes only words: no responsibility, task or section. */
export function isLabelOnly(entry: ChangeLogEntry): boolean {
  return entry.changes.every((c) => c.kind === 'label');
}

/** The task ids a change concerns (a row that shows it, or did). */
export function changedTasks(change: MatrixChange): string[] {
  switch (change.kind) {
    case 'responsible':
    case 'task-added':
    case 'task-moved':
    case 'task-retired':
      return [change.task];
    case 'label':
      return change.of === 'task' ? [change.id] : [];
    default:
      return [];
  }
}

/** When each task of the matrix last changed (the first entry dates every task it published). */
export function lastChanged(m: Matrix, log: ChangeLog): Map<string, string> {
  const dates = new Map<string, string>();
  const first = log[0]?.date;
  for (const s of m.sections) for (const t of s.tasks) if (first) dates.set(t.id, first);
  for (const entry of log)
    for (const change of entry.changes)
      for (const id of changedTasks(change)) if (dates.has(id)) dates.set(id, entry.date);
  return dates;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A `?since=` value: a real calendar day as YYYY-MM-DD, or null. */
export function parseDay(value: string): string | null {
  const match = DAY.exec(value);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? value : null;
}

/** The tasks on the page changed after `since` (a YYYY-MM-DD day; that day's own changes are already seen). */
export function tasksChangedSince(m: Matrix, log: ChangeLog, since: string): Set<string> {
  const changed = new Set<string>();
  for (const [id, date] of lastChanged(m, log)) if (date > since) changed.add(id);
  return changed;
}

/** A day as the reader's language writes it; UTC, so the server and the browser agree. */
export function formatDay(day: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'}).format(new Date(`${day}T00:00:00Z`));
}
