import {readFileSync} from 'node:fs';
import type {Page} from '@playwright/test';
import {ALL_CONTENT_SETS, EXTERNAL_HOSTS} from '../content.config';
import {TEST_SITE_URL} from '../scripts/lib/testSite.mjs';
import {sitePages} from '../plugins/export-pipeline/sitePages';

// Pages in the docs team's export format, written for the tests (test/corpus and its translations).
export const CORPUS_SET = ALL_CONTENT_SETS.find((s) => s.id === 'corpus')!;
export const CORPUS_PAGES = sitePages('.', CORPUS_SET);
/** Each corpus page's slug once, sorted: every locale serves each (English-only pages too). */
export const CORPUS = [...new Set(CORPUS_PAGES.map((p) => p.slug))].sort();

const REMOTE_PNG = readFileSync('test/fixtures/remote-image.png');

/**
 * The corpus' remote images live on Zilliz's image hosts, which the test
 * machine cannot reach: answer for them (slowly, as a network would) so pages
 * load whole, and 404 for the ones named to fail. Nothing else may leave the test server; anything that tries is listed.
 */
export async function stubRemoteImages(page: Page): Promise<string[]> {
  const elsewhere: string[] = [];
  await page.route(
    (url) => url.origin !== TEST_SITE_URL,
    async (route) => {
      const url = route.request().url();
      if (EXTERNAL_HOSTS.images.some((host) => url.startsWith(`${host}/`))) {
        await new Promise((r) => setTimeout(r, 300));
        // The corpus names the images that are to fail as a moved file would: `missing-…`.
        if (url.includes('/missing-')) return route.fulfill({status: 404, contentType: 'text/plain', body: 'gone'});
        return route.fulfill({status: 200, contentType: 'image/png', body: REMOTE_PNG});
      }
      elsewhere.push(url);
      return route.fulfill({status: 200, contentType: 'text/html', body: '<!doctype html><title>stub</title>'});
    },
  );
  return elsewhere;
}
