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
 * Removes the style rules no page of the build can use: a selector goes when
 * it needs a class that no script of the build contains, a rule when all its
 * selectors went. Every page's markup, server-rendered or not, comes from
 * these scripts (React components, compiled MDX, CSS-module maps), so a class
 * missing from all of them is on no element. Selectors without classes, and
 * classes inside `:not()`, `:is()` and the like, are always kept.
 */
export function dropUnusedRules(css: string, words: ReadonlySet<string>): {css: string; dropped: string[]} {
  const root = postcss.parse(css);
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
  // Blocks the removals emptied (@media, @supports, @layer), innermost first.
  for (let emptied = true; emptied;) {
    emptied = false;
    root.walkAtRules((atRule) => {
      if (atRule.nodes?.length !== 0) return;
      atRule.remove();
      emptied = true;
    });
  }
  return {css: root.toString(), dropped};
}
