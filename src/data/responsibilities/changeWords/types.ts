/** A count with its noun, by plural category (`Intl.PluralRules`): `{n}` fills in; `other` serves every other count. */
export interface Counted {
  readonly one?: string;
  readonly other: string;
}

/** The words of the change log in one locale: a template per kind of change (`{name}` fills in). */
export interface ChangeWords {
  /** The matrix as first published: {tasks}, {sections}, each a count with its noun. */
  readonly initial: string;
  /** A number of tasks, e.g. `{n} tasks`. */
  readonly tasks: Counted;
  /** A number of sections. */
  readonly sections: Counted;
  /** Who holds a task: {task}, {before}, {after}. */
  readonly responsible: string;
  /** {task}, {section}, {responsible}. */
  readonly taskAdded: string;
  /** {task}, {from}, {to}. */
  readonly taskMoved: string;
  /** {task}, {to}: the section its links land on. */
  readonly taskRetired: string;
  /** {section}. */
  readonly sectionAdded: string;
  /** {section}, {to}. */
  readonly sectionRetired: string;
  /** New words in the reader's language: {item}, {before}, {after}. */
  readonly renamed: string;
  /** New words in other languages only: {item}, {languages}. */
  readonly renamedElsewhere: string;
  /** {section}. */
  readonly tasksReordered: string;
  /** The order of the sections. */
  readonly sectionsReordered: string;
  /** Under an entry that changes words only. */
  readonly labelOnly: string;
  /** Who holds a task held by both parties (also the CSV's word). */
  readonly shared: string;
  /** The Atom feed's title. */
  readonly feedTitle: string;
  /** A feed entry's title: {date}. */
  readonly entryTitle: string;
}
