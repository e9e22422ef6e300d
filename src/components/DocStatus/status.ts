/**
 * What the export's front matter says about a page's availability. YAML
 * gives `FALSE` as the string "FALSE" (or a boolean); both mean "not set".
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

function setValue(value: unknown): string | undefined {
  if (value === undefined || value === null || value === false) return undefined;
  const text = String(value).trim();
  return text === '' || text.toUpperCase() === 'FALSE' ? undefined : text;
}

/** A `beta` value the site knows, `FALSE` included (case-insensitive, as YAML writers vary). */
export function isKnownBeta(value: string): boolean {
  const upper = value.trim().toUpperCase();
  return upper === 'FALSE' || (BETA_VALUES as readonly string[]).includes(upper);
}

export function readDocStatus(frontMatter: Record<string, unknown>): DocStatusInfo {
  const beta = setValue(frontMatter.beta)?.toUpperCase();
  return {
    beta: (BETA_VALUES as readonly string[]).includes(beta ?? '') ? (beta as Beta) : undefined,
    addedSince: setValue(frontMatter.added_since),
    deprecatedSince: setValue(frontMatter.deprecate_since),
  };
}
