/**
 * Which built pages of a locale go into its search index, and where each is.
 * Docusaurus' `postBuild` lists the routes of the locale being built; the
 * default locale's output folder also holds the other locales' builds, so the
 * index is made from these routes, never from the files in the folder.
 */

/** A page of the locale to index, by its URL below the locale's base URL (`/`, `/shared-responsibilities`). */
export interface IndexedPage {
  url: string;
}

/**
 * The pages to index among the locale's routes: every route below `baseUrl`
 * but the 404 page, the search results page (src/pages/search) and those
 * matching `ignore` (paths relative to `baseUrl`, e.g. `corpus/…`).
 */
export function pagesToIndex(
  routesPaths: readonly string[],
  {baseUrl, ignore}: {baseUrl: string; ignore: readonly RegExp[]},
): IndexedPage[] {
  const pages = new Map<string, IndexedPage>();
  for (const route of routesPaths) {
    if (!route.startsWith(baseUrl) && `${route}/` !== baseUrl) continue;
    const local = route.slice(baseUrl.length);
    if (local === '404.html' || local === 'search' || ignore.some((re) => re.test(local))) continue;
    pages.set(local, {url: `/${local}`});
  }
  return [...pages.values()];
}

/**
 * Where a page goes in a folder laid out by URL, from which Pagefind reads
 * pages itself (`addDirectory`): it names each page by its path there,
 * dropping only a final `index.html`. So `/a` is the file `a`, and `/` and
 * `/a/` are `index.html` and `a/index.html`.
 */
export function urlFile(url: string): string {
  const local = url.replace(/^\//, '');
  return local === '' || local.endsWith('/') ? `${local}index.html` : local;
}

/** URLs Pagefind gives back as they are from a file's path (it percent-encodes the rest), and no glob syntax. */
const PLAIN_URL = /^[A-Za-z0-9/._~-]*$/;

/**
 * The pages that can be files of that folder: those with a plain URL that is
 * not also a folder of another page's (`/byoc` beside `/byoc/setup`).
 */
export function folderPages(pages: readonly IndexedPage[]): IndexedPage[] {
  const folders = new Set<string>();
  for (const {url} of pages)
    for (let cut = url.lastIndexOf('/'); cut > 0; cut = url.lastIndexOf('/', cut - 1)) folders.add(url.slice(0, cut));
  return pages.filter(({url}) => PLAIN_URL.test(url) && !folders.has(url));
}
