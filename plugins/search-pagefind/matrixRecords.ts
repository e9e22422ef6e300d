import type {Locale} from '../../src/i18n/locales';
import type {Matrix} from '../../src/data/responsibilities/types';

/** A Pagefind custom record (the fields of `addCustomRecord` this site uses). */
export interface TaskRecord {
  /** Relative to the locale's base URL, like every URL of the index: `/shared-responsibilities#<task-id>`. */
  url: string;
  /** What is searched and shown: the task's label, as the row reads. */
  content: string;
  language: string;
  /** `title` is the label; `page` and `section` make the suggestion's path (page › section). */
  meta: {title: string; page: string; section: string};
}

/**
 * One record per matrix task, in one locale: a hit on a task is the task,
 * linked to its row. The tables themselves are left out of the page's text
 * (`MATRIX_EXCLUDE_SELECTORS`), so no hit carries a whole section with the
 * screen-reader words of every cell.
 */
export function matrixTaskRecords({
  matrix,
  locale,
  language,
  pageUrl,
  pageTitle,
}: {
  matrix: Matrix;
  locale: Locale;
  language: string;
  pageUrl: string;
  pageTitle: string;
}): TaskRecord[] {
  return matrix.sections.flatMap((section) =>
    section.tasks.map((task) => ({
      url: `${pageUrl}#${task.id}`,
      content: task.label[locale],
      language,
      meta: {title: task.label[locale], page: pageTitle, section: section.title[locale]},
    })),
  );
}

/**
 * What the indexer leaves out of page text: words only screen readers get
 * ("不负责" / "Not responsible"), the ✔ glyphs, and the matrix tables, whose
 * rows `matrixTaskRecords` indexes one by one.
 */
export const MATRIX_EXCLUDE_SELECTORS = ['.visually-hidden', '[data-mark]', '[data-section]'];
