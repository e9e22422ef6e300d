import path from 'node:path';
import {describe, expect, it} from 'vitest';
import type {LoadContext} from '@docusaurus/types';
import leanBundlePlugin, {prismClientModulePath} from '../../plugins/lean-bundle';
import {tempTree} from './helpers/tempTree';

/** The bundler the build hands to configureWebpack (webpack or Rspack): its BannerPlugin and Compilation stages. */
const utils = {
  currentBundler: {instance: {BannerPlugin: class {}, Compilation: {PROCESS_ASSETS_STAGE_SUMMARIZE: 1000}}},
} as never;

const context = (additionalLanguages: string[]) =>
  ({siteConfig: {themeConfig: {prism: {additionalLanguages}}}}) as unknown as LoadContext;

describe('the lean-bundle plugin', () => {
  it("swaps the classic theme's Prism client module for an empty one", () => {
    const config = leanBundlePlugin(context([])).configureWebpack!({} as never, false, utils, {} as never);
    const alias = (config as {resolve: {alias: Record<string, string>}}).resolve.alias;
    expect(alias).toEqual({[`${prismClientModulePath()}$`]: expect.stringMatching(/empty-client-module\.js$/)});
  });

  it('leaves the module alone when the site adds Prism languages', () => {
    const config = leanBundlePlugin(context(['java'])).configureWebpack!({} as never, false, utils, {} as never);
    expect((config as {resolve: {alias: Record<string, string>}}).resolve.alias).toEqual({});
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
