#!/usr/bin/env node
/**
 * Builds every locale for real with `npm run build` (keeping its cache), under the sub-path a GitHub project page uses,
 * into build-test/ (kept apart from a developer's build/), with the test
 * corpus of exported pages at /corpus/, and a repository of its own for the edit and report links.
 */
import {spawnSync} from 'node:child_process';
import {TEST_BASE_URL, TEST_BUILD_DIR, TEST_REPOSITORY_URL, TEST_SITE_URL} from './lib/testSite.mjs';

const result = spawnSync('npm', ['run', '-s', 'build', '--', '--cache', '--out-dir', TEST_BUILD_DIR], {
  stdio: 'inherit',
  env: {
    ...process.env,
    BASE_URL: TEST_BASE_URL,
    SITE_URL: TEST_SITE_URL,
    REPOSITORY_URL: TEST_REPOSITORY_URL,
    DOCS_TEST_CORPUS: '1',
  },
});
process.exit(result.status ?? 1);
