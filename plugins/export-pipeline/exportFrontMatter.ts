import {format} from 'autocorrect-node';
import {applyFrontMatterRules, type FrontMatterProblem} from './frontMatter';
import {hasCjkSpacing} from '../../src/i18n/locales';
import {locatePage, type ContentSet} from './contentSets';

/**
 * Front matter as the export writes it, made ready for the site (Docusaurus'
 * `markdown.parseFrontMatter`, so page metadata and MDX see the same values):
 *
 * - `title: "共同责任 | BYOC"`: the export's product suffix (`| BYOC`,
 *   `| Cloud`, `| RESTful`) goes, as the tab already names the site; the same
 *   for `description` and `sidebar_label`;
 * - Chinese pages get AutoCorrect's spacing in those texts, as in the body;
 * - every other key follows the rules of `frontMatter.ts`: what the site
 *   cannot use is left out with a warning naming the file, never an error.
 */
const EXPORT_SUFFIX = /\s*\|\s*[\p{L}\p{N}.-]+\s*$/u;
const TEXT_KEYS = ['title', 'sidebar_label', 'description'] as const;

export function normalizeFrontMatter(
  frontMatter: Record<string, unknown>,
  {language, sidebarIds}: {language?: string; sidebarIds: readonly string[]},
): {frontMatter: Record<string, unknown>; problems: FrontMatterProblem[]} {
  const out = {...frontMatter};
  for (const key of TEXT_KEYS) {
    const value = out[key];
    if (typeof value !== 'string') continue;
    const text = value.replace(EXPORT_SUFFIX, '');
    out[key] = hasCjkSpacing(language, 'pages') ? format(text) : text;
  }
  return applyFrontMatterRules(out, {sidebarIds});
}

type Parse = (args: {
  filePath: string;
  fileContent: string;
}) => Promise<{frontMatter: Record<string, unknown>; content: string}>;

export function exportFrontMatterParser(siteDir: string, sets: readonly ContentSet[]) {
  const warned = new Set<string>();
  return async ({
    filePath,
    fileContent,
    defaultParseFrontMatter,
  }: {
    filePath: string;
    fileContent: string;
    defaultParseFrontMatter: Parse;
  }) => {
    const result = await defaultParseFrontMatter({filePath, fileContent});
    const where = locatePage(siteDir, filePath, sets);
    if (!where) return result;
    const {frontMatter, problems} = normalizeFrontMatter(result.frontMatter, {
      language: where.language,
      sidebarIds: where.set.sidebarIds,
    });
    const file = filePath.startsWith(siteDir) ? filePath.slice(siteDir.length + 1) : filePath;
    for (const {message} of problems) {
      // Docusaurus parses each file several times (metadata, server and client bundles): warn once.
      const line = `${file}: ${message}`;
      if (warned.has(line)) continue;
      warned.add(line);
      console.warn(`[WARNING] ${line}`);
    }
    return {...result, frontMatter};
  };
}
