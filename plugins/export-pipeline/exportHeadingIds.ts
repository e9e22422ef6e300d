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
 * line (error line numbers stay true). Every locale of a page shares its
 * anchors: a heading takes the id its copy in the set's `headingIdLocale`
 * (English) has, where the locales disagree too (the content check warns);
 * else its own; else the one another locale's copy gives it.
 */
// Any indentation: MDX has no indented code, and exports indent headings inside <Grid> columns.
const HEADING = /^(\s*)(#{1,6})\s+(.*?)\s*$/;
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

/** A copy of the page in another locale. */
export interface Counterpart {
  locale: string;
  source: string;
}

/**
 * The id each h2–h6 heading of a page gets: the one its copy in `preferred`
 * has (the page's own when it is that copy), else its own, else the first one
 * another locale gives the heading at the same position. Pages whose heading
 * counts differ are not paired (positions would not match).
 */
export function sharedIds(source: string, others: readonly Counterpart[], preferred?: string): (string | undefined)[] {
  const own = sectionHeadings(source);
  const paired = others
    .map((o) => ({locale: o.locale, headings: sectionHeadings(o.source)}))
    .filter((o) => o.headings.length === own.length);
  const preferredCopy = paired.find((o) => o.locale === preferred)?.headings;
  return own.map(
    (h, i) => preferredCopy?.[i]!.id ?? h.id ?? paired.map((o) => o.headings[i]!.id).find((id) => id !== undefined),
  );
}

/** Rewrites every heading line to `## Text {/* #id *\/}` (or `## Text` without an id), line for line. */
export function normalizeHeadingIds(source: string, others: readonly Counterpart[] = [], preferred?: string): string {
  const ids = sharedIds(source, others, preferred);
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
    if (!where) return normalizeHeadingIds(fileContent);
    const others = counterparts(siteDir, where)
      .filter(({file}) => existsSync(file))
      .map(({locale, file}) => ({locale, source: readFileSync(file, 'utf8')}));
    // The page's own language counts as the preferred copy when it is that language.
    const preferred = where.language === where.set.headingIdLocale ? undefined : where.set.headingIdLocale;
    return normalizeHeadingIds(fileContent, others, preferred);
  };
}
