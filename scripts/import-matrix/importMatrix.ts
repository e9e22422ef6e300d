import {format as autocorrect} from 'autocorrect-node';
import leven from 'leven';
import {hasCjkSpacing, LOCALE_SETTINGS, scriptPattern} from '../../src/i18n/locales';
import {SHARED_RESPONSIBILITIES_FILE} from '../../src/data/responsibilities/sharedResponsibilities';
import {
  type Localized,
  type Matrix,
  type PartyId,
  type Section,
  type Task,
} from '../../src/data/responsibilities/types';
import {LOCALES, type Locale} from '../../src/i18n/locales';
import {validateMatrix} from '../../plugins/responsibility-matrix/validate';
import {ImportError} from './ImportError';
import {describeChanges} from './describeChanges';
import type {ExportRow, ParsedExport} from './parseExport';
import {retireDropped} from './retireDropped';
import type {Change} from './change';

/** The parsed export of each locale given on the command line; English is required. */
export type Exports = Partial<Record<Locale, ParsedExport>>;

export interface ImportOptions {
  /** The date written to `version` when marks or tasks change (YYYY-MM-DD). */
  today: string;
  /** Ids the exports may drop on purpose, each with the section its old links land on (undefined: worked out). */
  retire?: Readonly<Record<string, string | undefined>>;
}

export interface ImportResult {
  matrix: Matrix;
  changes: Change[];
  /** What the reader should know but need not act on (labels kept because an export is still in English). */
  notes: string[];
}

/** Labels as the site writes them: one space between words, and AutoCorrect's spacing in CJK text (设置 VPC). */
function cleanLabel(locale: Locale, text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return hasCjkSpacing(locale, 'labels') ? autocorrect(oneLine) : oneLine;
}

const same = (a: string, b: string) => a.normalize('NFKC').toLowerCase() === b.normalize('NFKC').toLowerCase();

/** A label in none of its locale's scripts is still the English text the editor starts from. */
function isUntranslated(locale: Locale, text: string): boolean {
  return !LOCALE_SETTINGS[locale].scripts.includes('Latin') && !scriptPattern(locale).test(text);
}

/** A new id from an English label: "Rotate TLS certificates" → "rotate-tls-certificates". */
export function idFromLabel(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A reworded label (a typo fixed, "&" spelled out) still names the same task: at most a quarter of it differs. */
function isRewording(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return leven(x, y) <= Math.max(2, Math.floor(Math.max(x.length, y.length) / 4));
}

const at = (file: string, line: number) => `${file}:${line}`;

/** The English header names each party column; the other locales follow it by position. */
function partyColumns(current: Matrix, en: ParsedExport): PartyId[] {
  const header = en.sections[0]!;
  const known = current.parties.map((p) => p.label.en);
  const columns = header.parties.map((name, i) => {
    const party = current.parties.find((p) => same(p.label.en, name) || same(p.id, name));
    if (!party)
      throw new ImportError(
        `${at(en.file, header.partyLines[i]!)}: unknown party "${name}" in the header (known: ${known.join(', ')})`,
      );
    return party.id;
  });
  const twice = columns.find((id, i) => columns.indexOf(id) !== i);
  if (twice) throw new ImportError(`${at(en.file, header.headerLine)}: the header names party "${twice}" twice`);
  return columns;
}

/** Refuses exports whose locales disagree on sections, on the number of rows or columns, or on a mark. */
function checkSameShape(en: ParsedExport, other: ParsedExport, columns: PartyId[], partyName: (p: PartyId) => string) {
  if (other.sections.length !== en.sections.length) {
    const [longer, shorter] = en.sections.length > other.sections.length ? [en, other] : [other, en];
    const extra = longer.sections[shorter.sections.length]!;
    throw new ImportError(
      `the exports disagree on sections: ${en.file} has ${en.sections.length}, ${other.file} has ${other.sections.length} (${at(longer.file, extra.line)} "${extra.title}" has no counterpart in ${shorter.file})`,
    );
  }
  const enColumns = en.sections[0]!.parties.length;
  const otherHeader = other.sections[0]!;
  if (otherHeader.parties.length !== enColumns)
    throw new ImportError(
      `${at(other.file, otherHeader.headerLine)}: ${otherHeader.parties.length + 1} columns, but ${at(en.file, en.sections[0]!.headerLine)} has ${enColumns + 1}`,
    );
  en.sections.forEach((enSection, i) => {
    const section = other.sections[i]!;
    if (section.rows.length !== enSection.rows.length) {
      const [longer, shorter] =
        enSection.rows.length > section.rows.length ? [enSection, section] : [section, enSection];
      const longerFile = longer === enSection ? en.file : other.file;
      const extra = longer.rows[shorter.rows.length]!;
      throw new ImportError(
        `the exports disagree on the tasks of "${enSection.title}": ${at(en.file, enSection.line)} has ${enSection.rows.length} rows, ${at(other.file, section.line)} has ${section.rows.length} (${at(longerFile, extra.line)} "${extra.label}" has no counterpart)`,
      );
    }
    enSection.rows.forEach((enRow, j) => {
      const row = section.rows[j]!;
      const marked = (r: ExportRow) =>
        columns
          .filter((_, c) => r.marks[c])
          .map(partyName)
          .join(' + ') || 'no party';
      if (marked(row) !== marked(enRow))
        throw new ImportError(
          `the exports disagree on a mark: row ${j + 1} of "${enSection.title}": ${at(en.file, enRow.line)} "${enRow.label}" marks ${marked(enRow)}, ${at(other.file, row.line)} "${row.label}" marks ${marked(row)}`,
        );
    });
  });
}

interface Located {
  file: string;
  line: number;
  text: string;
}

/** What every phase reads: the exports given, in message order, and how to read their cells. */
interface Reading {
  current: Matrix;
  exports: Exports;
  en: ParsedExport;
  /** The locales given, English first (messages name its file first). */
  given: Locale[];
  /** The party of each mark column. */
  columns: PartyId[];
  partyName: (id: PartyId) => string;
  /** The text of section i (row j) in locale l, unless that export is absent or still in English. */
  textIn: (l: Locale, i: number, j?: number) => Located | undefined;
}

/** A matched row: the existing task each export row is (undefined: a new task), and where each task was claimed. */
interface TaskMatches {
  rowTask: (Task | undefined)[][];
  claimedBy: Map<string, Located>;
}

/** Phase 1: the English export is there, and every other export has its shape (sections, rows, columns, marks). */
function readExports(current: Matrix, exports: Exports): Reading {
  const en = exports.en;
  if (!en)
    throw new ImportError(
      'the English export is required (--en <file>): its headers name the parties and its labels make new ids',
    );
  const given = (['en', ...LOCALES.filter((l) => l !== 'en')] as Locale[]).filter((l) => exports[l] !== undefined);
  const columns = partyColumns(current, en);
  const partyName = (id: PartyId) => current.parties.find((p) => p.id === id)!.label.en;
  for (const l of given) if (l !== 'en') checkSameShape(en, exports[l]!, columns, partyName);
  const textIn = (l: Locale, i: number, j?: number): Located | undefined => {
    const file = exports[l];
    if (!file) return undefined;
    const section = file.sections[i]!;
    const source =
      j === undefined
        ? {text: section.title, line: section.line}
        : {text: section.rows[j]!.label, line: section.rows[j]!.line};
    if (isUntranslated(l, source.text)) return undefined;
    return {file: file.file, line: source.line, text: cleanLabel(l, source.text)};
  };
  return {current, exports, en, given, columns, partyName, textIn};
}

/** Phase 2: which existing task each row is, by its label in any locale; then by a close rewording. */
function matchTasks({current, en, given, textIn}: Reading): TaskMatches {
  const currentTasks = current.sections.flatMap((s) => s.tasks);
  const rowTask: (Task | undefined)[][] = en.sections.map((s) => s.rows.map(() => undefined));
  const claimedBy = new Map<string, Located>();
  const claim = (task: Task, where: Located) => {
    const first = claimedBy.get(task.id);
    if (first)
      throw new ImportError(
        `${at(where.file, where.line)}: "${where.text}" is the same task ("${task.id}") as ${at(first.file, first.line)}`,
      );
    claimedBy.set(task.id, where);
  };
  en.sections.forEach((section, i) =>
    section.rows.forEach((_row, j) => {
      let match: {task: Task; where: Located} | undefined;
      for (const l of given) {
        const text = textIn(l, i, j);
        const found =
          text && currentTasks.find((task) => task.label[l] !== undefined && same(task.label[l], text.text));
        if (!found || !text) continue;
        if (match && match.task.id !== found.id)
          throw new ImportError(
            `the exports disagree on the tasks of "${section.title}", row ${j + 1}: ${at(match.where.file, match.where.line)} "${match.where.text}" is task "${match.task.id}", ${at(text.file, text.line)} "${text.text}" is task "${found.id}"`,
          );
        match = {task: found, where: text};
      }
      if (match) {
        claim(match.task, match.where);
        rowTask[i]![j] = match.task;
      }
    }),
  );
  en.sections.forEach((section, i) =>
    section.rows.forEach((row, j) => {
      if (rowTask[i]![j]) return;
      const free = currentTasks.filter((task) => !claimedBy.has(task.id));
      const close = free.filter(
        (task) =>
          task.id === idFromLabel(row.label) ||
          given.some((l) => {
            const text = textIn(l, i, j);
            return text !== undefined && task.label[l] !== undefined && isRewording(task.label[l], text.text);
          }),
      );
      if (close.length === 1) {
        claim(close[0]!, {file: en.file, line: row.line, text: row.label});
        rowTask[i]![j] = close[0]!;
      }
    }),
  );
  return {rowTask, claimedBy};
}

/** Phase 3: each export section's id: its heading id, then its title, then where most of its tasks were. */
function matchSections({current, exports, en, given, textIn}: Reading, {rowTask}: TaskMatches): string[] {
  const sectionOf = new Map(current.sections.flatMap((s) => s.tasks.map((t) => [t.id, s.id] as const)));
  const sectionIds = en.sections.map((section, i): string => {
    const explicit = given.map((l) => ({l, s: exports[l]!.sections[i]!})).filter(({s}) => s.id !== undefined);
    const a = explicit[0];
    const b = explicit.find(({s}) => s.id !== a?.s.id);
    if (a && b)
      throw new ImportError(
        `the exports disagree on a section id: ${at(exports[a.l]!.file, a.s.line)} "${a.s.title}" has {#${a.s.id}}, ${at(exports[b.l]!.file, b.s.line)} "${b.s.title}" has {#${b.s.id}}`,
      );
    if (a) return a.s.id!;
    const byTitle = new Set<string>();
    for (const l of given) {
      const text = textIn(l, i);
      const found = text && current.sections.find((s) => s.title[l] !== undefined && same(s.title[l], text.text));
      if (found) byTitle.add(found.id);
    }
    if (byTitle.size > 1)
      throw new ImportError(
        `${at(en.file, section.line)}: the exports' titles of "${section.title}" name different sections: ${[...byTitle].join(', ')}`,
      );
    if (byTitle.size === 1) return [...byTitle][0]!;
    const homes = rowTask[i]!.flatMap((t) => (t ? [sectionOf.get(t.id)!] : []));
    const counts = new Map<string, number>();
    for (const h of homes) counts.set(h, (counts.get(h) ?? 0) + 1);
    const [home] = [...counts].sort((a, b) => b[1] - a[1]);
    return home ? home[0] : idFromLabel(section.title);
  });
  sectionIds.forEach((id, i) => {
    const first = sectionIds.indexOf(id);
    if (first !== i)
      throw new ImportError(
        `${at(en.file, en.sections[i]!.line)}: section "${en.sections[i]!.title}" is the same section ("${id}") as line ${en.sections[first]!.line}`,
      );
  });
  return sectionIds;
}

/**
 * Phase 4: the new sections and tasks, with the exports' marks and translations (the existing label where an export
 * is absent or still in English), new tasks with ids from their English labels, and what was added or unretired.
 */
function applyExports(
  reading: Reading,
  {rowTask, claimedBy}: TaskMatches,
  sectionIds: readonly string[],
): {sections: Section[]; changes: Change[]; retired: Record<string, string>; notes: string[]} {
  const {current, exports, en, columns, partyName, textIn} = reading;
  const kept = new Map<Locale, number>();
  const localized = (
    what: string,
    before: Localized | undefined,
    text: (l: Locale) => Located | undefined,
    enRow: Located,
  ): Localized => {
    const out = {} as Record<Locale, string>;
    for (const l of LOCALES) {
      const fromExport = text(l);
      const value = fromExport?.text ?? before?.[l];
      if (!fromExport && exports[l]) kept.set(l, (kept.get(l) ?? 0) + 1);
      if (value === undefined) {
        const file = exports[l];
        throw new ImportError(
          file
            ? `${at(enRow.file, enRow.line)}: new ${what} "${enRow.text}" is still in English in ${file.file} (${l}); translate it in the editor and export again`
            : `${at(enRow.file, enRow.line)}: new ${what} "${enRow.text}" has no ${l} label; pass --${l} <file>`,
        );
      }
      out[l] = value;
    }
    return out;
  };

  const retired: Record<string, string> = {...current.retired};
  const changes: Change[] = [];
  const unretire = (id: string) => {
    if (!retired[id]) return;
    delete retired[id];
    changes.push({kind: 'unretired', id});
  };
  const taken = new Set([...sectionIds, ...claimedBy.keys()]);
  const sections: Section[] = en.sections.map((section, i): Section => {
    const id = sectionIds[i]!;
    const before = current.sections.find((s) => s.id === id);
    const enHeading = {file: en.file, line: section.line, text: section.title};
    const title = localized('section', before?.title, (l) => textIn(l, i), enHeading);
    if (!before) {
      unretire(id);
      changes.push({kind: 'section-added', id, title: title.en});
    }
    const tasks = section.rows.map((row, j): Task => {
      const existing = rowTask[i]![j];
      const enRow = {file: en.file, line: row.line, text: row.label};
      const label = localized('task', existing?.label, (l) => textIn(l, i, j), enRow);
      const responsible = current.parties.map((p) => p.id).filter((p) => row.marks[columns.indexOf(p)] === true);
      if (existing) return {id: existing.id, label, responsible};
      const newId = idFromLabel(row.label);
      if (newId === '' || taken.has(newId))
        throw new ImportError(
          `${at(en.file, row.line)}: new task "${row.label}" would get the id "${newId}", ${newId === '' ? 'which is empty' : 'already in use'}; reword its English label`,
        );
      taken.add(newId);
      unretire(newId);
      changes.push({kind: 'task-added', id: newId, section: id, label: label.en, parties: responsible.map(partyName)});
      return {id: newId, label, responsible};
    });
    return {id, title, tasks};
  });
  const notes = [...kept].map(
    ([l, n]) =>
      `${exports[l]!.file} (${l}): ${n} label${n === 1 ? ' is' : 's are'} still in English; kept the existing ${l} label${n === 1 ? '' : 's'}`,
  );
  return {sections, changes, retired, notes};
}

/**
 * Phase 5: the new matrix, dated today when a mark, a task or a section changed (labels alone leave the date), and
 * checked as the build checks it.
 */
function datedMatrix(
  current: Matrix,
  sections: Section[],
  changes: readonly Change[],
  retired: Record<string, string>,
  today: string,
): Matrix {
  const matrix: Matrix = {
    version: changes.some((c) => c.kind !== 'label') ? today : current.version,
    parties: current.parties,
    sections,
    ...(Object.keys(retired).length > 0
      ? {retired: Object.fromEntries(Object.entries(retired).sort(([a], [b]) => a.localeCompare(b)))}
      : {}),
  };
  const problems = validateMatrix(matrix, SHARED_RESPONSIBILITIES_FILE);
  if (problems.length > 0)
    throw new ImportError(
      `the import would make invalid data: ${problems.map((p) => `${p.where}: ${p.message}`).join('; ')}`,
    );
  return matrix;
}

/**
 * Imports the docs team's exports into the matrix: sections and tasks keep
 * their ids (heading ids, then labels in any locale, then a close rewording);
 * new tasks get an id from their English label; dropping a public id needs
 * `retire`. Pure: returns the new matrix and what changed, or throws an
 * ImportError naming the file and row.
 */
export function importMatrix(current: Matrix, exports: Exports, {today, retire = {}}: ImportOptions): ImportResult {
  const reading = readExports(current, exports);
  const tasks = matchTasks(reading);
  const sectionIds = matchSections(reading, tasks);
  const {sections, changes, retired, notes} = applyExports(reading, tasks, sectionIds);
  describeChanges(current, sections, changes, reading.partyName);
  retireDropped(current, sections, retire, retired, changes);
  return {matrix: datedMatrix(current, sections, changes, retired, today), changes, notes};
}
