import * as z from 'zod';
import {BETA_VALUES, KNOWN_BETA_TEXT} from '../../src/components/DocStatus/status';

/**
 * Front matter as the docs team's export writes it, and what this site makes
 * of each key: one set of rules for the build (`exportFrontMatter.ts`, before
 * Docusaurus validates the page), the content check (which reports each
 * dropped value with its line) and the components (which read the result).
 *
 * A value this site cannot use never fails the build: it is dropped and
 * reported (a sidebar of the Zilliz docs site, an unknown `beta`, a position
 * that is not a number). `FALSE` means "not set" and is dropped silently.
 * Keys not listed here pass through untouched.
 */
const isFalse = (value: unknown) =>
  value === false || (typeof value === 'string' && value.trim().toUpperCase() === 'FALSE');
const text = z.string().trim().min(1);
const VERSION_ERROR = 'expected a version such as v2024.3.x, or FALSE';
const version = z.string({error: VERSION_ERROR}).regex(/^v\d{4}\.\d{1,2}\.x$/, {error: VERSION_ERROR});

/** Each key's rule; `beta` comes out in its canonical spelling (upper case). */
const FIELDS = {
  title: text,
  slug: z.string().trim().startsWith('/', {error: 'expected a path starting with /'}),
  sidebar_label: text,
  description: text,
  keywords: z.array(z.union([z.string(), z.number()]).transform(String)),
  beta: z
    .string()
    .transform((v) => v.trim().toUpperCase())
    .pipe(z.enum(BETA_VALUES, {error: `expected one of ${KNOWN_BETA_TEXT}`})),
  notebook: text,
  sidebar_position: z.number({error: 'expected a number'}),
  added_since: version,
  last_modified: version,
  deprecate_since: version,
} as const;

export type ExportFrontMatter = {[K in keyof typeof FIELDS]?: z.output<(typeof FIELDS)[K]>} & {
  displayed_sidebar?: string;
};

export interface FrontMatterProblem {
  key: string;
  message: string;
}

/** Each value as the site uses it; what it cannot use is left out and returned as a problem. */
export function applyFrontMatterRules(
  frontMatter: Readonly<Record<string, unknown>>,
  {sidebarIds}: {sidebarIds: readonly string[]},
): {frontMatter: Record<string, unknown>; problems: FrontMatterProblem[]} {
  const out: Record<string, unknown> = {...frontMatter};
  const problems: FrontMatterProblem[] = [];
  for (const [key, rule] of Object.entries(FIELDS)) {
    const value = out[key];
    if (value === undefined) continue;
    if (isFalse(value) || value === null) {
      delete out[key];
      continue;
    }
    const result = (rule as z.ZodType).safeParse(value);
    if (result.success) out[key] = result.data;
    else {
      delete out[key];
      problems.push({
        key,
        message: `front matter "${key}": ${result.error.issues[0]?.message ?? 'invalid'} (got ${JSON.stringify(value)}); left out`,
      });
    }
  }
  const sidebar = out.displayed_sidebar;
  if (sidebar !== undefined && sidebar !== null && !sidebarIds.includes(String(sidebar))) {
    delete out.displayed_sidebar;
    problems.push({
      key: 'displayed_sidebar',
      message: `front matter "displayed_sidebar": this site has no sidebar ${JSON.stringify(sidebar)} (it has: ${sidebarIds.join(', ') || 'none'}); the page shows its section's sidebar`,
    });
  }
  return {frontMatter: out, problems};
}
