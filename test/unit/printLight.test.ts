import postcss from 'postcss';
import {describe, expect, it} from 'vitest';
import printLightPlugin from '../../plugins/print-light';
import {darkThemeOnScreens} from '../../plugins/print-light/darkThemeOnScreens';

const run = (css: string) => postcss([darkThemeOnScreens()]).process(css, {from: undefined}).css;

describe('the dark theme on screens only', () => {
  it('moves each rule for the colour-mode element into @media screen, in every form the theme writes it', () => {
    expect(run('html[data-theme=dark]{--a:1}[data-theme=\'dark\']:root{--b:2}:where([data-theme="dark"]){--c:3}')).toBe(
      "@media screen{html[data-theme=dark]{--a:1}}@media screen{[data-theme='dark']:root{--b:2}}" +
        '@media screen{:where([data-theme="dark"]){--c:3}}',
    );
  });

  it('moves only the colour-mode selectors of a selector list, and keeps the rule where it was for the rest', () => {
    expect(run('@layer infima{html[data-theme=dark],.navbar--dark{--x:1}}')).toBe(
      '@layer infima{.navbar--dark{--x:1}@media screen{html[data-theme=dark]{--x:1}}}',
    );
  });

  it('leaves rules for elements inside the page, the light theme, and rules already in a media query', () => {
    const sheet =
      '[data-theme=dark] .themedComponent--dark{display:initial}[data-theme=light]{--a:1}' +
      '@media print{html[data-theme=dark]{--b:2}}@media (min-width:1px){[data-theme=dark]{--c:3}}';
    expect(run(sheet)).toBe(sheet);
  });

  it('is added to every stylesheet through the PostCSS options Docusaurus hands over', () => {
    const given = {postcssPlugin: 'given'};
    const {plugins} = printLightPlugin().configurePostCss!({plugins: [given]} as never);
    expect(plugins).toEqual([given, expect.objectContaining({postcssPlugin: 'dark-theme-on-screens'})]);
  });
});
