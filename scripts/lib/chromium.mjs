// Which Chromium the tests, screenshots and bench drive, and the flags this closed network needs.
import {existsSync} from 'node:fs';
import {chromium} from '@playwright/test';

/**
 * First found wins: $CHROMIUM_PATH; Debian's Chromium (this machine, `.ci/run`);
 * Google Chrome as GitHub's ubuntu-latest images and most Macs carry it;
 * Playwright's own download (`npx playwright install chromium`).
 * Ubuntu has no chromium deb (only a snap), so the list must not stop at Debian's.
 */
const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  chromium.executablePath(),
];

export const CHROMIUM_PATH = CANDIDATES.find((path) => path && existsSync(path));
if (!CHROMIUM_PATH)
  throw new Error(
    'No Chromium found. Install one (Debian: apt-get install -y chromium; elsewhere: npx playwright install chromium) ' +
      'or set CHROMIUM_PATH.',
  );

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
