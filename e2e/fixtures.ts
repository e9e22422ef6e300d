import {test as base, expect, type Locator, type Page} from '@playwright/test';
import {LOCALES, LOCALE_SETTINGS, localePrefix} from '../src/i18n/locales';

export {expect};

/**
 * Console messages that fail a test: every error and warning, from the page or the browser.
 * Content-security-policy violations fail every test that opens a page (`cspViolations`);
 * a test that provokes some on purpose takes them out of the list.
 */
export const test = base.extend<{consoleProblems: string[]; expectedConsole: RegExp[]; cspViolations: string[]}>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring; the list depends on nothing.
  cspViolations: async ({}, use) => {
    await use([]);
  },
  context: async ({context, cspViolations}, use) => {
    await context.exposeBinding('__reportCspViolation', (_source, violation: string) => {
      cspViolations.push(violation);
    });
    await context.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as {__reportCspViolation: (v: string) => void}).__reportCspViolation(
          `${location.pathname}: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline code'}`,
        ),
      ),
    );
    await use(context);
    expect(cspViolations, 'content-security-policy violations').toEqual([]);
  },
  /** Messages a test expects, e.g. Chromium's own note that a 404 page answered 404. */
  expectedConsole: [[], {option: true}],
  consoleProblems: async ({page, expectedConsole}, use) => {
    const problems: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() !== 'error' && msg.type() !== 'warning') return;
      if (expectedConsole.some((re) => re.test(msg.text()))) return;
      problems.push(`${msg.type()}: ${msg.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
    await use(problems);
    expect(problems, 'console errors and warnings').toEqual([]);
  },
});

/** Every locale of the site, with its path prefix below the base URL and its `<html lang>`. */
export const LOCALE_ROUTES = LOCALES.map((locale) => ({
  locale,
  prefix: localePrefix(locale).slice(1),
  lang: new RegExp(`^${LOCALE_SETTINGS[locale].htmlLang}$`),
}));

/** The locale whose turn it is in a rotation (tests that check one locale per item, the locales taking turns). */
export const localeInTurn = (i: number) => LOCALE_ROUTES[i % LOCALE_ROUTES.length]!;

/** Path of a page relative to the test base URL, e.g. `en/shared-responsibilities`. */
export const pagePath = (prefix: string, path: string) => `${prefix}${path}`;

/** Opens a page and waits until React has taken over (Docusaurus sets the flag). */
export async function gotoHydrated(page: Page, path: string) {
  const response = await page.goto(path);
  await page.waitForSelector('html[data-has-hydrated="true"]');
  return response;
}

/**
 * Asserts that the locator matches exactly one element, then that it is visible (or hidden, with `visible`
 * false): a hidden check cannot pass on an element that is not there.
 */
export async function expectShown(locator: Locator, visible = true, message?: string) {
  await expect(locator, message).toHaveCount(1);
  await expect(locator, message).toBeVisible({visible});
}
