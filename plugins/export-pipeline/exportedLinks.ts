import {existsSync} from 'node:fs';
import path from 'node:path';
import {locatePage, type ContentSet} from './contentSets';
import {createSlugger} from '@docusaurus/utils';
import type {Image, Link, Paragraph, PhrasingContent} from 'mdast';
import {visit} from 'unist-util-visit';
import {
  getAttribute,
  isJsx,
  reportProblems,
  textOf,
  type MdFile,
  type MdxJsxElement,
  type Nodes,
  type PageProblem,
  type Root,
} from './mdast';
import {siteSlugs} from './sitePages';

/**
 * Links and images of exported pages, resolved and checked one way whether the
 * export wrote a markdown link or a raw `<a href>` (in admonitions, table cells):
 *
 * - a link to a page this site has (`./page`, `page.md`, `/docs/page`,
 *   `/docs/byoc/page`, `/ja-JP/docs/page`) becomes the page's site path, which
 *   Docusaurus' Link prefixes with the base URL and locale and its broken-link
 *   check verifies;
 * - a link into any section of the Zilliz docs this site does not carry
 *   (`./quick-start`, `/docs/…`, `/reference/restful/…`, with or without a
 *   language prefix) goes to that site in the reader's language;
 * - `<a>` elements become markdown links, so they render through the theme's
 *   Link like every other link;
 * - a remote image is lazy; an image named by the editor's token gets its
 *   caption as its description, or none (decorative).
 *
 * What cannot be resolved degrades instead of failing the build, and is
 * reported with file:line: a link to nowhere (empty, a site path that is
 * neither a page here nor a Zilliz docs section, an anchor no heading has)
 * shows its text without a link; a missing image or one from a host the
 * content-security policy blocks shows its description instead.
 */
export interface ZillizDocs {
  /** The Zilliz docs site per locale: its root in that language, ending in `/` (`https://docs.zilliz.com/ja-JP/`). */
  sites: Readonly<Record<string, string>>;
  /** The first path segments of that site's sections (`docs`, `reference`). */
  sections: readonly string[];
}

export interface LinkContext {
  /** Slugs of the pages in this content set, in any locale. */
  slugs: ReadonlySet<string>;
  /** Route base of the content set ('' for the site root). */
  routeBasePath: string;
  /** The Zilliz docs site in the reader's language, ending in `/`. */
  zillizSite: string;
  /** The Zilliz docs site's sections. */
  zillizSections: readonly string[];
}

export type LinkResolution = {kind: 'keep'} | {kind: 'page' | 'zilliz'; url: string} | {kind: 'broken'; reason: string};

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
/** A language prefix of the Zilliz docs site's paths: `/ja-JP/`, `/zh-CN/`, `/en/`. */
const LANGUAGE_PREFIX = /^\/[a-z]{2}(?:-[A-Z]{2})?(?=\/)/;

function splitHash(url: string): [string, string] {
  const i = url.search(/[?#]/);
  return i === -1 ? [url, ''] : [url.slice(0, i), url.slice(i)];
}

const lastSegment = (docPath: string) =>
  docPath
    .split('/')
    .filter((s) => s !== '.' && s !== '..' && s !== '')
    .at(-1) ?? '';

export function resolveLink(url: string, ctx: LinkContext): LinkResolution {
  const trimmed = url.trim();
  if (trimmed === '') return {kind: 'broken', reason: 'the link has no target'};
  if (EXTERNAL.test(trimmed) || trimmed.startsWith('#')) return {kind: 'keep'};
  const [target, suffix] = splitHash(trimmed);
  const pagePath = (slug: string) => `/${[ctx.routeBasePath, slug].filter(Boolean).join('/')}${suffix}`;
  // A file such as /img/x.png or /shared-responsibilities.csv: static or generated, served as is.
  if (/\.(?!mdx?$)[A-Za-z0-9]+$/.test(target)) return {kind: 'keep'};
  const clean = (p: string) => p.replace(/\.mdx?$/, '').replace(/\/+$/, '');

  if (!target.startsWith('/')) {
    // Relative: a page of the same Zilliz docs section, named by its last segment.
    const slug = lastSegment(clean(target));
    if (slug === '') return {kind: 'broken', reason: `${url} names no page`};
    if (ctx.slugs.has(slug)) return {kind: 'page', url: pagePath(slug)};
    return {kind: 'zilliz', url: `${ctx.zillizSite}docs/${slug}${suffix}`};
  }

  const own = clean(target).replace(/^\/+/, '');
  const inSet = ctx.routeBasePath ? own.replace(new RegExp(`^${ctx.routeBasePath}/`), '') : own;
  if (ctx.slugs.has(inSet)) return {kind: 'keep'};
  const sitePath = clean(target.replace(LANGUAGE_PREFIX, '')).replace(/^\/+/, '');
  const [section, ...rest] = sitePath.split('/');
  if (section && ctx.zillizSections.includes(section)) {
    const slug = lastSegment(rest.join('/'));
    if (section === 'docs' && ctx.slugs.has(slug)) return {kind: 'page', url: pagePath(slug)};
    return {kind: 'zilliz', url: `${ctx.zillizSite}${sitePath}${suffix}`};
  }
  return {
    kind: 'broken',
    reason: `${url} is neither a page of this site nor in a section of the Zilliz docs (${ctx.zillizSections.map((s) => `/${s}/`).join(', ')})`,
  };
}

export interface ExportedLinksOptions {
  siteDir: string;
  set: ContentSet;
  sets: readonly ContentSet[];
  /** The Zilliz docs site per locale and its sections (ZILLIZ_DOCS in content.config.ts). */
  zillizDocs: ZillizDocs;
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
function linkFromAnchor(node: MdxJsxElement): Link | Paragraph | string {
  const href = getAttribute(node, 'href');
  if (typeof href !== 'string') return '<a> needs an href written as text ("…"), not an expression';
  const rest = Object.fromEntries(
    node.attributes.flatMap((a) =>
      a.type === 'mdxJsxAttribute' && a.name !== 'href' && typeof a.value === 'string' ? [[a.name, a.value]] : [],
    ),
  );
  // An <a> written as a block holds paragraphs; a link holds their text.
  const children = (node.children as Nodes[]).flatMap((c) => (c.type === 'paragraph' ? c.children : [c]));
  const link: Link = {
    type: 'link',
    url: href,
    children: children as PhrasingContent[],
    position: node.position,
    data: {hProperties: rest},
  };
  return node.type === 'mdxJsxFlowElement' ? {type: 'paragraph', children: [link], position: node.position} : link;
}

/** The ids the page's headings get: the `#id` comment where written, else Docusaurus' slug of the text. */
function headingIdsOf(tree: Root): Set<string> {
  const slugger = createSlugger();
  const ids = new Set<string>();
  visit(tree, 'heading', (node) => {
    const comment = node.children.find((c) => c.type === 'mdxTextExpression' && EXPLICIT_ID.test(c.value));
    const explicitId = comment?.type === 'mdxTextExpression' ? EXPLICIT_ID.exec(comment.value)![1]! : undefined;
    ids.add(explicitId ?? slugger.slug(textOf(node).trim()));
  });
  return ids;
}
const EXPLICIT_ID = /^\s*\/\*\s*#([^*\s]+)\s*\*\/\s*$/;

/**
 * The editor names an image by its token (`![QJ1jwpa8YhQegqbrAYWcJEOUnWf](…)`),
 * which means nothing to a reader or a screen reader: such an image is
 * described by its title (the export's caption) if it has one, else it is
 * decorative (empty alt).
 */
const EDITOR_TOKEN = /^[A-Za-z0-9]{20,40}$/;

function describeImage(image: Image): void {
  if (EDITOR_TOKEN.test(image.alt?.trim() ?? '')) image.alt = image.title?.trim() ?? '';
}

/** What a node that cannot be kept degrades to: a link to its text, an image to its description. */
function degraded(node: Link | Image): PhrasingContent[] {
  if (node.type === 'link') return node.children;
  const alt = node.alt?.trim();
  return alt ? [{type: 'emphasis', children: [{type: 'text', value: alt}]}] : [];
}

/** Rewrites the page's links and images; what cannot be resolved degrades, and is returned as a problem. */
export function processLinks(tree: Root, file: MdFile, options: ExportedLinksOptions): PageProblem[] {
  const {siteDir, set, sets, zillizDocs, staticDirs, imageHosts} = options;
  const problems: PageProblem[] = [];
  const line = (node: Nodes) => node.position?.start.line ?? 1;
  const slugs = siteSlugs(siteDir, set);
  const location = file.path ? locatePage(siteDir, file.path, sets) : undefined;
  const locale = readerLocale(set, location?.folderLocale);
  const zillizSite = zillizDocs.sites[locale];
  if (!zillizSite) throw new Error(`no Zilliz docs site for locale "${locale}" (ZILLIZ_DOCS in content.config.ts)`);
  const ctx: LinkContext = {slugs, routeBasePath: set.routeBasePath, zillizSite, zillizSections: zillizDocs.sections};
  const anchors = headingIdsOf(tree);

  /** Why a link or image cannot stay as written (undefined when it can), after resolving it in place. */
  const problemOf = (node: Link | Image): string | undefined => {
    const {url} = node;
    if (node.type === 'link') {
      if (url.startsWith('#') && !anchors.has(decodeURIComponent(url.slice(1))))
        return `broken link: no heading with the id "${url.slice(1)}" on this page ("${textOf(node)}"); shown as text`;
      const resolved = resolveLink(url, ctx);
      if (resolved.kind === 'broken') return `broken link: ${resolved.reason}; shown as text`;
      if (resolved.kind !== 'keep') node.url = resolved.url;
      return undefined;
    }
    describeImage(node);
    if (EXTERNAL.test(url)) {
      const origin = URL.canParse(url) ? new URL(url).origin : url;
      if (!imageHosts.includes(origin))
        return `image ${url}: the site's content-security policy blocks images from ${origin} (allowed: ${imageHosts.join(', ') || 'none'}); add the host to EXTERNAL_HOSTS.images in content.config.ts. Shown as its description`;
      // Its size is unknown until it loads: it takes its own size then, never a forced shape (see custom.css).
      node.data = {...node.data, hProperties: {...node.data?.hProperties, className: ['remote-image']}};
    } else if (url.startsWith('/') && !staticDirs.some((dir) => existsSync(path.join(siteDir, dir, decodeURI(url)))))
      return `missing image ${url}: no such file in ${staticDirs.join(', ')}; shown as its description`;
    return undefined;
  };

  visit(tree, (node) => {
    if (!('children' in node)) return;
    const children: Nodes[] = node.children;
    (node as {children: Nodes[]}).children = children.flatMap((child): Nodes[] => {
      let c = child;
      if (isJsx(c, ['a'])) {
        const link = linkFromAnchor(c);
        if (typeof link === 'string') {
          problems.push({line: line(c), message: link});
          return [c];
        }
        c = link;
      }
      // An <a> written as a block is a paragraph holding the link.
      const target = c.type === 'paragraph' && c !== child ? c.children[0]! : c;
      if (target.type !== 'link' && target.type !== 'image') return [c];
      const problem = problemOf(target);
      if (!problem) return [c];
      problems.push({line: line(target), message: problem});
      return target === c ? degraded(target) : [{...(c as Paragraph), children: degraded(target)}];
    });
  });
  return problems;
}

export default function exportedLinks(options: ExportedLinksOptions) {
  return (tree: Root, file: MdFile) => reportProblems(file, processLinks(tree, file, options));
}
