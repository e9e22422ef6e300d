/*
 * What the corpus checks read of a page's article, as plain DOM code: the same functions run on the server HTML
 * (jsdom, in Node) and on the hydrated page (Playwright's evaluateAll). Each is self-contained, as evaluateAll
 * needs: it is sent to the browser as its source text.
 */

/** The structure of each table: what a screen reader relies on, and the matrix marks with their words. */
export function tableStructure(tables: Element[]) {
  return tables.map((table) => {
    const headerCells = [...table.querySelectorAll('thead th')];
    return {
      variant: table.getAttribute('data-variant'),
      rowsOutsideSections: table.querySelectorAll(':scope > tr').length,
      hasHead: table.querySelector(':scope > thead') !== null,
      hasBody: table.querySelector(':scope > tbody') !== null,
      headerScopes: [...new Set(headerCells.map((th) => th.getAttribute('scope')))].sort(),
      emptyHeaders: [...table.querySelectorAll('th')].filter((th) => th.textContent?.trim() === '').length,
      bodyHeaderScopes: [...new Set([...table.querySelectorAll('tbody th')].map((th) => th.getAttribute('scope')))],
      rowHeaders: table.querySelectorAll('tbody tr > th:first-child').length,
      rows: table.querySelectorAll('tbody tr').length,
      corner: table.querySelector('thead tr:first-child > :first-child')?.tagName,
      marks: [...table.querySelectorAll('[data-mark]')].map((m) => ({
        hidden: m.getAttribute('aria-hidden'),
        alt: m.nextElementSibling?.classList.contains('visually-hidden') ? m.nextElementSibling.textContent : null,
      })),
      rawMarks: [...table.querySelectorAll('td')].filter(
        (td) => /✔/.test(td.textContent ?? '') && !td.querySelector('[data-mark]'),
      ).length,
    };
  });
}

/** The names of the article's scrolling table regions. */
export function regionNames(regions: Element[]) {
  return regions.map((e) => e.getAttribute('aria-label'));
}

/** Where each link goes, resolved against the page's address. */
export function linkTargets(links: Element[]) {
  return links.map((a) => (a as HTMLAnchorElement).href);
}

/** The ids of the page's own h2 headings (not the titles of a card list's cards, which have none). */
export function headingIds(headings: Element[]) {
  return headings.filter((h) => !h.closest('.card')).map((h) => h.id);
}
