import {LOCALE_SETTINGS, type Locale} from '../../i18n/locales';
import type {ChangeLog, ChangeLogEntry, MatrixChange} from './changes';
import {EXPORT_HEADERS} from './exports';
import type {Localized, Matrix, PartyId} from './types';

/**
 * The change log in words: a template per kind of change in every locale, filled with the names of tasks and
 * sections. Data, not `translate()`: the build's Atom feeds and downloads use the same words as the page.
 */
export const CHANGE_TEMPLATES = {
  initial: {
    'zh-Hans': '首次发布：{sections} 个章节，共 {tasks} 项任务。',
    en: 'First published: {tasks} tasks in {sections} sections.',
    ja: '初版を公開：{sections} セクション、{tasks} 件のタスク。',
  },
  responsible: {
    'zh-Hans': '{task}：负责方由“{before}”改为“{after}”。',
    en: '{task}: responsibility moved from “{before}” to “{after}”.',
    ja: '{task}：担当が「{before}」から「{after}」に変わりました。',
  },
  taskAdded: {
    'zh-Hans': '新增任务 {task}（{section}；负责方：{responsible}）。',
    en: 'Added {task} to {section} (responsible: {responsible}).',
    ja: '{section} にタスク {task} を追加（担当：{responsible}）。',
  },
  taskMoved: {
    'zh-Hans': '{task} 从“{from}”移至 {to}。',
    en: 'Moved {task} from “{from}” to {to}.',
    ja: '{task} を「{from}」から {to} に移動。',
  },
  taskRetired: {
    'zh-Hans': '移除任务“{task}”；原链接现指向 {to}。',
    en: 'Retired “{task}”; its links now go to {to}.',
    ja: 'タスク「{task}」を廃止。既存のリンクは {to} に移動します。',
  },
  sectionAdded: {
    'zh-Hans': '新增章节 {section}。',
    en: 'Added the section {section}.',
    ja: 'セクション {section} を追加。',
  },
  sectionRetired: {
    'zh-Hans': '移除章节“{section}”；原链接现指向 {to}。',
    en: 'Retired the section “{section}”; its links now go to {to}.',
    ja: 'セクション「{section}」を廃止。既存のリンクは {to} に移動します。',
  },
  renamed: {
    'zh-Hans': '{item} 改名：“{before}”→“{after}”（仅措辞）。',
    en: 'Reworded {item}: “{before}” → “{after}” (wording only).',
    ja: '{item} の表記を変更：「{before}」→「{after}」（表記のみ）。',
  },
  renamedElsewhere: {
    'zh-Hans': '{item} 在{languages}中的措辞有改动（仅措辞）。',
    en: 'Reworded {item} in {languages} (wording only).',
    ja: '{item} の {languages} の表記を変更（表記のみ）。',
  },
  tasksReordered: {
    'zh-Hans': '调整了 {section} 中任务的顺序。',
    en: 'Reordered the tasks of {section}.',
    ja: '{section} のタスクの順序を変更。',
  },
  sectionsReordered: {
    'zh-Hans': '调整了章节的顺序。',
    en: 'Reordered the sections.',
    ja: 'セクションの順序を変更。',
  },
  labelOnly: {
    'zh-Hans': '仅措辞改动，职责未变。',
    en: 'Wording only: no responsibility changed.',
    ja: '表記のみの変更で、担当は変わっていません。',
  },
} as const satisfies Record<string, Localized>;

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
function holders(m: Matrix, parties: readonly PartyId[], locale: Locale): string {
  if (parties.length > 1) return EXPORT_HEADERS.shared[locale];
  return m.parties.find((p) => p.id === parties[0])?.label[locale] ?? parties.join(' + ');
}

/** A list of language names as the locale writes lists. */
function languages(locales: readonly string[], locale: Locale): string {
  const names = locales.map((l) => LOCALE_SETTINGS[l as Locale]?.label ?? l);
  return new Intl.ListFormat(locale, {type: 'conjunction'}).format(names);
}

/** One change in the reader's language. */
export function describeChange(c: MatrixChange, m: Matrix, names: Names, locale: Locale): ChangePart[] {
  const t = (key: keyof typeof CHANGE_TEMPLATES) => CHANGE_TEMPLATES[key][locale];
  const task = (id: string): ChangePart => (names.onPage(id) ? {id, text: names.task(id)} : names.task(id));
  const section = (id: string): ChangePart => (names.onPage(id) ? {id, text: names.section(id)} : names.section(id));
  switch (c.kind) {
    case 'initial':
      return fill(t('initial'), {tasks: String(c.tasks), sections: String(c.sections)});
    case 'responsible':
      return fill(t('responsible'), {
        task: task(c.task),
        before: holders(m, c.before, locale),
        after: holders(m, c.after, locale),
      });
    case 'task-added':
      return fill(t('taskAdded'), {
        task: task(c.task),
        section: section(c.section),
        responsible: holders(m, c.responsible, locale),
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
export function describeEntry(entry: ChangeLogEntry, m: Matrix, names: Names, locale: Locale) {
  return {
    changes: entry.changes.map((c) => describeChange(c, m, names, locale)),
    note:
      entry.changes.length > 0 && entry.changes.every((c) => c.kind === 'label')
        ? CHANGE_TEMPLATES.labelOnly[locale]
        : undefined,
  };
}
