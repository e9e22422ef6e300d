import {existsSync, readFileSync} from 'node:fs';
import {counterparts, locatePage, type ContentSet} from './contentSets';

/**
 * Heading ids as the editor exports them, in every form it writes:
 *
 *   ## 云管理\{#}                 empty (the export drops non-ASCII from ids)
 *   ## Cloud Management\{#cloud}  escaped
 *   ## Cloud Management{#cloud}   bare: an MDX expression, which fails to compile ("Could not parse expression with acorn")
 *   ## Cloud Management {#cloud}  bare, with a space
 *   ## Cloud {/* #cloud *\/}      MDX comment (Docusaurus' own syntax)
 *   ## Cloud Management           none
 *
 * This runs on the page's text before MDX parses it (Docusaurus'
 * `markdown.preprocessor`), because the bare form never reaches a remark
 * plugin. Each heading line is rewritten to the MDX-comment form, line for
 * line (error line numbers stay true). A heading without an id of its own
 * takes the id of the heading at the same position in the page's other-locale
 * copies, so every locale shares its anchors.
 */
const HEADING = /^(\s{0,3})(#{1,6})\s+(.*?)\s*$/;
const MARKER = /\s*(?:\\?\{#([^}\s]*)\}|\{\/\*\s*#([^*\s]*)\s*\*\/\})$/;
const FENCE = /^\s*(`{3,}|~{3,})/;

export interface HeadingLine {
  /** 1-based line number. */
  line: number;
  depth: number;
  text: string;
  /** The explicit id; undefined when there is none or the marker is empty. */
  id?: string;
}

/** A heading line's depth, text and explicit id (any export form); undefined for other lines. */
export function parseHeadingLine(line: string): Omit<HeadingLine, 'line'> | undefined {
  const heading = HEADING.exec(line);
  if (!heading) return undefined;
  const raw = heading[3]!;
  const marker = MARKER.exec(raw);
  const id = marker ? marker[1] || marker[2] || undefined : undefined;
  return {depth: heading[2]!.length, text: marker ? raw.slice(0, marker.index).trim() : raw, id};
}

/** Every heading line outside code fences, with its line number. */
export function headingLines(source: string): HeadingLine[] {
  const out: HeadingLine[] = [];
  let fence: string | null = null;
  const lines = source.split('\n');
  // Front matter is YAML, where "# …" is a comment.
  const body = lines[0] === '---' ? lines.indexOf('---', 1) + 1 : 0;
  lines.forEach((line, i) => {
    if (i < body) return;
    const mark = FENCE.exec(line)?.[1];
    if (mark) {
      if (fence === null) fence = mark[0]!;
      else if (mark[0] === fence) fence = null;
      return;
    }
    if (fence) return;
    const heading = parseHeadingLine(line);
    if (heading) out.push({line: i + 1, ...heading});
  });
  return out;
}

/** The h2–h6 headings: the ones a table of contents lists and other locales pair by position. */
export function sectionHeadings(source: string): HeadingLine[] {
  return headingLines(source).filter((h) => h.depth >= 2);
}

/** Explicit ids of a page's h2–h6 headings, in order (undefined where a heading has none). */
export function headingIds(source: string): (string | undefined)[] {
  return sectionHeadings(source).map((h) => h.id);
}

/**
 * The id each h2–h6 heading of a page gets: its own, else the first one the
 * other locales give the heading at the same position. Pages whose heading
 * counts differ are not paired (positions would not match).
 */
export function sharedIds(source: string, others: readonly string[]): (string | undefined)[] {
  const own = sectionHeadings(source);
  const theirs = others.map(sectionHeadings).filter((hs) => hs.length === own.length);
  return own.map((h, i) => h.id ?? theirs.map((hs) => hs[i]!.id).find((id) => id !== undefined));
}

/** Rewrites every heading line to `## Text {/* #id *\/}` (or `## Text` without an id), line for line. */
export function normalizeHeadingIds(source: string, others: readonly string[] = []): string {
  const ids = sharedIds(source, others);
  const lines = source.split('\n');
  let index = -1;
  for (const h of headingLines(source)) {
    const [, indent, hashes] = HEADING.exec(lines[h.line - 1]!)!;
    const id = h.depth >= 2 ? ids[(index += 1)] : h.id;
    lines[h.line - 1] = `${indent}${hashes} ${h.text}${id ? ` {/* #${id} */}` : ''}`;
  }
  return lines.join('\n');
}

/** Docusaurus' `markdown.preprocessor`: heading ids of pages in the given content sets. */
export function headingIdPreprocessor(siteDir: string, sets: readonly ContentSet[]) {
  return ({filePath, fileContent}: {filePath: string; fileContent: string}): string => {
    const where = locatePage(siteDir, filePath, sets);
    const others = where
      ? counterparts(siteDir, where)
          .filter(({file}) => existsSync(file))
          .map(({file}) => readFileSync(file, 'utf8'))
      : [];
    return normalizeHeadingIds(fileContent, others);
  };
}
