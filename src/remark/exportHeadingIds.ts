import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {MdFile, MdNode} from './mdast';

/**
 * The export writes a heading id as `\{#slug}` with non-ASCII removed, so a
 * Chinese heading ends in an empty `\{#}`: Docusaurus would print "{#}" and
 * make an id from the Chinese text, and anchors would differ between locales.
 * This plugin strips the empty marker and takes the id of the heading at the
 * same position in the page's other-locale copy (the English export keeps its
 * ids); without one, Docusaurus' usual slug of the text applies.
 */
export interface ExportHeadingIdsOptions {
  siteDir: string;
  /** Folders (relative to siteDir) that hold the same pages in two locales. */
  pairs: readonly (readonly [string, string])[];
}

const EMPTY_ID = /\s*\{#\}\s*$/;
const HEADING = /^(#{2,6})\s+(.*?)\s*$/;
const CLASSIC_ID = /\\?\{#([^}]*)\}$/;
const COMMENT_ID = /\{\/\*\s*#([\w-]+)\s*\*\/\}$/;

/** An h2–h6 line's text and explicit id (classic or MDX-comment syntax); undefined for other lines. */
export function parseHeadingLine(line: string): {text: string; id?: string} | undefined {
  const heading = HEADING.exec(line);
  if (!heading) return undefined;
  const raw = heading[2]!;
  const id = CLASSIC_ID.exec(raw)?.[1] || COMMENT_ID.exec(raw)?.[1] || undefined;
  return {text: raw.replace(CLASSIC_ID, '').replace(COMMENT_ID, '').trim(), id};
}

/** Explicit ids of a page's h2–h6 headings, in order (undefined where a heading has none). */
export function headingIds(source: string): (string | undefined)[] {
  const ids: (string | undefined)[] = [];
  let fence: string | null = null;
  for (const line of source.split('\n')) {
    const fenceMark = /^\s*(```|~~~)/.exec(line)?.[1];
    if (fenceMark) fence = fence === fenceMark ? null : (fence ?? fenceMark);
    if (fence) continue;
    const heading = parseHeadingLine(line);
    if (heading) ids.push(heading.id);
  }
  return ids;
}

export function counterpartPath(file: string, {siteDir, pairs}: ExportHeadingIdsOptions): string | undefined {
  const rel = path.relative(siteDir, file);
  for (const [a, b] of pairs) {
    for (const [from, to] of [[a, b], [b, a]] as const) {
      const prefix = `${from}${path.sep}`;
      if (rel.startsWith(prefix)) return path.join(siteDir, to, rel.slice(prefix.length));
    }
  }
  return undefined;
}

export default function exportHeadingIds(options: ExportHeadingIdsOptions) {
  return (tree: MdNode, file: MdFile) => {
    let otherIds: (string | undefined)[] | undefined;
    const idsOfCounterpart = () => {
      if (!otherIds) {
        const other = file.path ? counterpartPath(file.path, options) : undefined;
        otherIds = other && existsSync(other) ? headingIds(readFileSync(other, 'utf8')) : [];
      }
      return otherIds;
    };
    let index = -1;
    const visit = (node: MdNode) => {
      if (node.type === 'heading' && (node.depth ?? 1) >= 2) {
        index += 1;
        const last = node.children?.at(-1);
        if (last?.type === 'text' && EMPTY_ID.test(last.value ?? '')) {
          last.value = (last.value ?? '').replace(EMPTY_ID, '');
          if (last.value === '') node.children!.pop();
          const id = idsOfCounterpart()[index];
          if (id) {
            node.data = {...node.data, hProperties: {...node.data?.hProperties, id}};
          }
        }
        return;
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}
