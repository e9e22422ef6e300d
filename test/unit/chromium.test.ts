import {describe, expect, it} from 'vitest';
import {DEBIAN_CHROMIUM_PATH, findChromium, GOOGLE_CHROME_PATHS} from '../../scripts/lib/findChromium.mjs';

const PLAYWRIGHT = '/root/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';
const CHROME = GOOGLE_CHROME_PATHS[0]!;
const MAC_CHROME = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';

/** A machine where exactly these files exist. */
const machine =
  (...files: string[]) =>
  (path: string) =>
    files.includes(path);

describe('which Chromium the tests drive', () => {
  it('takes CHROMIUM_PATH first, then Playwright’s browser, then Debian’s, then Google Chrome', () => {
    const all = machine('/opt/my/chrome', PLAYWRIGHT, DEBIAN_CHROMIUM_PATH, CHROME);
    expect(findChromium({env: '/opt/my/chrome', playwright: PLAYWRIGHT, exists: all})).toBe('/opt/my/chrome');
    expect(findChromium({env: undefined, playwright: PLAYWRIGHT, exists: all})).toBe(PLAYWRIGHT);
    expect(findChromium({env: '', playwright: PLAYWRIGHT, exists: machine(DEBIAN_CHROMIUM_PATH, CHROME)})).toBe(
      DEBIAN_CHROMIUM_PATH,
    );
    // GitHub's ubuntu-latest without a Playwright download: the image's Chrome.
    expect(findChromium({env: undefined, playwright: PLAYWRIGHT, exists: machine(CHROME)})).toBe(CHROME);
    expect(findChromium({env: undefined, playwright: PLAYWRIGHT, exists: machine(MAC_CHROME)})).toBe(MAC_CHROME);
  });

  it('fails in one line that says how to install one', () => {
    let message = '';
    try {
      findChromium({env: undefined, playwright: PLAYWRIGHT, exists: machine()});
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^No Chromium found\. Install one: `npx playwright install --with-deps chromium`/);
    expect(message).toContain('apt-get install -y chromium');
    expect(message).not.toContain('\n');
  });

  it('refuses a CHROMIUM_PATH that names no file instead of quietly using another browser', () => {
    expect(() =>
      findChromium({env: '/no/such/chrome', playwright: PLAYWRIGHT, exists: machine(PLAYWRIGHT, CHROME)}),
    ).toThrow(/^CHROMIUM_PATH=\/no\/such\/chrome does not exist\. Install one:/);
  });
});
