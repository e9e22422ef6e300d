/**
 * What the export's front matter says about a page's availability. The build
 * has already applied the front-matter rules (plugins/export-pipeline/frontMatter.ts):
 * values come in their canonical spelling, and `FALSE` or an unknown value is
 * absent.
 */
export const BETA_VALUES = ['CONTACT SALES', 'PUBLIC PREVIEW', 'PRIVATE PREVIEW', 'PRIVATE'] as const;
export type Beta = (typeof BETA_VALUES)[number];

/** The values a writer may use, for messages: "CONTACT SALES, …, PRIVATE, FALSE". */
export const KNOWN_BETA_TEXT = [...BETA_VALUES, 'FALSE'].join(', ');

export interface DocStatusInfo {
  beta?: Beta;
  addedSince?: string;
  deprecatedSince?: string;
}

export function readDocStatus(frontMatter: {
  beta?: unknown;
  added_since?: unknown;
  deprecate_since?: unknown;
}): DocStatusInfo {
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const beta = text(frontMatter.beta);
  return {
    beta: (BETA_VALUES as readonly string[]).includes(beta ?? '') ? (beta as Beta) : undefined,
    addedSince: text(frontMatter.added_since),
    deprecatedSince: text(frontMatter.deprecate_since),
  };
}
