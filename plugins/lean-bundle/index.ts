import {existsSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {Compiler} from 'webpack';
import {dropUnusedCss, wordsIn} from './unusedCss';
import {TSLIB_HELPERS_MODULE, TslibHelpersCheck} from './tslibHelpers';

/**
 * The classic theme's Prism client module (a private file, not an export of
 * the package): an alias to a path that no longer exists matches nothing, and
 * Prism would silently return to every page. So a missing file fails the build.
 */
export function prismClientModulePath(
  themeDir: string = path.dirname(require.resolve('@docusaurus/theme-classic/package.json')),
): string {
  const modulePath = path.join(themeDir, 'lib/prism-include-languages');
  if (!existsSync(`${modulePath}.js`))
    throw new Error(
      `plugins/lean-bundle: ${modulePath}.js is missing. @docusaurus/theme-classic has moved or renamed its Prism ` +
        'client module (see getClientModules in its lib/index.js); point prismClientModulePath at the new file, ' +
        'or Prism goes back into the JavaScript of every page.',
    );
  return modulePath;
}

/**
 * Keeps code that most pages never run out of the JavaScript every page loads, and work off the build's main thread
 * (plugins/lean-bundle/README.md says what each part does and why):
 *
 * - the theme's Prism client module, which adds nothing without `prism.additionalLanguages`, is swapped for an empty
 *   module; the lazy CodeBlock (src/theme/CodeBlock) brings Prism along on pages that show code;
 * - every script but the search chunk starts with V8's compile hint `//# allFunctionsCalledOnLoad`: nearly every
 *   function in them runs while the page hydrates, so the browser compiles each file whole while it streams in, off
 *   the main thread; the search chunk (loaded on demand, named in src/theme/SearchBar) runs only when a reader
 *   searches and keeps lazy compilation;
 * - each stylesheet keeps only the rules its pages can use (./unusedCss);
 * - `tslib` gives the browser only the helpers its modules call (./tslibHelpers);
 * - postcss-loader does not look for a PostCSS config file beside every stylesheet (the site has none; the MDX
 *   compile on the same thread waits for it), and each PostCSS plugin given by module name is set up once.
 */
/** The search chunk's file, `assets/js/search.<hash>.js`. */
const SEARCH_CHUNK = /(^|\/)search\.[0-9a-f]+\.js$/;

const NAME = 'lean-bundle';

type PluginCreator = (options?: object) => unknown;

/** A PostCSS plugin given as `[module, options]`, set up the way postcss-loader does it; other forms as they are. */
export function setUpOnce(plugin: unknown): unknown {
  if (!Array.isArray(plugin) || typeof plugin[0] !== 'string') return plugin;
  const [name, options] = plugin as [string, object | undefined];
  const loaded = createRequire(__filename)(name) as PluginCreator & {default?: PluginCreator};
  return (loaded.default ?? loaded)(options);
}

/** Bundler plugin: each stylesheet of the browser build keeps only the rules and custom properties its pages can use. */
class DropUnusedCss {
  apply(compiler: Compiler): void {
    const {Compilation, sources} = compiler.webpack;
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap(
        // After minification, before the file names' content hashes.
        {name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1},
        (assets) => {
          const names = Object.keys(assets);
          const words = wordsIn(names.filter((n) => n.endsWith('.js')).map((n) => String(assets[n]!.source())));
          for (const name of names.filter((n) => n.endsWith('.css'))) {
            const {css} = dropUnusedCss(String(assets[name]!.source()), words);
            compilation.updateAsset(name, new sources.RawSource(css));
          }
        },
      );
    });
  }
}

export default function leanBundlePlugin(context: LoadContext): Plugin {
  const prism = (context.siteConfig.themeConfig as {prism?: {additionalLanguages?: string[]}}).prism;
  const noExtraLanguages = (prism?.additionalLanguages ?? []).length === 0;
  const prismClientModule = noExtraLanguages ? prismClientModulePath() : undefined;
  return {
    name: NAME,
    configurePostCss(options) {
      return {...options, config: false, plugins: options.plugins.map(setUpOnce)};
    },
    configureWebpack(_config, isServer, {currentBundler}) {
      if (isServer) return {};
      return {
        plugins: [
          new currentBundler.instance.BannerPlugin({
            banner: '//# allFunctionsCalledOnLoad',
            raw: true,
            test: /\.js$/,
            exclude: SEARCH_CHUNK,
            // After minification (which drops comments), before the content hash of the file name.
            stage: currentBundler.instance.Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE,
          }),
          new DropUnusedCss(),
          new TslibHelpersCheck(),
        ],
        resolve: {
          alias: {
            ...(prismClientModule ? {[`${prismClientModule}$`]: path.join(__dirname, 'empty-client-module.js')} : {}),
            tslib$: TSLIB_HELPERS_MODULE,
          },
        },
      };
    },
  };
}
