import {runLighthouse} from '../scripts/lib/lighthouse.mjs';
import {expect, test} from './fixtures';

// Scores, not timings: accessibility, best practices and SEO are deterministic for a given page.
test('Lighthouse (mobile) scores accessibility, best practices and SEO 100 on both pages', async ({baseURL}) => {
  test.setTimeout(240_000);
  const urls = [`${baseURL}shared-responsibilities`, `${baseURL}en/shared-responsibilities`];
  const results = await runLighthouse(urls, {categories: ['accessibility', 'best-practices', 'seo']});
  for (const r of results) {
    console.log(`${r.url}: ${JSON.stringify(r.scores)}`);
    expect(r.runtimeError, r.url).toBeUndefined();
    expect(r.failing, r.url).toEqual([]);
    expect(r.scores, r.url).toEqual({accessibility: 100, 'best-practices': 100, seo: 100});
  }
});
