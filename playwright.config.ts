import {defineConfig} from '@playwright/test';
import {TEST_BASE_URL, TEST_BUILD_DIR, TEST_PORT, TEST_SITE_URL} from './e2e/site.config.mjs';

// Debian's Chromium: Playwright's own browser download does not work here.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  outputDir: 'test-results',
  use: {
    baseURL: `${TEST_SITE_URL}${TEST_BASE_URL}`,
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `node scripts/serve-gh-pages.mjs ${TEST_BUILD_DIR} --base ${TEST_BASE_URL} --port ${TEST_PORT}`,
    url: `${TEST_SITE_URL}${TEST_BASE_URL}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
