import {format} from 'autocorrect-node';
import {applyFrontMatterRules, type FrontMatterProblem} from './frontMatter';
import {hasCjkSpacing} from '../../src/i18n/locales';
import {locatePage, type ContentSet} from './contentSets';
import {reportProblems} from './mdast';

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

/** The line of a front-matter key in the file (1 when it cannot be found). */
function keyLine(source: string, key: string): number {
  const index = source.split('\n').findIndex((l) => l.startsWith(`${key}:`));
  return index === -1 ? 1 : index + 1;
}

export function exportFrontMatterParser(siteDir: string, sets: readonly ContentSet[]) {
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
    const located = problems.map(({key, message}) => ({line: keyLine(fileContent, key), message}));
    reportProblems({path: filePath}, located, siteDir);
    return {...result, frontMatter};
  };
}
