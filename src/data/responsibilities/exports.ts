import type {Locale} from '../../i18n/locales';
import type {Localized, Matrix, PartyId, Task} from './types';

/** Words of the CSV export that are not in the matrix data (party names are). */
export const EXPORT_HEADERS: {
  taskId: Localized;
  section: Localized;
  task: Localized;
  responsible: Localized;
  shared: Localized;
  version: Localized;
} = {
  taskId: {'zh-Hans': '任务 ID', en: 'Task ID', ja: 'タスク ID'},
  section: {'zh-Hans': '章节', en: 'Section', ja: 'セクション'},
  task: {'zh-Hans': '任务', en: 'Task', ja: 'タスク'},
  responsible: {'zh-Hans': '负责方', en: 'Responsible', ja: '担当'},
  shared: {'zh-Hans': '共同负责', en: 'Shared', ja: '共同で担当'},
  version: {'zh-Hans': '矩阵版本', en: 'Matrix version', ja: 'マトリクスのバージョン'},
};

/** The JSON export: the matrix in one locale. */
export interface MatrixJson {
  version: string;
  locale: Locale;
  parties: {id: PartyId; label: string}[];
  sections: {id: string; title: string; tasks: {id: string; label: string; responsible: PartyId[]}[]}[];
}

export function matrixToJson(m: Matrix, locale: Locale): MatrixJson {
  return {
    version: m.version,
    locale,
    parties: m.parties.map((p) => ({id: p.id, label: p.label[locale]})),
    sections: m.sections.map((s) => ({
      id: s.id,
      title: s.title[locale],
      tasks: s.tasks.map((t) => ({id: t.id, label: t.label[locale], responsible: [...t.responsible]})),
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
 * on it), a ✔ under each responsible party, and the matrix version. UTF-8
 * with a byte-order mark so Excel shows Chinese correctly; CRLF line ends as
 * RFC 4180 asks.
 */
export function matrixToCsv(m: Matrix, locale: Locale): string {
  const h = EXPORT_HEADERS;
  const rows: string[][] = [
    [
      h.taskId[locale],
      h.section[locale],
      h.task[locale],
      h.responsible[locale],
      ...m.parties.map((p) => p.label[locale]),
      h.version[locale],
    ],
    ...m.sections.flatMap((s) =>
      s.tasks.map((t) => [
        t.id,
        s.title[locale],
        t.label[locale],
        responsibleLabel(m, t, locale),
        ...m.parties.map((p) => (t.responsible.includes(p.id) ? CSV_MARK : '')),
        m.version,
      ]),
    ),
  ];
  return BOM + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
