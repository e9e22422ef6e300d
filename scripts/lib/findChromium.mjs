// Which Chromium to drive, without side effects (chromium.mjs applies it; the unit tests feed it fake machines).

/** How to get a browser, in one line: shown when none is found. */
export const INSTALL_HINT =
  'Install one: `npx playwright install --with-deps chromium` (any OS), ' +
  '`apt-get install -y chromium` (Debian), or Google Chrome; or set CHROMIUM_PATH to a Chromium or Chrome binary.';

/** Google Chrome where GitHub's ubuntu-latest images, Linux packages and macOS put it. */
export const GOOGLE_CHROME_PATHS = [
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Debian's package (`apt-get install chromium`); Ubuntu has only a snap, so it is not the only choice. */
export const DEBIAN_CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * @typedef {object} ChromiumSources
 * @property {string | undefined} env the CHROMIUM_PATH environment variable
 * @property {string | undefined} playwright where Playwright's own browser would be (`chromium.executablePath()`)
 * @property {(path: string) => boolean} exists
 */

/**
 * First found wins: $CHROMIUM_PATH, Playwright's installed browser (the build
 * Playwright is tested with), Debian's Chromium, Google Chrome. A CHROMIUM_PATH
 * that names no file is an error, not a silent fallback.
 * @param {ChromiumSources} sources
 * @returns {string}
 */
export function findChromium({env, playwright, exists}) {
  if (env) {
    if (!exists(env)) throw new Error(`CHROMIUM_PATH=${env} does not exist. ${INSTALL_HINT}`);
    return env;
  }
  const candidates = [playwright, DEBIAN_CHROMIUM_PATH, ...GOOGLE_CHROME_PATHS];
  const found = candidates.find((path) => path !== undefined && path !== '' && exists(path));
  if (found === undefined) throw new Error(`No Chromium found. ${INSTALL_HINT}`);
  return found;
}
