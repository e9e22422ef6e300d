import type {Locale} from '../../src/i18n/locales';

/** One difference the import found between the data and the exports, as the diff prints it. */
export type Change =
  | {kind: 'section-added'; id: string; title: string}
  | {kind: 'sections-reordered'; before: string[]; after: string[]}
  | {kind: 'task-added'; id: string; section: string; label: string; parties: string[]}
  | {kind: 'task-moved'; id: string; label: string; from: string; to: string}
  | {kind: 'tasks-reordered'; section: string; before: string[]; after: string[]}
  | {kind: 'mark'; id: string; label: string; party: string; before: boolean; after: boolean}
  | {kind: 'label'; id: string; of: 'task' | 'section'; locale: Locale; before: string; after: string}
  | {kind: 'retired'; id: string; section: string}
  | {kind: 'unretired'; id: string};
