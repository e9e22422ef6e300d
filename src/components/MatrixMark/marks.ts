/**
 * What the docs team's exports write in a matrix cell to say "this party does it": the check mark and the look-alikes
 * editors and keyboards produce. The page pipeline (a matrix table in an exported page) and the matrix import both
 * read cells with this, so a page that builds also imports.
 */
export const EXPORT_MARKS: readonly string[] = ['✔', '✔︎', '✔️', '✅', '✓', '√'];

const MARKS = new Set(EXPORT_MARKS);

/** Whether a cell's text (already trimmed) is a mark. */
export function isExportMark(text: string): boolean {
  return MARKS.has(text);
}
