/**
 * A built doc page's `<article>` as Markdown: what the page says, in the
 * order it says it, without the page's furniture. The HTML is first made
 * plain (Docusaurus' code blocks, admonitions, tabs, cards and the matrix's
 * legend become the HTML elements they stand for), then converted by
 * hast-util-to-mdast and written by mdast-util-to-markdown with GFM tables.
 */
import type {Element, ElementContent, Root, RootContent, Text} from 'hast';
import {fromHtml} from 'hast-util-from-html';
import {matches, select, selectAll} from 'hast-util-select';
import {toMdast} from 'hast-util-to-mdast';
import {gfmToMarkdown} from 'mdast-util-gfm';
import {toMarkdown} from 'mdast-util-to-markdown';
import {visit} from 'unist-util-visit';

/**
 * Parts of the article that are the page's chrome, controls or screen-reader
 * words, not its text: breadcrumbs, the phone's table of contents, the doc
 * footer, print-only lines, buttons (the matrix's filter and copy-link
 * buttons), heading anchors, icons, the tab strip (tabs become labelled
 * sections) and text only screen readers get (a ✔ reads as ✔).
 */
const CHROME = [
  '.theme-doc-breadcrumbs',
  '.theme-doc-toc-mobile',
  '.theme-doc-footer',
  '[data-print-meta]',
  '[data-markdown-twin-skip]',
  'button',
  '.hash-link',
  '.visually-hidden',
  '[role="tablist"]',
  'svg',
  'script',
  'style',
  'template',
  'noscript',
].join(', ');

const el = (tagName: string, children: ElementContent[] = [], properties: Element['properties'] = {}): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string): Text => ({type: 'text', value});

/** The text of a node as written, like the DOM's `textContent`. */
function textOf(node: RootContent | Root): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' || node.type === 'root') return node.children.map(textOf).join('');
  return '';
}

/** The visible text of an element: its text without what CHROME drops. */
function visibleText(node: Element): string {
  return normalize(node.children, {pageUrl: 'about:blank'}).map(textOf).join('').replace(/\s+/g, ' ').trim();
}

function classes(node: Element): string[] {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

/**
 * React streams a lazy component's HTML after the page's body (`<div hidden
 * id="S:0">`) and moves it into place (`$RC("B:0","S:0")`) over the fallback
 * it first sent (`<template id="B:0">` up to `<!--/$-->`). The twin reads the
 * page as the browser shows it, so the streamed HTML takes the fallback's place.
 */
function placeStreamedHtml(tree: Root): void {
  const scripts = selectAll('script', tree)
    .map((s) => textOf(s))
    .join('\n');
  const pairs = new Map([...scripts.matchAll(/\$RC\("(B:\d+)","(S:\d+)"\)/g)].map((m) => [m[1]!, m[2]!] as const));
  const byId = new Map(selectAll('div[hidden]', tree).map((d) => [String(d.properties.id), d] as const));
  // A streamed block may hold a boundary of its own: place until none is left.
  for (let placed = true; placed;) {
    placed = false;
    for (const template of selectAll('template', tree)) {
      const id = String(template.properties.id);
      const streamed = byId.get(pairs.get(id) ?? id.replace(/^B:/, 'S:'));
      const parent = findParent(tree, template);
      if (!streamed || !parent) continue;
      const start = parent.children.indexOf(template);
      let end = start + 1;
      while (end < parent.children.length) {
        const node = parent.children[end]!;
        if (node.type === 'comment' && node.value === '/$') break;
        end++;
      }
      parent.children.splice(start, end - start, ...streamed.children);
      byId.delete(String(streamed.properties.id));
      placed = true;
    }
  }
}

function findParent(tree: Root | Element, child: Element): Root | Element | undefined {
  for (const node of tree.children) {
    if (node === child) return tree;
    if (node.type === 'element') {
      const found = findParent(node, child);
      if (found) return found;
    }
  }
  return undefined;
}

interface Context {
  /** The page's absolute URL: links and images resolve against it, as the browser resolves them. */
  pageUrl: string;
  /** Elements already written elsewhere (the title, which the twin starts with). */
  skip?: ReadonlySet<Element>;
}

function absolute(url: string, {pageUrl}: Context): string {
  try {
    return new URL(url, pageUrl).href;
  } catch {
    return url;
  }
}

/** A Docusaurus code block: its lines and its language (`language-python` on the block). */
function codeBlock(node: Element): Element[] {
  const pre = select('pre', node);
  const language = [...classes(node), ...(pre ? classes(pre) : [])]
    .find((c) => c.startsWith('language-'))
    ?.slice('language-'.length);
  const lines = selectAll('.token-line', node);
  const code = lines.length > 0 ? lines.map((line) => textOf(line)).join('\n') : textOf(pre ?? node);
  const title = select('[class*="codeBlockTitle"]', node);
  return [
    ...(title ? [el('p', [text(textOf(title))])] : []),
    el('pre', [el('code', [text(code.replace(/\n$/, ''))], language ? {className: [`language-${language}`]} : {})]),
  ];
}

/** An admonition as a quoted note: `> **Note:** text`. */
function admonition(node: Element, context: Context): Element[] {
  const heading = select('[class*="admonitionHeading"]', node);
  const content = select('[class*="admonitionContent"]', node);
  const label = heading ? visibleText(heading) : '';
  const body = normalize(content?.children ?? [], context);
  const strong = el('strong', [text(`${label}:`)]);
  const first = body.find((n) => n.type === 'element');
  if (label !== '' && first?.type === 'element' && first.tagName === 'p') {
    first.children.unshift(strong, text(' '));
  } else if (label !== '') {
    body.unshift(el('p', [strong]));
  }
  return [el('blockquote', body)];
}

/** Tabs as labelled sections: each tab's label in bold, then its panel. */
function tabs(node: Element, context: Context): ElementContent[] {
  // The tab strip and the panels are the container's own children: tabs nested in a panel keep to their own.
  const children = node.children.filter((c): c is Element => c.type === 'element');
  const tablist = children.find((c) => matches('[role="tablist"]', c));
  const labels = (tablist?.children ?? [])
    .filter((c): c is Element => c.type === 'element' && matches('[role="tab"]', c))
    .map(visibleText);
  const panels = (children.find((c) => c !== tablist)?.children ?? []).filter(
    (c): c is Element => c.type === 'element' && matches('[role="tabpanel"]', c),
  );
  return panels.flatMap((panel, i) => [
    el('p', [el('strong', [text(labels[i] ?? '')])]),
    ...normalize(panel.children, context),
  ]);
}

/**
 * A definition list (the matrix's key) as a list of `term: definition`. A
 * term with no visible text (the key's empty cell) is named by its words for
 * screen readers, in parentheses.
 */
function definitions(node: Element, context: Context): Element[] {
  const items: Element[] = [];
  let term = '';
  for (const child of selectAll('dt, dd', node)) {
    if (child.tagName === 'dt') {
      const shown = visibleText(child);
      term = shown !== '' ? shown : `(${textOf(child).trim()})`;
    } else {
      items.push(el('li', [text(`${term}: `), ...normalize(child.children, context)]));
    }
  }
  return [el('ul', items)];
}

/** A list of doc cards as a list of links with their descriptions. */
function cards(node: Element, context: Context): Element[] {
  const items = selectAll('a.card', node).map((card) => {
    const title = select('.theme-doc-card-title', card);
    const description = select('.theme-doc-card-description', card);
    const link = el('a', [text(title ? textOf(title) : visibleText(card))], {
      href: absolute(String(card.properties.href ?? ''), context),
    });
    return el('li', description ? [link, text(`: ${textOf(description)}`)] : [link]);
  });
  return [el('ul', items)];
}

function isCardList(node: Element): boolean {
  const children = node.children.filter((c): c is Element => c.type === 'element');
  return children.length > 0 && children.every((c) => select('a.card', c) !== undefined);
}

const BLOCKS = new Set(['p', 'div', 'ul', 'ol', 'li', 'pre', 'blockquote', 'section', 'figure', 'figcaption']);

/**
 * A table cell holds one line of Markdown: its paragraphs and list items
 * become lines of that cell, separated by line breaks (written `<br>`).
 */
function cellContent(nodes: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  const lineBreak = () => {
    if (out.length > 0 && !(out.at(-1)?.type === 'element' && (out.at(-1) as Element).tagName === 'br'))
      out.push(el('br'));
  };
  for (const node of nodes) {
    if (node.type === 'element' && BLOCKS.has(node.tagName)) {
      lineBreak();
      if (node.tagName === 'li') out.push(text('- '));
      out.push(...cellContent(node.children));
      lineBreak();
    } else if (node.type === 'text' && node.value.trim() === '' && out.at(-1)?.type !== 'text') {
      // Whitespace between blocks is not text of the cell.
    } else {
      out.push(node);
    }
  }
  while (out.at(-1)?.type === 'element' && (out.at(-1) as Element).tagName === 'br') out.pop();
  return out;
}

function transform(node: Element, context: Context): ElementContent[] {
  if (matches(CHROME, node) || context.skip?.has(node)) return [];
  if (node.tagName === 'td' || node.tagName === 'th')
    return [{...node, children: cellContent(normalize(node.children, context))}];
  if (classes(node).includes('theme-code-block')) return codeBlock(node);
  if (classes(node).includes('theme-admonition')) return admonition(node, context);
  if (classes(node).includes('tabs-container')) return tabs(node, context);
  if (node.tagName === 'dl') return definitions(node, context);
  if (isCardList(node)) return cards(node, context);
  if (node.tagName === 'details') {
    const summary = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'summary');
    const rest = node.children.filter((c) => c !== summary);
    return [
      ...(summary ? [el('p', [el('strong', normalize(summary.children, context))])] : []),
      ...normalize(rest, context),
    ];
  }
  if (/^h[2-6]$/.test(node.tagName) && node.properties.id) {
    return [el(node.tagName, [...normalize(node.children, context), text(` {#${String(node.properties.id)}}`)])];
  }
  if (node.tagName === 'a' && typeof node.properties.href === 'string') {
    return [el('a', normalize(node.children, context), {href: absolute(node.properties.href, context)})];
  }
  if (node.tagName === 'img') {
    const src = String(node.properties.src ?? '');
    const alt = String(node.properties.alt ?? '');
    // An image inlined into the page has no address of its own: its alternative text stands for it.
    if (src.startsWith('data:')) return alt ? [text(alt)] : [];
    return [el('img', [], {src: absolute(src, context), alt})];
  }
  return [{...node, children: normalize(node.children, context)}];
}

function normalize(nodes: readonly (RootContent | ElementContent)[], context: Context): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type === 'element') return transform(node, context);
    if (node.type === 'text') return [node];
    return [];
  });
}

/**
 * The Markdown of a built page's article (the first `<article>` in `<main>`; cards are articles too).
 * `pageUrl` is the page's absolute URL: links and images come out absolute.
 */
export function articleToMarkdown(html: string, pageUrl: string): string {
  const tree = fromHtml(html);
  placeStreamedHtml(tree);
  const article = select('main article', tree);
  if (!article) throw new Error(`Markdown twin: the page ${pageUrl} has no <article> in <main>`);
  // The title first: the page shows its status badges and notices above it, the Markdown below.
  const title = select('h1', article);
  const context: Context = {pageUrl, skip: new Set(title ? [title] : [])};
  const plain: Root = {
    type: 'root',
    children: [
      ...(title ? [el('h1', normalize(title.children, context))] : []),
      ...normalize(article.children, context),
    ],
  };
  const mdast = toMdast(plain);
  // A line break in a table cell is written as HTML: a Markdown break would end the table's row.
  visit(mdast, 'tableCell', (cell) => {
    cell.children = cell.children.map((child) => (child.type === 'break' ? {type: 'html', value: '<br>'} : child));
  });
  return `${toMarkdown(mdast, {extensions: [gfmToMarkdown({tablePipeAlign: false})], bullet: '-', fences: true, rule: '-'}).trim()}\n`;
}
