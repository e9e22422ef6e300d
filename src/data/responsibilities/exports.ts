import type {Locale} from '../../i18n/locales';
import type {Localized, Matrix, PartyId, Task} from './types';
import {entryId, isLabelOnly, lastChanged, type ChangeLog, type MatrixChange} from './changes';
import {describeChange, namesOf, partsToText} from './changeText';
import {CHANGE_WORDS} from './changeWords';

/** Words of the CSV export that are not in the matrix data (party names are). */
export const EXPORT_HEADERS: {
  taskId: Localized;
  section: Localized;
  task: Localized;
  responsible: Localized;
  shared: Localized;
  version: Localized;
  lastChanged: Localized;
} = {
  taskId: {'zh-Hans': '任务 ID', en: 'Task ID', ja: 'タスク ID'},
  section: {'zh-Hans': '章节', en: 'Section', ja: 'セクション'},
  task: {'zh-Hans': '任务', en: 'Task', ja: 'タスク'},
  responsible: {'zh-Hans': '负责方', en: 'Responsible', ja: '担当'},
  shared: {'zh-Hans': CHANGE_WORDS['zh-Hans'].shared, en: CHANGE_WORDS.en.shared, ja: CHANGE_WORDS.ja.shared},
  version: {'zh-Hans': '矩阵版本', en: 'Matrix version', ja: 'マトリクスのバージョン'},
  lastChanged: {'zh-Hans': '最近变更', en: 'Last changed', ja: '最終変更日'},
};

/** The JSON export: the matrix in one locale, each task with the day it last changed, and the change log. */
export interface MatrixJson {
  version: string;
  locale: Locale;
  parties: {id: PartyId; label: string}[];
  sections: {
    id: string;
    title: string;
    tasks: {id: string; label: string; responsible: PartyId[]; lastChanged: string}[];
  }[];
  /** The change log, oldest first: each change as recorded, with its text in the file's language. */
  changes: {id: string; date: string; labelOnly: boolean; changes: (MatrixChange & {text: string})[]}[];
}

/** The day each task last changed; a task the log does not know (none should be) has the matrix version. */
function lastChangedOf(m: Matrix, log: ChangeLog): (taskId: string) => string {
  const dates = lastChanged(m, log);
  return (id) => dates.get(id) ?? m.version;
}

export function matrixToJson(m: Matrix, log: ChangeLog, locale: Locale): MatrixJson {
  const last = lastChangedOf(m, log);
  const names = namesOf(m, log, locale);
  return {
    version: m.version,
    locale,
    parties: m.parties.map((p) => ({id: p.id, label: p.label[locale]})),
    sections: m.sections.map((s) => ({
      id: s.id,
      title: s.title[locale],
      tasks: s.tasks.map((t) => ({
        id: t.id,
        label: t.label[locale],
        responsible: [...t.responsible],
        lastChanged: last(t.id),
      })),
    })),
    changes: log.map((entry, i) => ({
      id: entryId(log, i),
      date: entry.date,
      labelOnly: isLabelOnly(entry),
      changes: entry.changes.map((c) => ({
        ...c,
        text: partsToText(describeChange(c, m, names, CHANGE_WORDS[locale], locale)),
      })),
    })),
  };
}

/** RFC 4180: quote a field that holds a comma, a quote or a line break; double its quotes. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export const CSV_MARK = '✔';
const BOM = '\uFEFF';

/** Who holds a task, in one word of the file's language: a party's name, or "Shared". */
export function responsibleLabel(m: Matrix, task: Task, locale: Locale): string {
  if (task.responsible.length > 1) return EXPORT_HEADERS.shared[locale];
  const party = m.parties.find((p) => p.id === task.responsible[0]);
  if (!party) throw new Error(`task "${task.id}": no party "${task.responsible[0]}" in the matrix`);
  return party.label[locale];
}

/**
 * The CSV export, for spreadsheets: a header row, then a line per task with
 * its id, section, label, who is responsible in one column (filter or pivot
 * on it), a ✔ under each responsible party, the matrix version and the day the task last changed. UTF-8
 * with a byte-order mark so Excel shows Chinese correctly; CRLF line ends as
 * RFC 4180 asks.
 */
export function matrixToCsv(m: Matrix, log: ChangeLog, locale: Locale): string {
  const h = EXPORT_HEADERS;
  const last = lastChangedOf(m, log);
  const rows: string[][] = [
    [
      h.taskId[locale],
      h.section[locale],
      h.task[locale],
      h.responsible[locale],
      ...m.parties.map((p) => p.label[locale]),
      h.version[locale],
      h.lastChanged[locale],
    ],
    ...m.sections.flatMap((s) =>
      s.tasks.map((t) => [
        t.id,
        s.title[locale],
        t.label[locale],
        responsibleLabel(m, t, locale),
        ...m.parties.map((p) => (t.responsible.includes(p.id) ? CSV_MARK : '')),
        m.version,
        last(t.id),
      ]),
    ),
  ];
  return BOM + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
