// @ts-nocheck -- bench-only code without JSDoc types; checkJs skips it until it is typed.
/**
 * The first search on a freshly loaded page, as a reader does it: a click in
 * the navbar's search box, then the term typed key by key at `delay` ms a
 * key. Returns how long after the last key the first suggestion naming
 * `expect` appeared for the whole term (timed in the page: the last key's
 * keydown or input event to the DOM change), and what the search fetched from the click on (requests, bytes on
 * the wire from a gzip server; the page's requests include those of
 * Pagefind's worker: its WebAssembly, index chunks and fragments).
 */
export async function measureFirstSearch(browser, url, {term, expect, delay = 80, timeoutMs = 30_000}) {
  const context = await browser.newContext({viewport: {width: 1280, height: 800}});
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await page.evaluate(
      ({term, expect}) => {
        const state = {lastKey: 0, resultAt: 0};
        window.__firstSearch = state;
        // Playwright types characters outside the US layout (Chinese, Japanese) as text input, with no keydown.
        for (const type of ['keydown', 'input'])
          document.addEventListener(type, () => (state.lastKey = performance.now()), true);
        const box = document.querySelector('[role="combobox"]');
        // The suggestions answer the whole term once the search bar says so (data-answered): those for a
        // shorter prefix may already read the same, and React then changes nothing but that attribute.
        new MutationObserver(() => {
          if (state.resultAt || box?.value !== term) return;
          const popup = document.querySelector('[data-answered]');
          if (popup?.getAttribute('data-answered') !== term) return;
          const options = [...popup.querySelectorAll('[role="listbox"] [role="option"]')];
          if (options.some((o) => o.textContent?.includes(expect))) state.resultAt = performance.now();
        }).observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true});
      },
      {term, expect},
    );

    const fetched = [];
    page.on('requestfinished', (r) => fetched.push(r));
    await page.getByRole('combobox').click();
    await page.keyboard.type(term, {delay});
    await page.waitForFunction(() => window.__firstSearch.resultAt > 0, undefined, {timeout: timeoutMs});
    const {lastKey, resultAt} = await page.evaluate(() => window.__firstSearch);
    let transfer = 0;
    for (const r of fetched) {
      const sizes = await r.sizes();
      transfer += sizes.responseBodySize + sizes.responseHeadersSize;
    }
    return {url, term, afterLastKeyMs: Math.max(0, resultAt - lastKey), requests: fetched.length, transfer};
  } finally {
    await context.close();
  }
}
