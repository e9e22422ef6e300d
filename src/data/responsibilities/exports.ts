import {EXPORT_HEADERS} from './pages';
import type {Locale, Matrix, PartyId} from './types';

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

/**
 * The CSV export: a header row (section, task, one column per party), then a
 * line per task with ✔ under each responsible party. UTF-8 with a byte-order
 * mark so Excel shows Chinese correctly; CRLF line ends as RFC 4180 asks.
 */
export function matrixToCsv(m: Matrix, locale: Locale): string {
  const rows: string[][] = [
    [EXPORT_HEADERS.section[locale], EXPORT_HEADERS.task[locale], ...m.parties.map((p) => p.label[locale])],
    ...m.sections.flatMap((s) =>
      s.tasks.map((t) => [
        s.title[locale],
        t.label[locale],
        ...m.parties.map((p) => (t.responsible.includes(p.id) ? CSV_MARK : '')),
      ]),
    ),
  ];
  return BOM + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
