import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import type {ContentSet} from './contentSets';
import {headingIdPreprocessor} from './exportHeadingIds';
import {reportProblems} from './mdast';

/**
 * A page whose MDX does not parse (an unclosed tag, a stray `{`) would stop
 * the whole build, and every other page's deploy with it. Before MDX sees it,
 * such a page is replaced by a notice and its source as a code block: its
 * content stays readable, and the build warns with file:line (the content
 * check reports the same, before any build).
 */
export interface ParseProblem {
  line: number;
  reason: string;
}

const parser = unified().use(remarkParse).use(remarkMdx);

/** The page's text with its front matter blanked (line numbers stay), as MDX sees it. */
export function withoutFrontMatter(source: string): string {
  const lines = source.split('\n');
  if (lines[0] !== '---') return source;
  const end = lines.indexOf('---', 1);
  return lines.map((l, i) => (i <= end ? '' : l)).join('\n');
}

/** Where and why MDX cannot parse the page (undefined when it can). */
export function mdxParseProblem(source: string): ParseProblem | undefined {
  try {
    parser.parse(withoutFrontMatter(source));
    return undefined;
  } catch (e) {
    const err = e as {
      line?: number;
      place?: {line?: number; start?: {line?: number}};
      reason?: string;
      message: string;
    };
    return {line: err.line ?? err.place?.line ?? err.place?.start?.line ?? 1, reason: err.reason ?? err.message};
  }
}

/** The page as a notice and its source: the front matter and the title heading kept, the rest shown as written. */
export function fallbackPage(source: string, problem: ParseProblem): string {
  const lines = source.split('\n');
  const end = lines[0] === '---' ? lines.indexOf('---', 1) + 1 : 0;
  const frontMatter = lines.slice(0, end);
  const body = lines.slice(end);
  const title = body.find((l) => /^#\s/.test(l));
  const longest = Math.max(2, ...[...source.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return [
    ...frontMatter,
    ...(title ? [title, ''] : []),
    `<UnparsedPage line={${problem.line}} />`,
    '',
    `${fence}mdx`,
    ...body.filter((l) => l !== title),
    fence,
    '',
  ].join('\n');
}

/** Docusaurus' `markdown.preprocessor` for exported pages: heading ids, then the fallback for what MDX cannot parse. */
export function exportPreprocessor(siteDir: string, sets: readonly ContentSet[]) {
  const headingIds = headingIdPreprocessor(siteDir, sets);
  return (args: {filePath: string; fileContent: string}): string => {
    const text = headingIds(args);
    const problem = mdxParseProblem(text);
    if (!problem) return text;
    const message = `MDX cannot parse this page (${problem.reason}); it is shown as its source`;
    reportProblems({path: args.filePath}, [{line: problem.line, message}], siteDir);
    return fallbackPage(text, problem);
  };
}
