/**
 * Where a page's Markdown twin lives: beside the page, its URL with `.md`
 * appended (`/en/shared-responsibilities` → `/en/shared-responsibilities.md`);
 * a page at a folder's URL (`/en/`) has its twin at `index.md` there. The
 * build writes the twins (plugins/markdown-twins), the page links to its own.
 */
export function twinPath(permalink: string): string {
  return permalink.endsWith('/') ? `${permalink}index.md` : `${permalink}.md`;
}

/** The name of the Markdown index of a locale's pages (llms.txt proposal) and of the file with all their Markdown. */
export const LLMS_TXT = 'llms.txt';
export const LLMS_FULL_TXT = 'llms-full.txt';
