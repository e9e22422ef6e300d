import {z} from 'zod';

const FALSE = z.union([z.literal('FALSE'), z.literal(false)]);
const VERSION = z.string().regex(/^v\d{4}\.\d{1,2}\.x$/);
const versionOrFalse = () =>
  z.union([VERSION, FALSE], {error: 'expected a version such as v2024.3.x, or FALSE'}).optional();

/**
 * Front matter as the docs team's export writes it, and as this site reads
 * it. Keys the site does not know are allowed (passthrough).
 */
export const frontMatterSchema = z
  .object({
    title: z.string().trim().min(1),
    slug: z.string().startsWith('/'),
    sidebar_label: z.string().trim().min(1).optional(),
    description: z.string().trim().min(1).optional(),
    keywords: z.array(z.union([z.string(), z.number()])).optional(),
    // Any text: an unknown value is a warning (no badge), reported by the check itself.
    beta: z
      .union([z.string().trim().min(1), FALSE], {error: 'expected a value such as PUBLIC PREVIEW, or FALSE'})
      .optional(),
    notebook: z.union([z.string().trim().min(1), FALSE], {error: 'expected a notebook file name, or FALSE'}).optional(),
    type: z.string().optional(),
    token: z.string().optional(),
    sidebar_key: z.string().optional(),
    sidebar_position: z.number().optional(),
    added_since: versionOrFalse(),
    last_modified: versionOrFalse(),
    deprecate_since: versionOrFalse(),
  })
  .passthrough();

export type FrontMatter = z.infer<typeof frontMatterSchema>;
