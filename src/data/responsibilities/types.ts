/**
 * The one data model of the Shared Responsibilities matrix. Every locale, the
 * tables, the summary, the filter and the exports are all derived from it.
 */

import type {Locale} from '../../i18n/locales';

/** A text in every locale of the site. */
export type Localized = Readonly<Record<Locale, string>>;

export type PartyId = 'zilliz' | 'customer';

export interface Party {
  readonly id: PartyId;
  readonly label: Localized;
}

export interface Task {
  /** Public contract: the row's HTML id, linked to by the Zilliz console. */
  readonly id: string;
  readonly label: Localized;
  /** Parties that hold the task; two parties means the task is shared. */
  readonly responsible: readonly PartyId[];
}

export interface Section {
  /** Public contract: the heading id of the section on the page. */
  readonly id: string;
  readonly title: Localized;
  readonly tasks: readonly Task[];
}

export interface Matrix {
  /** Bumped when a mark or a task changes; printed in the exports. */
  readonly version: string;
  readonly parties: readonly Party[];
  readonly sections: readonly Section[];
  /**
   * Ids no longer on the page (retired with `npm run import:matrix -- --retire`),
   * each mapped to the section id an old `#id` link now lands on.
   */
  readonly retired?: Readonly<Record<string, string>>;
}
