#!/usr/bin/env node
/**
 * Builds every locale for real (`npm run build`'s script), under the sub-path a GitHub project page uses,
 * into build-test/ (kept apart from a developer's build/), with the test
 * corpus of exported pages at /corpus/.
 */
import {spawnSync} from 'node:child_process';
import {TEST_BASE_URL, TEST_BUILD_DIR, TEST_SITE_URL} from '../e2e/site.config.mjs';

const result = spawnSync('npx', ['jiti', 'scripts/build.ts', '--cache', '--out-dir', TEST_BUILD_DIR], {
  stdio: 'inherit',
  env: {...process.env, BASE_URL: TEST_BASE_URL, SITE_URL: TEST_SITE_URL, DOCS_TEST_CORPUS: '1'},
});
process.exit(result.status ?? 1);
