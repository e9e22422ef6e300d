import {existsSync} from 'node:fs';
import path from 'node:path';
import {failOn, walk, type MdFile, type MdNode, type PageProblem} from './mdast';

/**
 * A page that uses a component the site does not have fails with the
 * component's name and file:line, instead of MDX's "Expected component X to
 * be defined" at render time (which names neither), and an import of a
 * missing module under @site/ or @theme/ is named before the bundler's
 * "Module not found" does it without a line.
 */
export interface KnownComponentsOptions {
  siteDir: string;
  /** Components registered for every page (src/theme/mdxComponentNames.ts). */
  globals: readonly string[];
}

interface EstreeNode {
  type: string;
  source?: {value?: unknown};
  specifiers?: {local: {name: string}}[];
  declaration?: {id?: {name: string}; declarations?: {id: {name?: string}}[]} | null;
}

const EXTENSIONS = [
  '',
  '.tsx',
  '.ts',
  '.jsx',
  '.js',
  '.mdx',
  '.md',
  '/index.tsx',
  '/index.ts',
  '/index.jsx',
  '/index.js',
];

function moduleExists(siteDir: string, file: string | undefined, source: string): boolean {
  const candidates: string[] = [];
  if (source.startsWith('@site/')) candidates.push(path.join(siteDir, source.slice('@site/'.length)));
  else if (source.startsWith('@theme/') || source.startsWith('@theme-original/')) {
    const name = source.replace(/^@theme(-original)?\//, '');
    candidates.push(path.join(siteDir, 'src/theme', name));
    candidates.push(path.join(siteDir, 'node_modules/@docusaurus/theme-classic/lib/theme', name));
  } else if (source.startsWith('.') && file) candidates.push(path.resolve(path.dirname(file), source));
  else return true; // a package: the bundler resolves it
  return candidates.some((c) => EXTENSIONS.some((ext) => existsSync(c + ext)));
}

/** Names the page's own imports and exports declare, after checking the imported modules exist. */
export function declaredComponents(tree: MdNode, file: MdFile, siteDir: string, problems: PageProblem[]): Set<string> {
  const names = new Set<string>();
  walk(tree, (node) => {
    if (node.type !== 'mdxjsEsm') return;
    const body = ((node.data?.estree as {body?: EstreeNode[]} | undefined)?.body ?? []) as EstreeNode[];
    for (const statement of body) {
      if (statement.type === 'ImportDeclaration') {
        const source = String(statement.source?.value ?? '');
        if (!moduleExists(siteDir, file.path, source))
          problems.push({
            line: node.position?.start.line ?? 1,
            message: `imports "${source}", which does not exist in this site`,
          });
        for (const s of statement.specifiers ?? []) names.add(s.local.name);
      }
      const declaration = statement.declaration;
      if (declaration?.id?.name) names.add(declaration.id.name);
      for (const d of declaration?.declarations ?? []) if (d.id.name) names.add(d.id.name);
    }
  });
  return names;
}

export function componentProblems(
  tree: MdNode,
  file: MdFile,
  {siteDir, globals}: KnownComponentsOptions,
): PageProblem[] {
  const problems: PageProblem[] = [];
  const known = new Set([...globals, ...declaredComponents(tree, file, siteDir, problems)]);
  walk(tree, (node) => {
    if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || !node.name) return;
    const root = node.name.split('.')[0]!;
    // Lower-case names are HTML elements; a component starts with a capital or is a member (a.b).
    if (root === node.name && !/^[A-Z]/.test(root)) return;
    if (!known.has(root))
      problems.push({
        line: node.position?.start.line ?? 1,
        message: `unknown component <${node.name}>: the site does not have it (import it, or use one of ${globals.filter((g) => /^[A-Z]/.test(g)).join(', ')})`,
      });
  });
  return problems;
}

export default function knownComponents(options: KnownComponentsOptions) {
  return (tree: MdNode, file: MdFile) => failOn(file, componentProblems(tree, file, options));
}
