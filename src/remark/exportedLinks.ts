import {existsSync} from 'node:fs';
import path from 'node:path';
import {locatePage, type ContentSet} from './contentSets';
import {failOn, getAttribute, isJsx, walk, type MdFile, type MdNode, type PageProblem} from './mdast';
import {siteSlugs} from './sitePages';

/**
 * Links and images of exported pages, resolved and checked one way whether the
 * export wrote a markdown link or a raw `<a href>` (in admonitions, table cells):
 *
 * - a link to a page this site has (`./page`, `page.md`, `/docs/page`,
 *   `/docs/byoc/page`) becomes the page's site path, which Docusaurus' Link
 *   prefixes with the base URL and locale and its broken-link check verifies;
 * - a link to a Zilliz docs page this site does not carry goes to the Zilliz
 *   docs site in the reader's language (`zillizDocs`, one base URL per locale);
 * - a link that goes nowhere (empty, or a site path that is neither a page
 *   here nor a Zilliz docs path) fails the build with file:line;
 * - `<a>` elements become markdown links, so they render through the theme's
 *   Link like every other link;
 * - an image missing from the static folders fails with file:line and the
 *   path; a remote image is lazy and keeps a fixed box (no layout shift),
 *   and one from a host the content-security policy does not allow fails.
 */
export interface LinkContext {
  /** Slugs of the pages in this content set, in any locale. */
  slugs: ReadonlySet<string>;
  /** Route base of the content set ('' for the site root). */
  routeBasePath: string;
  /** Base URL of the Zilliz docs in the reader's language, ending in `/docs/`. */
  zillizDocs: string;
}

export type LinkResolution = {kind: 'keep'} | {kind: 'page' | 'zilliz'; url: string} | {kind: 'broken'; reason: string};

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
const DOCS_PATH = /^\/docs\/(.+)$/;

function splitHash(url: string): [string, string] {
  const i = url.search(/[?#]/);
  return i === -1 ? [url, ''] : [url.slice(0, i), url.slice(i)];
}

export function resolveLink(url: string, ctx: LinkContext): LinkResolution {
  const trimmed = url.trim();
  if (trimmed === '') return {kind: 'broken', reason: 'the link has no target'};
  if (EXTERNAL.test(trimmed) || trimmed.startsWith('#')) return {kind: 'keep'};
  const [target, suffix] = splitHash(trimmed);
  const pagePath = (slug: string) => `/${[ctx.routeBasePath, slug].filter(Boolean).join('/')}${suffix}`;
  const docs = DOCS_PATH.exec(target);
  const relative = !target.startsWith('/');
  // A file such as /img/x.png or /shared-responsibilities.csv: static or generated, served as is.
  if (!docs && /\.(?!mdx?$)[A-Za-z0-9]+$/.test(target)) return {kind: 'keep'};
  if (!docs && !relative) {
    const slug = target.replace(/^\/+|\/+$/g, '');
    const inSet = ctx.routeBasePath ? slug.replace(new RegExp(`^${ctx.routeBasePath}/`), '') : slug;
    return ctx.slugs.has(inSet)
      ? {kind: 'keep'}
      : {kind: 'broken', reason: `${url} is not a page of this site (a Zilliz docs link starts with /docs/)`};
  }
  const docPath = (docs ? docs[1]! : target).replace(/\.mdx?$/, '').replace(/\/+$/, '');
  const slug =
    docPath
      .split('/')
      .filter((s) => s !== '.' && s !== '..')
      .at(-1) ?? '';
  if (slug === '') return {kind: 'broken', reason: `${url} names no page`};
  if (ctx.slugs.has(slug)) return {kind: 'page', url: pagePath(slug)};
  const zillizPath = docs ? docPath : slug;
  return {kind: 'zilliz', url: `${ctx.zillizDocs}${zillizPath}${suffix}`};
}

export interface ExportedLinksOptions {
  siteDir: string;
  set: ContentSet;
  sets: readonly ContentSet[];
  /** Zilliz docs base URL per locale. */
  zillizDocs: Readonly<Record<string, string>>;
  /** Folders (relative to siteDir) that Docusaurus serves at the site root. */
  staticDirs: readonly string[];
  /** Origins remote images may come from: the content-security policy blocks any other (EXTERNAL_HOSTS). */
  imageHosts: readonly string[];
}

/** The locale a page is being built for (Docusaurus builds one locale at a time and says which). */
function readerLocale(set: ContentSet, fileLocale: string | undefined): string {
  return process.env.DOCUSAURUS_CURRENT_LOCALE ?? fileLocale ?? set.defaultLocale;
}

/** An <a> as a markdown link node, or why it cannot be one. */
function linkFromAnchor(node: MdNode): MdNode | string {
  const href = getAttribute(node, 'href');
  if (typeof href !== 'string') return '<a> needs an href written as text ("…"), not an expression';
  const rest = Object.fromEntries(
    (node.attributes ?? [])
      .filter((a) => a.name !== 'href' && typeof a.value === 'string')
      .map((a) => [a.name!, a.value]),
  );
  const children = (node.children ?? []).flatMap((c) => (c.type === 'paragraph' ? (c.children ?? []) : [c]));
  const link: MdNode = {type: 'link', url: href, children, position: node.position, data: {hProperties: rest}};
  return node.type === 'mdxJsxFlowElement' ? {type: 'paragraph', children: [link], position: node.position} : link;
}

/** Rewrites the page's links and marks its remote images; returns what cannot be fixed. */
export function processLinks(tree: MdNode, file: MdFile, options: ExportedLinksOptions): PageProblem[] {
  const {siteDir, set, sets, zillizDocs, staticDirs, imageHosts} = options;
  const problems: PageProblem[] = [];
  const line = (node: MdNode) => node.position?.start.line ?? 1;
  const slugs = siteSlugs(siteDir, set);
  const location = file.path ? locatePage(siteDir, file.path, sets) : undefined;
  const locale = readerLocale(set, location?.folderLocale);
  const base = zillizDocs[locale];
  if (!base) throw new Error(`no Zilliz docs base URL for locale "${locale}" (ZILLIZ_DOCS in content.config.ts)`);
  const ctx: LinkContext = {slugs, routeBasePath: set.routeBasePath, zillizDocs: base};

  walk(tree, (node) => {
    if (node.children)
      node.children = node.children.map((c) => {
        if (!isJsx(c, ['a'])) return c;
        const link = linkFromAnchor(c);
        if (typeof link === 'string') {
          problems.push({line: line(c), message: link});
          return c;
        }
        return link;
      });
    if (node.type === 'link') {
      const resolved = resolveLink(node.url ?? '', ctx);
      if (resolved.kind === 'broken') problems.push({line: line(node), message: `broken link: ${resolved.reason}`});
      else if (resolved.kind !== 'keep') node.url = resolved.url;
    }
    if (node.type === 'image') {
      const url = node.url ?? '';
      if (EXTERNAL.test(url)) {
        const origin = URL.canParse(url) ? new URL(url).origin : url;
        if (!imageHosts.includes(origin))
          problems.push({
            line: line(node),
            message: `image ${url}: the site's content-security policy blocks images from ${origin} (allowed: ${imageHosts.join(', ') || 'none'}); add the host to EXTERNAL_HOSTS.images in content.config.ts`,
          });
        // Size unknown until it loads: a fixed box keeps the layout still (see custom.css).
        node.data = {...node.data, hProperties: {...node.data?.hProperties, className: 'remote-image'}};
      } else if (url.startsWith('/')) {
        const found = staticDirs.some((dir) => existsSync(path.join(siteDir, dir, decodeURI(url))));
        if (!found)
          problems.push({line: line(node), message: `missing image ${url}: no such file in ${staticDirs.join(', ')}`});
      }
    }
  });
  return problems;
}

export default function exportedLinks(options: ExportedLinksOptions) {
  return (tree: MdNode, file: MdFile) => failOn(file, processLinks(tree, file, options));
}
