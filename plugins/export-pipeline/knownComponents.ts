import {existsSync} from 'node:fs';
import path from 'node:path';
import type {SiteMdxComponent} from '../../src/theme/mdxComponentNames';
import type {Statement, ModuleDeclaration} from 'estree';
import {visit} from 'unist-util-visit';
import {reportProblems, type MdFile, type PageProblem, type Root} from './mdast';

/**
 * A page that uses a component the site does not have still builds: the
 * element becomes `<UnknownComponent name="X">` (its children render; the dev
 * server also shows a notice), an import of a module under @site/ or @theme/
 * that does not exist is dropped, and each is reported with file:line,
 * instead of MDX's "Expected component X to be defined" at render time or the
 * bundler's "Module not found", which name no line and stop the whole build.
 */
export interface KnownComponentsOptions {
  siteDir: string;
  /** Components registered for every page (src/theme/mdxComponentNames.ts). */
  globals: readonly string[];
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

/** The element every unknown component becomes (registered for every page: src/theme/MDXComponents.tsx). */
export const UNKNOWN_COMPONENT: SiteMdxComponent = 'UnknownComponent';

/**
 * Names the page's own imports and exports declare. Imports of modules that
 * do not exist are removed from the page (their names stay undeclared, so
 * the elements that use them degrade).
 */
export function declaredComponents(tree: Root, file: MdFile, siteDir: string, problems: PageProblem[]): Set<string> {
  const names = new Set<string>();
  visit(tree, 'mdxjsEsm', (node) => {
    const estree = node.data?.estree;
    const body: (Statement | ModuleDeclaration)[] = estree?.body ?? [];
    const kept = body.filter((statement) => {
      if (statement.type !== 'ImportDeclaration') return true;
      const source = String(statement.source.value);
      if (moduleExists(siteDir, file.path, source)) return true;
      problems.push({
        line: node.position?.start.line ?? 1,
        message: `imports "${source}", which does not exist in this site; the import is left out`,
      });
      return false;
    });
    if (estree && kept.length !== body.length) estree.body = kept;
    for (const statement of kept) {
      if (statement.type === 'ImportDeclaration') for (const s of statement.specifiers) names.add(s.local.name);
      if (statement.type !== 'ExportNamedDeclaration' || !statement.declaration) continue;
      const {declaration} = statement;
      if (declaration.type === 'VariableDeclaration') {
        for (const d of declaration.declarations) if (d.id.type === 'Identifier') names.add(d.id.name);
      } else if (declaration.id) names.add(declaration.id.name);
    }
  });
  return names;
}

/** Turns every component the page cannot render into `<UnknownComponent>`; returns what it changed. */
export function degradeUnknownComponents(
  tree: Root,
  file: MdFile,
  {siteDir, globals}: KnownComponentsOptions,
): PageProblem[] {
  const problems: PageProblem[] = [];
  const known = new Set([...globals, ...declaredComponents(tree, file, siteDir, problems)]);
  visit(tree, (node) => {
    if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || !node.name) return;
    const root = node.name.split('.')[0]!;
    // Lower-case names are HTML elements; a component starts with a capital or is a member (a.b).
    if (root === node.name && !/^[A-Z]/.test(root)) return;
    if (known.has(root)) return;
    problems.push({
      line: node.position?.start.line ?? 1,
      message: `unknown component <${node.name}>: the site does not have it, so only its content is shown (see CONTRIBUTING.md for the components writers may use)`,
    });
    // Its props may name what the page never defined: only its content is kept.
    node.attributes = [{type: 'mdxJsxAttribute', name: 'name', value: node.name}];
    node.name = UNKNOWN_COMPONENT;
  });
  return problems;
}

export default function knownComponents(options: KnownComponentsOptions) {
  return (tree: Root, file: MdFile) => reportProblems(file, degradeUnknownComponents(tree, file, options));
}
