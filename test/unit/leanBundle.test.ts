import path from 'node:path';
import {describe, expect, it} from 'vitest';
import type {LoadContext} from '@docusaurus/types';
import leanBundlePlugin, {prismClientModulePath} from '../../plugins/lean-bundle';
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
    });
  });

  it('leaves the module alone when the site adds Prism languages', () => {
    expect(clientConfig(['java']).resolve.alias).toEqual({});
  });

  it("marks the browser's scripts for eager compilation, except the search chunk", () => {
    const [banner, ...others] = clientConfig([]).plugins;
    expect(others).toEqual([]);
    expect(banner?.options.banner).toBe('//# allFunctionsCalledOnLoad');
    expect(banner?.options.exclude.test('assets/js/search.0a1b2c3d.js')).toBe(true);
    expect(banner?.options.exclude.test('assets/js/main.0a1b2c3d.js')).toBe(false);
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
