import AxeBuilder from '@axe-core/playwright';
import {expect, type Page} from '@playwright/test';

/** The rules the site answers for: WCAG 2.2 A and AA, and axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * axe-core on the page as it is now, in the light scheme, then in the dark one (the reader's system switches
 * scheme and the page follows without a reload). Only colours change between the schemes, so the dark pass runs
 * the colour rule alone: the others would see the same page twice. Returns one line per violation.
 * `include` limits the run to part of the page (a selector), for pages whose chrome other runs cover.
 */
export async function axeLightAndDark(page: Page, include?: string): Promise<string[]> {
  const violations: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({colorScheme});
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    // Colours ease into the new scheme (CSS transitions): measure contrast once they have ended. A transition
    // that is cancelled (its `finished` rejects) has ended too, though one may have replaced it: wait again.
    await page.evaluate(async () => {
      for (let round = 0; round < 5; round++) {
        const running = document.getAnimations();
        if (running.length === 0) return;
        await Promise.allSettled(running.map((a) => a.finished));
      }
    });
    // Violations only: axe then skips listing every node that passed, much of the work on a page this size.
    // Legacy mode runs axe in the page itself instead of merging per-frame results in a blank page it opens for
    // each run, most of the time of a run. Its one loss, cross-origin frames left untested, loses nothing here:
    // the site's only frame is a third-party demo, whose content is not the site's.
    const whole = new AxeBuilder({page}).setLegacyMode().options({resultTypes: ['violations']});
    const axe = include ? whole.include(include) : whole;
    const result = await (
      colorScheme === 'light' ? axe.withTags(AXE_TAGS) : axe.withRules(['color-contrast'])
    ).analyze();
    for (const v of result.violations)
      violations.push(`${colorScheme}: ${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }
  return violations;
}
