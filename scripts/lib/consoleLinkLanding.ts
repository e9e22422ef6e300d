import type {Page} from '@playwright/test';
import type {ConsoleLink} from '../../src/data/responsibilities/consoleLinks';

/**
 * What "a console link lands on its target" means, for the end-to-end suite
 * (e2e/publishing.spec.ts) and the watchdog on the live site
 * (scripts/watchdog.ts) alike: opened cold, the page answers 200, the app
 * starts, and
 * - a section or task link shows the element with that id on screen;
 * - a filter link shows that filter pressed;
 * - a page link shows the page's title.
 */

/** The absolute URL of a console link on a site (`siteUrl` with or without its trailing slash). */
export function consoleLinkUrl(siteUrl: string, link: Pick<ConsoleLink, 'path'>): string {
  const base = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  return new URL(link.path.replace(/^\//, ''), base).href;
}

const message = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0] : String(error));

/** Opens `link` in `page` as the console would (a fresh load) and says what is wrong, or null when it lands. */
export async function consoleLinkProblem(
  page: Page,
  siteUrl: string,
  link: ConsoleLink,
  timeout = 15_000,
): Promise<string | null> {
  let response;
  try {
    response = await page.goto(consoleLinkUrl(siteUrl, link), {timeout});
  } catch (error) {
    return `the page did not load: ${message(error)}`;
  }
  const status = response?.status();
  if (status !== 200) return `the page answered ${status ?? 'nothing'}, not 200`;
  try {
    await page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached', timeout});
  } catch {
    return 'the page never started (no hydration)';
  }
  const target = link.target ?? '';
  switch (link.kind) {
    case 'section':
    case 'task': {
      if ((await page.locator(`[id="${target}"]`).count()) === 0) return `no element with id "${target}" on the page`;
      const onScreen = await page
        .waitForFunction(
          (id) => {
            const box = document.getElementById(id)?.getBoundingClientRect();
            return !!box && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight;
          },
          target,
          {timeout},
        )
        .then(
          () => true,
          () => false,
        );
      return onScreen ? null : `#${target} is on the page but not on screen`;
    }
    case 'filter': {
      const button = page.locator(`[data-filter="${target}"]`);
      if ((await button.count()) === 0) return `no "${target}" filter on the page`;
      const pressed = await page
        .waitForFunction(
          (value) => document.querySelector(`[data-filter="${value}"]`)?.getAttribute('aria-pressed') === 'true',
          target,
          {timeout},
        )
        .then(
          () => true,
          () => false,
        );
      return pressed ? null : `the "${target}" filter is not applied`;
    }
    case 'page': {
      const visible = await page
        .locator('h1')
        .first()
        .waitFor({state: 'visible', timeout})
        .then(
          () => true,
          () => false,
        );
      return visible ? null : 'the page shows no title';
    }
  }
}
