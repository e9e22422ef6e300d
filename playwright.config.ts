import {defineConfig} from '@playwright/test';
import {TEST_BASE_URL, TEST_BUILD_DIR, TEST_PORT, TEST_SITE_URL} from './scripts/lib/testSite.mjs';
// Debian's Chromium: Playwright's own browser download does not work here.
import {CHROMIUM_FLAGS, CHROMIUM_PATH} from './scripts/lib/chromium.mjs';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  // The suite is CPU-bound on two cores, beside the checks npm test runs at the same time: a third worker only
  // adds contention.
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  outputDir: 'test-results',
  use: {
    baseURL: `${TEST_SITE_URL}${TEST_BASE_URL}`,
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_FLAGS,
    },
  },
  webServer: {
    command: `node scripts/serve-gh-pages.mjs ${TEST_BUILD_DIR} --base ${TEST_BASE_URL} --port ${TEST_PORT}`,
    url: `${TEST_SITE_URL}${TEST_BASE_URL}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
