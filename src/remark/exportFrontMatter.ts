import {format} from 'autocorrect-node';
import {isKnownBeta, KNOWN_BETA_TEXT} from '../components/DocStatus/status';
import {hasCjkSpacing} from '../i18n/locales';
import {locatePage, type ContentSet} from './contentSets';

/**
 * Front matter as the export writes it, made ready for the site (Docusaurus'
 * `markdown.parseFrontMatter`, so page metadata and MDX see the same values):
 *
 * - `title: "共同责任 | BYOC"`: the product suffix goes (the tab already says
 *   "| Zilliz Cloud BYOC"); the same for `description` and `sidebar_label`;
 * - Chinese pages get AutoCorrect's spacing in those texts, as in the body;
 * - an unknown `beta` value warns, naming the file (DocStatus shows no badge for it).
 */
const PRODUCT_SUFFIX = /\s*\|\s*BYOC\s*$/;
const TEXT_KEYS = ['title', 'sidebar_label', 'description'] as const;

export function normalizeFrontMatter(
  frontMatter: Record<string, unknown>,
  {language, file, warn}: {language?: string; file: string; warn: (message: string) => void},
): Record<string, unknown> {
  const out = {...frontMatter};
  for (const key of TEXT_KEYS) {
    const value = out[key];
    if (typeof value !== 'string') continue;
    const text = value.replace(PRODUCT_SUFFIX, '');
    out[key] = hasCjkSpacing(language, 'pages') ? format(text) : text;
  }
  const beta = out.beta;
  if (beta !== undefined && beta !== false && !isKnownBeta(String(beta)))
    warn(
      `${file}: front matter "beta": unknown value ${JSON.stringify(beta)} (known: ${KNOWN_BETA_TEXT}); no badge is shown`,
    );
  return out;
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
    const frontMatter = normalizeFrontMatter(result.frontMatter, {
      language: where?.language,
      file: filePath.startsWith(siteDir) ? filePath.slice(siteDir.length + 1) : filePath,
      warn: (message) => {
        // Docusaurus parses each file several times (metadata, server and client bundles): warn once.
        if (warned.has(message)) return;
        warned.add(message);
        console.warn(`[WARNING] ${message}`);
      },
    });
    return {...result, frontMatter};
  };
}
