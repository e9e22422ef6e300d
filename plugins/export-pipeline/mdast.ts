import path from 'node:path';

/** The few mdast/MDX node shapes the remark plugins here touch (no runtime dependency). */
export interface MdNode {
  type: string;
  name?: string | null;
  value?: string;
  depth?: number;
  /** link and image nodes */
  url?: string;
  attributes?: MdAttribute[];
  children?: MdNode[];
  position?: {start: {line: number; column: number}};
  data?: {id?: string; hProperties?: Record<string, unknown>} & Record<string, unknown>;
}

export interface MdAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: unknown;
}

export interface MdFile {
  path?: string;
}

export function isJsx(node: MdNode, names?: readonly string[]): boolean {
  return (
    (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
    (names === undefined || names.includes(node.name ?? ''))
  );
}

export function jsx(name: string, attributes: Record<string, string | null> = {}, children: MdNode[] = []): MdNode {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(attributes).map(([n, value]) => ({type: 'mdxJsxAttribute', name: n, value})),
    children,
  };
}

export function getAttribute(node: MdNode, name: string): unknown {
  return node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
}

export function setAttribute(node: MdNode, name: string, value: string | null): void {
  node.attributes = [...(node.attributes ?? []).filter((a) => a.name !== name), {type: 'mdxJsxAttribute', name, value}];
}

export function textOf(node: MdNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/** Visits every node, parents before children. */
export function walk(node: MdNode, visit: (node: MdNode, parent: MdNode | null) => void, parent: MdNode | null = null) {
  visit(node, parent);
  for (const child of node.children ?? []) walk(child, visit, node);
}

export function where(file: MdFile, node: MdNode): string {
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
