import type {AtRule, Node, Plugin, Rule} from 'postcss';

/**
 * A selector for the element that carries the colour mode (`html[data-theme=dark]`, `[data-theme='dark']:root`,
 * `:where([data-theme=dark])`): the rules that set the dark theme's variables. Rules for elements inside it
 * (`[data-theme=dark] .x`) are left as they are: the theme shows and hides dark-only content with them.
 */
const DARK_THEME_ROOT =
  /^(?:html|:root)?(?:\[data-theme=(["']?)dark\1\]|:where\(\[data-theme=(["']?)dark\2\]\))(?::root)?$/;

function insideMediaQuery(rule: Rule): boolean {
  for (let parent: Node | undefined = rule.parent; parent; parent = parent.parent)
    if (parent.type === 'atrule' && (parent as AtRule).name === 'media') return true;
  return false;
}

/**
 * PostCSS plugin: the dark theme's variables apply on screens only, so paper is white and the light theme's colours
 * print whatever the reader's colour mode. Each rule for the colour-mode element moves into `@media screen`; in a
 * selector list, only those selectors move. A rule already inside a media query is the stylesheet's own choice.
 */
export function darkThemeOnScreens(): Plugin {
  return {
    postcssPlugin: 'dark-theme-on-screens',
    Rule(rule, {AtRule}) {
      if (insideMediaQuery(rule)) return;
      const dark = rule.selectors.filter((s) => DARK_THEME_ROOT.test(s));
      if (dark.length === 0) return;
      const others = rule.selectors.filter((s) => !DARK_THEME_ROOT.test(s));
      rule.after(new AtRule({name: 'media', params: 'screen'}).append(rule.clone({selectors: dark})));
      if (others.length > 0) rule.selectors = others;
      else rule.remove();
    },
  };
}
darkThemeOnScreens.postcss = true as const;
