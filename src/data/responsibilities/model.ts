import {isLocale} from '../../i18n/locales';
import {sharedResponsibilities, SHARED_RESPONSIBILITIES_FILE} from './sharedResponsibilities';
import {type Matrix, type PartyId, type Section, type Task} from './types';
import {type Locale} from '../../i18n/locales';

export * from './types';

/**
 * The site's matrix. Checked by the build (plugins/responsibility-matrix) and
 * the content check with plugins/responsibility-matrix/validate.ts, which stays out of the browser bundle.
 */
export const matrix: Matrix = sharedResponsibilities;

/** Docusaurus locale → data locale; unknown locales are a build error, not a silent fallback. */
export function toLocale(locale: string): Locale {
  if (!isLocale(locale))
    throw new Error(`${SHARED_RESPONSIBILITIES_FILE}: no labels for locale "${locale}"; add it to LOCALES in types.ts`);
  return locale;
}

export function findSection(m: Matrix, id: string): Section {
  const section = m.sections.find((s) => s.id === id);
  if (!section)
    throw new Error(
      `ResponsibilityTable: unknown section "${id}" (known: ${m.sections.map((s) => s.id).join(', ')}). ` +
        `Sections are defined in ${SHARED_RESPONSIBILITIES_FILE}.`,
    );
  return section;
}

export function allTasks(m: Matrix): Task[] {
  return m.sections.flatMap((s) => s.tasks);
}

/** The views the party filter offers; also the `?party=` values in the URL. */
export const PARTY_FILTERS = ['all', 'customer', 'zilliz', 'shared'] as const;
export type PartyFilter = (typeof PARTY_FILTERS)[number];

export function parsePartyFilter(value: string | null | undefined): PartyFilter {
  return (PARTY_FILTERS as readonly string[]).includes(value ?? '') ? (value as PartyFilter) : 'all';
}

export function isShared(task: Task): boolean {
  return task.responsible.length > 1;
}

/** Whether a task shows under a filter: a party's view includes the tasks it shares. */
export function matchesFilter(task: Task, filter: PartyFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'shared':
      return isShared(task);
    default:
      return task.responsible.includes(filter satisfies PartyId);
  }
}

export interface MatrixSummary {
  total: number;
  /** Tasks the customer holds alone. */
  customerOnly: number;
  /** Tasks Zilliz holds alone. */
  zillizOnly: number;
  shared: number;
}

export function summarize(m: Matrix): MatrixSummary {
  const tasks = allTasks(m);
  const only = (p: PartyId) => tasks.filter((t) => !isShared(t) && t.responsible[0] === p).length;
  return {
    total: tasks.length,
    customerOnly: only('customer'),
    zillizOnly: only('zilliz'),
    shared: tasks.filter(isShared).length,
  };
}

export function countMatching(m: Matrix, filter: PartyFilter): number {
  return allTasks(m).filter((t) => matchesFilter(t, filter)).length;
}
