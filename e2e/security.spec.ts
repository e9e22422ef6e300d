import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {REFERRER_POLICY} from '../scripts/content-security-policy/policy';
import {EXTERNAL_HOSTS} from '../content.config';
import {allTasks, matrix} from '../src/data/responsibilities/model';
import {SHARED_RESPONSIBILITIES_ALIASES} from '../src/data/responsibilities/pages';
import {CORPUS} from './corpus';
import {expect, expectShown, gotoHydrated, LOCALE_ROUTES, test} from './fixtures';
import {TEST_BASE_URL, TEST_BUILD_DIR, TEST_SITE_URL} from '../scripts/lib/testSite.mjs';

/*
 * The content-security policy and referrer policy every built page carries
 * (scripts/content-security-policy, run by npm run build), and links to other hosts. Every test that
 * opens a page fails on a policy violation (e2e/fixtures.ts); these open every
 * page and drive what a reader does.
 */

const PROBE = 'csp-probe/';
const origin = `${TEST_SITE_URL}${TEST_BASE_URL}`;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return htmlFiles(full);
    return e.name.endsWith('.html') ? [path.relative(TEST_BUILD_DIR, full)] : [];
  });
}
const FILES = htmlFiles(TEST_BUILD_DIR);
const sitemapPaths = (prefix: string) =>
  [...readFileSync(path.join(TEST_BUILD_DIR, prefix, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    ([, loc = '']) => new URL(loc).pathname.slice(TEST_BASE_URL.length),
  );
const policyOf = (html: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];

test('every built page carries the policy and the referrer policy first in <head>', () => {
  // Each locale's pages (its sitemap), its search page (noindex: not in the sitemap), its 404 page, its redirect
  // pages and its copy of the probe.
  const expected = LOCALE_ROUTES.reduce(
    (n, {prefix}) => n + sitemapPaths(prefix).length + 1 + 1 + SHARED_RESPONSIBILITIES_ALIASES.length + 1,
    0,
  );
  expect(FILES).toHaveLength(expected);
  for (const file of FILES) {
    const html = readFileSync(path.join(TEST_BUILD_DIR, file), 'utf8');
    const head = /<head>\s*<meta charset=[^>]+>(<meta [^>]+>)(<meta [^>]+>)/i.exec(html);
    expect(head?.[1], `${file}: the policy right after <meta charset>`).toMatch(
      /^<meta http-equiv="Content-Security-Policy"/,
    );
    expect(head?.[2], file).toBe(`<meta name="referrer" content="${REFERRER_POLICY}">`);
    const policy = policyOf(html)!;
    const scriptSrc = /(?:^|; )script-src ([^;]+)/.exec(policy)?.[1] ?? '';
    expect(scriptSrc, file).toMatch(/^'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/]{43}=')+$/);
    expect(policy, file).toContain(`img-src 'self' data: ${EXTERNAL_HOSTS.images.join(' ')};`);
    expect(policy, file).toContain(`frame-src ${EXTERNAL_HOSTS.frames.join(' ')};`);
    expect(policy, file).toContain("object-src 'none'");
    expect(policy, file).not.toMatch(/'unsafe-eval'|\*/);
  }
});

for (const {locale, prefix} of LOCALE_ROUTES) {
  test(`${locale}: every page, the search page, the 404 page and the old path open without a policy violation`, async ({
    page,
    cspViolations,
  }) => {
    test.setTimeout(120_000);
    // The exported pages of the test corpus: e2e/authoring.spec.ts opens each in every locale, under the same
    // fixture (a violation fails it), so they are not opened twice.
    const corpus = sitemapPaths(prefix).filter((p) => p.startsWith(`${prefix}corpus/`));
    expect(corpus.map((p) => p.slice(`${prefix}corpus/`.length)).sort()).toEqual(CORPUS);
    const paths = [
      ...sitemapPaths(prefix).filter((p) => !corpus.includes(p)),
      `${prefix}search?q=S3`,
      `${prefix}no/such/page`,
      ...SHARED_RESPONSIBILITIES_ALIASES.map((alias) => `${prefix}${alias.slice(1)}?party=shared#disaster-recovery`),
    ];
    expect(paths.length).toBe(sitemapPaths(prefix).length - corpus.length + 2 + SHARED_RESPONSIBILITIES_ALIASES.length);
    for (const p of paths) {
      await gotoHydrated(page, p);
      // Inline code ran: the colour-mode script set the theme before React started.
      await expect(page.locator('html'), p).toHaveAttribute('data-theme', /^(light|dark)$/);
    }
    // The old path arrived through its redirect script, with query and hash kept.
    await expect(page).toHaveURL(`${origin}${prefix}shared-responsibilities?party=shared#disaster-recovery`);
    await expect(page.locator('html')).toHaveAttribute('data-party-filter', 'shared');
    expect(cspViolations).toEqual([]);
  });
}

test('a reader’s session runs under the policy: navigation, filter, copy link, colour mode, search, print, demo', async ({
  page,
  context,
  cspViolations,
}) => {
  test.setTimeout(90_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({width: 1280, height: 800});
  const only = (party: string) => allTasks(matrix).find((t) => t.responsible.join() === party)!;
  await gotoHydrated(page, 'en/');
  // A client-side navigation: React inserts the matrix's filter styles itself.
  await page.locator('.menu a[href$="/en/shared-responsibilities"]').click();
  await expect(page).toHaveURL(`${origin}en/shared-responsibilities`);
  await page.locator('[data-filter="customer"]').click();
  await expectShown(page.locator(`tr#${only('zilliz').id}`), false);
  await expect(page.locator(`tr#${only('customer').id}`)).toBeVisible();

  await page.getByRole('button', {name: `Copy link to “${only('customer').label.en}”`}).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${origin}en/shared-responsibilities#${only('customer').id}`,
  );

  // The toggle goes system → light → dark: at most two clicks change the colours.
  const html = page.locator('html');
  const theme = await html.getAttribute('data-theme');
  const toggle = page.locator('.navbar__items--right button[class*="toggleButton"]').first();
  for (let i = 0; i < 2 && (await html.getAttribute('data-theme')) === theme; i++) {
    const choice = await html.getAttribute('data-theme-choice');
    await toggle.click();
    await expect(html).not.toHaveAttribute('data-theme-choice', choice ?? '');
  }
  await expect(html).not.toHaveAttribute('data-theme', theme ?? '');

  await page.getByRole('combobox', {name: /Search/}).click();
  await page.keyboard.type('vulnerabilities', {delay: 80});
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible({timeout: 15_000});

  await page.emulateMedia({media: 'print'});
  await expectShown(page.locator('.navbar'), false);
  await page.emulateMedia({media: 'screen'});

  await page.route('https://app.supademo.com/**', (route) =>
    route.fulfill({status: 200, contentType: 'text/html', body: '<!doctype html><title>demo</title><p>demo</p>'}),
  );
  await gotoHydrated(page, 'en/corpus/byoc-overview');
  await page.getByRole('button', {name: 'Load the interactive demo'}).click();
  await expect(page.frameLocator('figure iframe').locator('p')).toHaveText('demo');
  expect(cspViolations).toEqual([]);
});

test('the probe page’s script, image and fetch from another host are all blocked', async ({page, cspViolations}) => {
  const reached: string[] = [];
  await page.route('https://probe.example.com/**', (route) => {
    reached.push(route.request().url());
    return route.fulfill({status: 200, body: ''});
  });
  await page.goto(PROBE);
  await expect(page.locator('body')).toHaveAttribute('data-fetch', 'blocked');
  await expect.poll(() => cspViolations.length).toBe(3);
  expect([...cspViolations].sort()).toEqual([
    `${TEST_BASE_URL}${PROBE}: connect-src blocked https://probe.example.com/data.json`,
    `${TEST_BASE_URL}${PROBE}: img-src blocked https://probe.example.com/image.png`,
    `${TEST_BASE_URL}${PROBE}: script-src-elem blocked https://probe.example.com/script.js`,
  ]);
  expect(reached).toEqual([]);
  // Provoked on purpose: taken out, so the fixture's check is left to other surprises.
  cspViolations.length = 0;
});

test.describe('links out', () => {
  for (const {locale, prefix} of LOCALE_ROUTES) {
    test(`${locale}: links to other hosts open in a new tab without opener or referrer; requests send only the origin`, async ({
      page,
      consoleProblems,
    }) => {
      const referers: string[] = [];
      await page.route('https://assets.zilliz.com/**', (route) => {
        referers.push(route.request().headers()['referer'] ?? '(none)');
        return route.fulfill({
          status: 200,
          contentType: 'image/svg+xml',
          body: '<svg xmlns="http://www.w3.org/2000/svg"/>',
        });
      });
      for (const p of ['shared-responsibilities', 'corpus/byoc-overview', 'corpus/byoc-multi-tenancy']) {
        await gotoHydrated(page, `${prefix}${p}`);
        const external = await page.locator('a[href^="http"]').evaluateAll((links) =>
          links
            .filter((a) => (a as HTMLAnchorElement).origin !== location.origin)
            .map((a) => ({
              href: a.getAttribute('href'),
              target: a.getAttribute('target'),
              rel: a.getAttribute('rel'),
            })),
        );
        expect(external.length, p).toBeGreaterThan(0);
        for (const link of external) {
          expect(link.target, link.href ?? '').toBe('_blank');
          expect(link.rel?.split(/\s+/), link.href ?? '').toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
        }
      }
      // The remote image of the last page: its request names the site's origin, not the page.
      await page.locator('img.remote-image').first().scrollIntoViewIfNeeded();
      await expect.poll(() => referers.length).toBeGreaterThan(0);
      expect(new Set(referers)).toEqual(new Set([`${TEST_SITE_URL}/`]));
      expect(consoleProblems).toEqual([]);
    });
  }
});
