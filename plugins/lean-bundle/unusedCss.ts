import postcss from 'postcss';
import selectorParser from 'postcss-selector-parser';

/** The words a script may hold a class name in: a class name is one of them, whole. */
const WORD = /[\w-]+/g;

/** Every word in the scripts of a build: the class names any of its markup can carry are among them. */
export function wordsIn(scripts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const script of scripts) for (const word of script.match(WORD) ?? []) words.add(word);
  return words;
}

/**
 * The classes a selector needs on the element or its ancestors to match, left
 * to right: those outside any pseudo-class's parentheses (`.a:not(.b)` needs
 * `a` only; `.a:is(.b, .c)` needs `a`).
 */
function requiredClasses(selector: selectorParser.Selector): string[] {
  const classes: string[] = [];
  selector.walkClasses((node) => {
    for (let parent = node.parent; parent; parent = parent.parent) if (parent.type === 'pseudo') return;
    classes.push(node.value);
  });
  return classes;
}

/**
 * Removes the selectors no page of the build can match: one goes when it needs
 * a class that no script of the build contains, a rule when all its selectors
 * went. Every page's markup, server-rendered or not, comes from these scripts
 * (React components, compiled MDX, CSS-module maps), so a class missing from
 * all of them is on no element. Selectors without classes, and classes inside
 * `:not()`, `:is()` and the like, are always kept. (Markup a plugin writes
 * outside React, with `injectHtmlTags` or in `postBuild`, is not in the
 * scripts: style it without classes.)
 */
function dropUnusedSelectors(root: postcss.Root, words: ReadonlySet<string>): string[] {
  const dropped: string[] = [];
  const unused = (selector: selectorParser.Selector) => requiredClasses(selector).some((c) => !words.has(c));
  root.walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as postcss.AtRule).name)) return;
    const kept: string[] = [];
    const gone: string[] = [];
    selectorParser((selectors) => {
      for (const selector of selectors.nodes) (unused(selector) ? gone : kept).push(selector.toString().trim());
    }).processSync(rule.selector);
    dropped.push(...gone);
    if (kept.length === 0) rule.remove();
    else if (gone.length > 0) rule.selector = kept.join(',');
  });
  return dropped;
}

const VAR_REFERENCE = /var\(\s*(--[\w-]+)/g;

/**
 * Removes the custom properties nothing reads: a `--name` is kept when a
 * declaration or at-rule of the sheet uses `var(--name)`, when a kept custom
 * property does, or when a script of the build holds the word (inline styles,
 * `getPropertyValue`). Infima declares a few hundred for its every component.
 */
function dropUnusedCustomProperties(root: postcss.Root, words: ReadonlySet<string>): string[] {
  const readBy = new Map<string, Set<string>>();
  const read = new Set<string>();
  root.walkDecls((decl) => {
    const references = [...decl.value.matchAll(VAR_REFERENCE)].map((m) => m[1]!);
    if (!decl.prop.startsWith('--')) for (const name of references) read.add(name);
    else readBy.set(decl.prop, new Set([...(readBy.get(decl.prop) ?? []), ...references]));
  });
  root.walkAtRules((atRule) => {
    for (const [, name] of atRule.params.matchAll(VAR_REFERENCE)) read.add(name!);
  });
  const pending = [...read, ...[...readBy.keys()].filter((name) => words.has(name))];
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    read.add(name);
    for (const next of readBy.get(name) ?? []) if (!read.has(next)) pending.push(next);
  }
  const dropped = new Set<string>();
  root.walkDecls((decl) => {
    if (!decl.prop.startsWith('--') || read.has(decl.prop)) return;
    dropped.add(decl.prop);
    decl.remove();
  });
  return [...dropped];
}

/** Whether a node sits inside an at-rule of the given name (`layer`, `media`…). */
function within(node: postcss.Node, name: string): boolean {
  for (let parent = node.parent; parent; parent = parent.parent)
    if (parent.type === 'atrule' && (parent as postcss.AtRule).name === name) return true;
  return false;
}

/**
 * Removes the declarations of a cascade layer that an unlayered rule always
 * overrides: unlayered styles beat layered ones whatever their specificity or
 * order, so where a top-level unlayered rule (no @media around it) with the
 * same selector declares the same property, the layer's value never applies
 * (Infima's primary colours and font stack, which the site's :root sets). An
 * `!important` on either side, or a `revert-layer` that hands the value back,
 * keeps the declaration.
 */
function dropOverriddenDeclarations(root: postcss.Root): string[] {
  const unlayered = new Map<string, Set<string>>();
  root.each((node) => {
    if (node.type !== 'rule') return;
    for (const decl of node.nodes)
      if (decl.type === 'decl' && !decl.important && !/\brevert(-layer)?\b/.test(decl.value))
        unlayered.set(node.selector, new Set([...(unlayered.get(node.selector) ?? []), decl.prop]));
  });
  const dropped: string[] = [];
  root.walkDecls((decl) => {
    const rule = decl.parent;
    if (decl.important || rule?.type !== 'rule' || !within(decl, 'layer')) return;
    const selector = (rule as postcss.Rule).selector;
    if (!unlayered.get(selector)?.has(decl.prop)) return;
    dropped.push(`${selector} ${decl.prop}`);
    decl.remove();
  });
  return dropped;
}

/** Rules and at-rule blocks (@media, @supports, @layer) the removals emptied, innermost first. */
function dropEmptied(root: postcss.Root): void {
  for (let emptied = true; emptied;) {
    emptied = false;
    root.walk((node) => {
      if ((node.type !== 'rule' && node.type !== 'atrule') || node.nodes?.length !== 0) return;
      node.remove();
      emptied = true;
    });
  }
}

/** The stylesheet without what no page of the build can use or the cascade never applies, and what went. */
export function dropUnusedCss(
  css: string,
  words: ReadonlySet<string>,
): {css: string; selectors: string[]; customProperties: string[]; overridden: string[]} {
  const root = postcss.parse(css);
  const selectors = dropUnusedSelectors(root, words);
  const overridden = dropOverriddenDeclarations(root);
  const customProperties = dropUnusedCustomProperties(root, words);
  dropEmptied(root);
  return {css: root.toString(), selectors, customProperties, overridden};
}
