// ESLint (flat config): TypeScript and JavaScript everywhere, Docusaurus' i18n rules for the site's components,
// the rules of hooks; formatting is Prettier's (eslint-config-prettier turns off what would disagree with it).
// The folders say where code runs: `src/` ships to the browser (its `data/` and `i18n/` are plain modules Node reads
// too), `plugins/` and `scripts/` run in Node at build time or on the command line.
import js from '@eslint/js';
import docusaurus from '@docusaurus/eslint-plugin';
import prettier from 'eslint-config-prettier';
import {defineConfig, globalIgnores} from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Both plugins type their rules with an older @typescript-eslint/utils than ESLint 10's Plugin type; they load fine.
const docusaurusPlugin = /** @type {import('eslint').ESLint.Plugin} */ (/** @type {unknown} */ (docusaurus));
const reactHooksPlugin = /** @type {import('eslint').ESLint.Plugin} */ (/** @type {unknown} */ (reactHooks));

/** Text in JSX that is the same in every language (marks and punctuation), so it needs no translation. */
const LANGUAGE_NEUTRAL_TEXT = ['✔', '·', '—', '–', '/', '|', '(', ')', ':', '…', '×', '↑', '↓', '→', '←'];

/** Node-only code: Docusaurus plugins (the export pipeline's remark plugins among them), scripts, configs. */
const NODE_CODE = ['plugins/**', 'scripts/**', '*.config.{ts,mts,mjs}', 'sidebars.ts'];

export default defineConfig([
  globalIgnores([
    'build/',
    'build-*/',
    '.docusaurus/',
    'test-results/',
    'playwright-report/',
    '.bench/',
    'docs-assets/',
    'static/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // `_`-prefixed arguments and caught errors are unused on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none'},
      ],
      // Allowed only with a reason after it.
      '@typescript-eslint/ban-ts-comment': ['error', {'ts-nocheck': 'allow-with-description'}],
    },
  },
  {
    files: NODE_CODE,
    languageOptions: {globals: {...globals.node}},
  },
  {
    // Scripts drive Chromium: the functions they pass to page.evaluate() run in the page.
    files: ['scripts/**/*.mjs'],
    languageOptions: {globals: {...globals.node, ...globals.browser}},
  },
  {
    // Node's plugins (CommonJS helpers among them).
    files: ['plugins/**/*.cjs'],
    languageOptions: {globals: {...globals.node}, sourceType: 'commonjs'},
  },
  {
    // What runs in the reader's browser: no Node globals, no Node built-in modules.
    files: ['src/**/*.{ts,tsx,js,jsx}'],
    languageOptions: {globals: {...globals.browser}},
    plugins: {'@docusaurus': docusaurusPlugin, 'react-hooks': reactHooksPlugin},
    rules: {
      '@docusaurus/string-literal-i18n-messages': 'error',
      '@docusaurus/no-untranslated-text': ['error', {ignoredStrings: LANGUAGE_NEUTRAL_TEXT}],
      '@docusaurus/no-html-links': 'error',
      '@docusaurus/prefer-docusaurus-heading': 'error',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {regex: '^node:', message: 'src/ ships to the browser: Node-only code belongs in plugins/ or scripts/.'},
          ],
        },
      ],
    },
  },
  {
    // Tests run in Node; unit tests render in jsdom, and e2e passes functions to the page.
    files: ['test/**', 'e2e/**'],
    languageOptions: {globals: {...globals.node, ...globals.browser}},
  },
  {
    // Tests and test stand-ins: typed loosely on purpose (YAML and JSON read as any).
    files: ['test/**', 'e2e/**'],
    rules: {'@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off'},
  },
  prettier,
]);
