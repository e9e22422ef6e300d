import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

/**
 * Keeps code that most pages never run out of the JavaScript every page loads:
 *
 * - The classic theme registers a client module that imports Prism (about
 *   110 KB before gzip) into the main bundle only to add extra languages. With
 *   no `prism.additionalLanguages` it adds nothing, so it is swapped for an
 *   empty module; the lazy CodeBlock (src/theme/CodeBlock) brings Prism along
 *   on pages that show code.
 * - The local-search code (lunr and the plugin's client) goes to its own async
 *   chunk. Otherwise Docusaurus' "common" split chunk, shared by every page,
 *   picks lunr up (the search bar and the search page both use it), defeating
 *   the lazy search bar (src/theme/SearchBar).
 * - The main bundle (React and the Docusaurus runtime: every function in it
 *   runs while the page hydrates) starts with V8's compile hint
 *   `//# allFunctionsCalledOnLoad` (Chrome 136+): the browser compiles it
 *   whole while the script streams in, off the main thread, instead of one
 *   function at a time while hydrating. Measured with main-thread CPU traces:
 *   about 10–15% less main-thread time until hydrated (see README, Performance).
 */
const MAIN_BUNDLE = /(^|\/)main\.[0-9a-f]+\.js$/;

export default function leanBundlePlugin(context: LoadContext): Plugin {
  const prism = (context.siteConfig.themeConfig as {prism?: {additionalLanguages?: string[]}}).prism;
  const noExtraLanguages = (prism?.additionalLanguages ?? []).length === 0;
  const prismClientModule = path.join(
    path.dirname(require.resolve('@docusaurus/theme-classic/package.json')),
    'lib/prism-include-languages',
  );
  return {
    name: 'lean-bundle',
    configureWebpack(_config, isServer, {currentBundler}) {
      if (isServer) return {};
      return {
        plugins: [
          new currentBundler.instance.BannerPlugin({
            banner: '//# allFunctionsCalledOnLoad',
            raw: true,
            // main.<hash>.js only (not runtime~main.<hash>.js).
            test: MAIN_BUNDLE,
            // After minification (which drops comments), before the content hash of the file name.
            stage: currentBundler.instance.Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE,
          }),
        ],
        resolve: {
          alias: noExtraLanguages ? {[`${prismClientModule}$`]: path.join(__dirname, 'empty-client-module.js')} : {},
        },
        optimization: {
          splitChunks: {
            cacheGroups: {
              search: {
                test: /[\\/]node_modules[\\/](lunr|lunr-languages|@easyops-cn|mark\.js|autocomplete\.js|immediate)[\\/]/,
                name: 'search',
                chunks: 'async',
                priority: 45,
                enforce: true,
              },
            },
          },
        },
      };
    },
  };
}
