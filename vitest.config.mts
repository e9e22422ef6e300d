import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

const stub = (name: string) => fileURLToPath(new URL(`./test/unit/stubs/${name}`, import.meta.url));

// Docusaurus' client modules are webpack aliases that only exist inside a
// site build; unit tests get small stand-ins with the same contracts.
export default defineConfig({
  oxc: {jsx: {runtime: 'automatic'}},
  resolve: {
    alias: [
      {find: /^@site\/(.*)$/, replacement: fileURLToPath(new URL('./$1', import.meta.url))},
      {find: '@docusaurus/useDocusaurusContext', replacement: stub('useDocusaurusContext.ts')},
      {find: '@docusaurus/useBrokenLinks', replacement: stub('useBrokenLinks.ts')},
      {find: '@docusaurus/useIsBrowser', replacement: stub('useIsBrowser.ts')},
      {find: '@docusaurus/Translate', replacement: stub('Translate.tsx')},
      {find: '@docusaurus/Link', replacement: stub('Link.tsx')},
      {find: '@docusaurus/useBaseUrl', replacement: stub('useBaseUrl.ts')},
      {find: '@docusaurus/router', replacement: 'react-router-dom'},
      {find: '@docusaurus/theme-common', replacement: stub('themeCommon.ts')},
    ],
  },
  test: {
    // Most tests need no DOM; the ones that render say so with a `@vitest-environment jsdom` comment.
    environment: 'node',
    include: ['test/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['test/unit/setup.ts'],
    // A stray `.only` fails the run everywhere, not only on CI.
    allowOnly: false,
    // Whatever a test stubs (vi.stubEnv, vi.stubGlobal) is restored after it, even when it fails.
    unstubEnvs: true,
    unstubGlobals: true,
    // Some tests read every page of the site or run a command; on a busy 2-core runner that takes seconds.
    testTimeout: 30_000,
    css: {modules: {classNameStrategy: 'non-scoped'}},
  },
});
