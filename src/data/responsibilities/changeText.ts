import {LOCALE_SETTINGS, type Locale} from '../../i18n/locales';
import type {ChangeLog, ChangeLogEntry, MatrixChange} from './changes';
import type {ChangeWords, Counted} from './changeWords/types';
import type {Matrix, PartyId} from './types';

/*
 * The change log in words: the locale's templates (changeWords/) filled with the names of tasks and sections.
 * The page, the Atom feeds and the downloads all say a change this way.
 */

/** A name in a change's text that links to the matrix: a row (`task`) or a section heading. */
export interface NameRef {
  readonly id: string;
  readonly text: string;
}

/** Text of a change: plain strings, and names that link to their row or section. */
export type ChangePart = string | NameRef;

/** The template with each `{name}` replaced by its value, as parts. */
export function fill(template: string, values: Readonly<Record<string, ChangePart>>): ChangePart[] {
  const parts: ChangePart[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const value = values[match[1]!];
    if (value === undefined) throw new Error(`change template "${template}": no value for {${match[1]}}`);
    if (match.index > last) parts.push(template.slice(last, match.index));
    parts.push(value);
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return parts;
}

/** What the names of tasks and sections are: the data's own while on the page, else the log's. */
export interface Names {
  task: (id: string) => string;
  section: (id: string) => string;
  /** Whether the id is on the page (a row or a section heading), so a link to it lands. */
  onPage: (id: string) => boolean;
}

export function namesOf(m: Matrix, log: ChangeLog, locale: Locale): Names {
  const tasks = new Map<string, string>();
  const sections = new Map<string, string>();
  for (const entry of log)
    for (const c of entry.changes) {
      if (c.kind === 'task-added' || c.kind === 'task-retired') tasks.set(c.task, c.label[locale]);
      if (c.kind === 'section-added' || c.kind === 'section-retired') sections.set(c.section, c.title[locale]);
      if (c.kind === 'label' && c.after[locale] !== undefined)
        (c.of === 'task' ? tasks : sections).set(c.id, c.after[locale]);
    }
  const onPage = new Set<string>();
  for (const s of m.sections) {
    sections.set(s.id, s.title[locale]);
    onPage.add(s.id);
    for (const t of s.tasks) {
      tasks.set(t.id, t.label[locale]);
      onPage.add(t.id);
    }
  }
  return {
    task: (id) => tasks.get(id) ?? id,
    section: (id) => sections.get(id) ?? id,
    onPage: (id) => onPage.has(id),
  };
}

/** Who holds a task, in words: a party's name, or "Shared". */
function holders(m: Matrix, parties: readonly PartyId[], words: ChangeWords, locale: Locale): string {
  if (parties.length > 1) return words.shared;
  return m.parties.find((p) => p.id === parties[0])?.label[locale] ?? parties.join(' + ');
}

/** A count with its noun, in the form the locale's plural rules choose. */
function counted(forms: Counted, n: number, locale: Locale): string {
  const form = new Intl.PluralRules(locale).select(n) === 'one' ? (forms.one ?? forms.other) : forms.other;
  return form.replace('{n}', String(n));
}

/** A list of language names as the locale writes lists. */
function languages(locales: readonly string[], locale: Locale): string {
  const names = locales.map((l) => LOCALE_SETTINGS[l as Locale]?.label ?? l);
  return new Intl.ListFormat(locale, {type: 'conjunction'}).format(names);
}

/** One change in the reader's language. */
export function describeChange(
  c: MatrixChange,
  m: Matrix,
  names: Names,
  words: ChangeWords,
  locale: Locale,
): ChangePart[] {
  const t = (key: Exclude<keyof ChangeWords, 'tasks' | 'sections'>) => words[key];
  const task = (id: string): ChangePart => (names.onPage(id) ? {id, text: names.task(id)} : names.task(id));
  const section = (id: string): ChangePart => (names.onPage(id) ? {id, text: names.section(id)} : names.section(id));
  switch (c.kind) {
    case 'initial':
      return fill(t('initial'), {
        tasks: counted(words.tasks, c.tasks, locale),
        sections: counted(words.sections, c.sections, locale),
      });
    case 'responsible':
      return fill(t('responsible'), {
        task: task(c.task),
        before: holders(m, c.before, words, locale),
        after: holders(m, c.after, words, locale),
      });
    case 'task-added':
      return fill(t('taskAdded'), {
        task: task(c.task),
        section: section(c.section),
        responsible: holders(m, c.responsible, words, locale),
      });
    case 'task-moved':
      return fill(t('taskMoved'), {task: task(c.task), from: names.section(c.from), to: section(c.to)});
    case 'task-retired':
      return fill(t('taskRetired'), {task: c.label[locale], to: section(c.to)});
    case 'section-added':
      return fill(t('sectionAdded'), {section: section(c.section)});
    case 'section-retired':
      return fill(t('sectionRetired'), {section: c.title[locale], to: section(c.to)});
    case 'label': {
      const item = c.of === 'task' ? task(c.id) : section(c.id);
      const before = c.before[locale];
      const after = c.after[locale];
      if (before !== undefined && after !== undefined) return fill(t('renamed'), {item, before, after});
      return fill(t('renamedElsewhere'), {item, languages: languages(Object.keys(c.after), locale)});
    }
    case 'order':
      return c.section === null
        ? fill(t('sectionsReordered'), {})
        : fill(t('tasksReordered'), {section: section(c.section)});
  }
}

/** A change as plain text (the feed's title, the downloads). */
export const partsToText = (parts: readonly ChangePart[]) =>
  parts.map((p) => (typeof p === 'string' ? p : p.text)).join('');

/** Every change of an entry in words, with the note for an entry that only rewords. */
export function describeEntry(entry: ChangeLogEntry, m: Matrix, names: Names, words: ChangeWords, locale: Locale) {
  return {
    changes: entry.changes.map((c) => describeChange(c, m, names, words, locale)),
    note: entry.changes.length > 0 && entry.changes.every((c) => c.kind === 'label') ? words.labelOnly : undefined,
  };
}
