import type {Locale, Matrix} from '../../src/data/responsibilities/types';

/**
 * The search index as @easyops-cn/docusaurus-search-local 0.55.3 writes it:
 * one `{documents, index}` pair per document type, in this order.
 */
export const DOCUMENT_TYPES = ['title', 'heading', 'description', 'keywords', 'content'] as const;
const CONTENT = DOCUMENT_TYPES.indexOf('content');

export interface SearchDocument {
  /** Id, unique across the whole index. */
  i: number;
  /** The text searched and shown. */
  t: string;
  /** Page URL (with the base URL). */
  u: string;
  /** Anchor within the page, e.g. `#manage-s3-bucket`. */
  h?: string;
  /** Title of the heading it sits under. */
  s?: string;
  /** Id of its page's title document. */
  p?: number;
  /** Breadcrumb (title documents). */
  b?: string[];
}

/**
 * Adds one content document per matrix task, as the reader sees the row: its
 * label, under its section's title, linking to `#<task-id>`. The tables
 * themselves are left out of the page's content (see `MATRIX_IGNORE_SELECTORS`),
 * so a hit on a task is the task, not its whole section with the
 * screen-reader words of every cell.
 *
 * Throws when the page is not in the index: the tasks would otherwise
 * silently go missing from search.
 */
export function withMatrixTasks(
  allDocuments: SearchDocument[][],
  {matrix, locale, pageUrl}: {matrix: Matrix; locale: Locale; pageUrl: string},
): SearchDocument[][] {
  const page = allDocuments[0]?.find((d) => d.u === pageUrl);
  if (!page)
    throw new Error(
      `search index: the Shared Responsibilities page ${pageUrl} is not indexed, so its ${matrix.sections.length} sections of tasks cannot be added`,
    );
  let nextId = Math.max(...allDocuments.flat().map((d) => d.i)) + 1;
  const tasks: SearchDocument[] = matrix.sections.flatMap((section) =>
    section.tasks.map((task) => ({
      i: nextId++,
      t: task.label[locale],
      s: section.title[locale],
      u: pageUrl,
      h: `#${task.id}`,
      p: page.i,
    })),
  );
  return allDocuments.map((documents, type) => (type === CONTENT ? [...documents, ...tasks] : documents));
}

/**
 * What the indexer leaves out of page text: words only screen readers get
 * ("不负责" / "Not responsible"), the ✔ glyphs, and the matrix tables, whose
 * rows `withMatrixTasks` indexes one by one.
 */
export const MATRIX_IGNORE_SELECTORS = ['.visually-hidden', '[data-mark]', '[data-section]'];
