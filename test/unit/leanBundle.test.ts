import path from 'node:path';
import {describe, expect, it} from 'vitest';
import type {LoadContext} from '@docusaurus/types';
import leanBundlePlugin, {prismClientModulePath} from '../../plugins/lean-bundle';
import {dropUnusedCss, wordsIn} from '../../plugins/lean-bundle/unusedCss';
import {TSLIB_HELPERS_MODULE} from '../../plugins/lean-bundle/tslibHelpers';
import {tempTree} from './helpers/tempTree';

const context = (additionalLanguages: string[]) =>
  ({siteConfig: {themeConfig: {prism: {additionalLanguages}}}}) as unknown as LoadContext;

/** The bundler as Docusaurus hands it over: only what the plugin uses. */
class FakeBannerPlugin {
  constructor(readonly options: {banner: string; exclude: RegExp}) {}
}
const utils = {
  currentBundler: {instance: {BannerPlugin: FakeBannerPlugin, Compilation: {PROCESS_ASSETS_STAGE_SUMMARIZE: 1000}}},
} as never;
const clientConfig = (languages: string[]) =>
  leanBundlePlugin(context(languages)).configureWebpack!({} as never, false, utils, {} as never) as unknown as {
    resolve: {alias: Record<string, string>};
    plugins: FakeBannerPlugin[];
  };

describe('the lean-bundle plugin', () => {
  it("swaps the classic theme's Prism client module for an empty one", () => {
    expect(clientConfig([]).resolve.alias).toEqual({
      [`${prismClientModulePath()}$`]: expect.stringMatching(/empty-client-module\.js$/),
      tslib$: TSLIB_HELPERS_MODULE,
    });
  });

  it('leaves the module alone when the site adds Prism languages', () => {
    expect(clientConfig(['java']).resolve.alias).toEqual({tslib$: TSLIB_HELPERS_MODULE});
  });

  it("marks the browser's scripts for eager compilation, except the search chunk", () => {
    const [banner, ...others] = clientConfig([]).plugins;
    expect(others.map((p) => p.constructor.name)).toEqual(['DropUnusedCss', 'TslibHelpersCheck']);
    expect(banner?.options.banner).toBe('//# allFunctionsCalledOnLoad');
    expect(banner?.options.exclude.test('assets/js/search.0a1b2c3d.js')).toBe(true);
    expect(banner?.options.exclude.test('assets/js/main.0a1b2c3d.js')).toBe(false);
  });

  it('lets PostCSS look for no config file, and sets up each plugin given by module name once', () => {
    const dir = tempTree('postcss-plugin', {'plugin.cjs': 'module.exports = (o) => ({postcssPlugin: "fake", o});'});
    const ready = {postcssPlugin: 'docusaurus-plugin'};
    const {config, plugins} = leanBundlePlugin(context([])).configurePostCss!({
      plugins: [[path.join(dir, 'plugin.cjs'), {stage: 2}], ready] as never,
    });
    expect(config).toBe(false);
    expect(plugins).toEqual([{postcssPlugin: 'fake', o: {stage: 2}}, ready]);
  });

  it('fails with a clear message when the theme no longer has the file', () => {
    const moved = tempTree('theme-classic', {'lib/prism/include-languages.js': ''});
    expect(() => prismClientModulePath(moved)).toThrow(
      /plugins\/lean-bundle: .*lib\/prism-include-languages\.js is missing\. @docusaurus\/theme-classic has moved or renamed/,
    );
    const kept = tempTree('theme-classic', {'lib/prism-include-languages.js': ''});
    expect(prismClientModulePath(kept)).toBe(path.join(kept, 'lib/prism-include-languages'));
  });
});

describe('unused style rules', () => {
  const words = wordsIn([
    'e.jsx("div",{className:"navbar navbar--fixed-top "+t.menu_x1Y2})',
    'var s={"menu--open":"menu--open_AbC9"}',
    'getComputedStyle(d).getPropertyValue("--ifm-navbar-height")',
  ]);
  const keep = (css: string) => {
    const {css: kept, selectors} = dropUnusedCss(css, words);
    return {css: kept, dropped: selectors};
  };

  it('finds class names among the words of the scripts, CSS-module maps included', () => {
    expect([...words]).toEqual(expect.arrayContaining(['navbar', 'navbar--fixed-top', 'menu_x1Y2', 'menu--open_AbC9']));
  });

  it('drops a rule whose every selector needs a class no script has, and keeps the rest of the sheet', () => {
    const {css, dropped} = keep('.navbar{a:1}.card__header{b:2}.card,.pills__item{c:3}.menu_x1Y2 .hero{d:4}');
    expect(css).toBe('.navbar{a:1}');
    expect(dropped).toEqual(['.card__header', '.card', '.pills__item', '.menu_x1Y2 .hero']);
  });

  it('keeps a rule for its used selectors only', () => {
    expect(keep('.navbar,.card{a:1}').css).toBe('.navbar{a:1}');
  });

  it('never drops what a class-free selector or a class inside a pseudo-class could match', () => {
    const sheet =
      'html{a:1}:focus{b:2}[data-theme=dark] kbd{c:3}.navbar:not(.card){d:4}:where(.card,.navbar):hover{e:5}';
    expect(keep(sheet)).toEqual({css: sheet, dropped: []});
  });

  it('removes the at-rule blocks the removals emptied, nested ones too, and leaves keyframes alone', () => {
    const {css} = keep(
      '@layer a{@media (min-width:1px){.hero{a:1}}}@layer b{.navbar{b:2}}@keyframes spin{from{c:0}to{c:1}}@layer x,y;',
    );
    expect(css).toBe('@layer b{.navbar{b:2}}@keyframes spin{from{c:0}to{c:1}}@layer x,y;');
  });

  it("drops a layer's declaration where an unlayered rule with the same selector sets the property", () => {
    const {css, overridden} = dropUnusedCss(
      '@layer infima{:root{--ifm-navbar-height:3rem;--ifm-font:serif;color:red}@media print{:root{--ifm-font:mono}}' +
        '.navbar{color:red;margin:0}}:root{--ifm-font:sans;color:blue}.navbar{color:var(--ifm-font)}',
      words,
    );
    expect(css).toBe(
      '@layer infima{:root{--ifm-navbar-height:3rem}.navbar{margin:0}}:root{--ifm-font:sans;color:blue}' +
        '.navbar{color:var(--ifm-font)}',
    );
    expect(overridden).toEqual([':root --ifm-font', ':root color', ':root --ifm-font', '.navbar color']);
  });

  it("keeps a layer's declaration that an !important, a revert-layer or a conditional rule leaves in play", () => {
    const sheet =
      '@layer infima{:root{--a:1px;--b:2px;--c:3px;color:red!important}}' +
      ':root{--a:var(--b) !important;--b:revert-layer;color:blue}@media screen{:root{--c:4px}}' +
      '.navbar{margin:var(--a) var(--c)}';
    expect(dropUnusedCss(sheet, words).overridden).toEqual([]);
  });

  it('drops the custom properties nothing reads, following var() from property to property', () => {
    const {css, customProperties} = dropUnusedCss(
      ':root{--a:1px;--b:var(--a);--c:2px;--d:var(--c);--ifm-navbar-height:3rem;--hero-bg:red}' +
        '.navbar{margin:var(--b)}.hero{color:var(--hero-bg)}[data-theme=dark]{--c:3px}',
      words,
    );
    expect(css).toBe(':root{--a:1px;--b:var(--a);--ifm-navbar-height:3rem}.navbar{margin:var(--b)}');
    expect(customProperties.sort()).toEqual(['--c', '--d', '--hero-bg']);
  });
});
