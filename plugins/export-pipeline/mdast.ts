import path from 'node:path';
import type {Nodes, Parents, Root} from 'mdast';
import type {MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx';
import {toString} from 'mdast-util-to-string';

// mdast-util-mdx's types add the MDX nodes (JSX, expressions, ESM) to mdast's.
export type {Nodes, Parents, Root};
export type MdxJsxElement = MdxJsxFlowElement | MdxJsxTextElement;
/** The children a block-level JSX element holds. */
export type FlowChildren = MdxJsxFlowElement['children'];

/** The file a remark plugin runs on: only its path is read. */
export interface MdFile {
  path?: string;
}

export function isJsx(node: Nodes, names?: readonly string[]): node is MdxJsxElement {
  return (
    (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
    (names === undefined || names.includes(node.name ?? ''))
  );
}

export function jsx(
  name: string,
  attributes: Record<string, string | null> = {},
  children: FlowChildren = [],
): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(attributes).map(([n, value]): MdxJsxAttribute => ({
      type: 'mdxJsxAttribute',
      name: n,
      value,
    })),
    children,
  };
}

export function getAttribute(node: MdxJsxElement, name: string): MdxJsxAttribute['value'] | undefined {
  return node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
}

export function setAttribute(node: MdxJsxElement, name: string, value: string | null): void {
  node.attributes = [
    ...node.attributes.filter((a) => a.type !== 'mdxJsxAttribute' || a.name !== name),
    {type: 'mdxJsxAttribute', name, value},
  ];
}

const isExpression = (node: Nodes) => node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression';

/**
 * The text a reader sees in a node: text, inline code and image descriptions.
 * MDX expressions are code, not text (a heading's `{/* #id *\/}` comment is one).
 */
export function textOf(node: Nodes): string {
  if (isExpression(node)) return '';
  return 'children' in node ? node.children.map((child) => textOf(child as Nodes)).join('') : toString(node);
}

export function where(file: MdFile, node: Nodes): string {
  return `${file.path ?? '<mdx>'}:${node.position?.start.line ?? '?'}`;
}

/** A problem the page's author must fix, at a line of the page. */
export interface PageProblem {
  line: number;
  message: string;
}

const reported = new Set<string>();

/**
 * Prints each problem of a page as a build warning with file:line (the file
 * relative to `root`): the page still builds, degraded, and the others
 * deploy. Docusaurus reads a page more than once (metadata, server and client
 * bundles), so each is printed once.
 */
export function reportProblems(file: MdFile, problems: readonly PageProblem[], root = process.cwd()): void {
  for (const p of problems) {
    const message = `${file.path ? path.relative(root, file.path) : '<mdx>'}:${p.line}: ${p.message}`;
    if (reported.has(message)) continue;
    reported.add(message);
    console.warn(`[WARNING] ${message}`);
  }
}
