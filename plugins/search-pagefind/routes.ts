/**
 * Which built pages of a locale go into its search index, and where each is.
 * Docusaurus' `postBuild` lists the routes of the locale being built; the
 * default locale's output folder also holds the other locales' builds, so the
 * index is made from these routes, never from the files in the folder.
 */

import path from 'node:path';

/** A page of the locale to index: its HTML file (relative to the locale's outDir) and its URL below the locale's base URL. */
export interface IndexedPage {
  file: string;
  /** `/`, `/shared-responsibilities`: the search bar adds the locale's base URL. */
  url: string;
}

/**
 * The file Docusaurus writes for a route (the rule of its static-site generation:
 * `.html` routes as they are; `/` and trailing slashes as `index.html`; otherwise
 * `<path>.html` when `trailingSlash` is false, `<path>/index.html` when not).
 */
export function routeFile(localPath: string, trailingSlash: boolean | undefined): string {
  if (/\.html?$/i.test(localPath)) return localPath;
  if (localPath === '' || localPath.endsWith('/') || trailingSlash !== false)
    return path.posix.join(localPath, 'index.html');
  return `${localPath}.html`;
}

/**
 * The pages to index among the locale's routes: every route below `baseUrl`
 * but the 404 page, the search results page (src/pages/search) and those
 * matching `ignore` (paths relative to `baseUrl`, e.g. `corpus/…`).
 */
export function pagesToIndex(
  routesPaths: readonly string[],
  {baseUrl, trailingSlash, ignore}: {baseUrl: string; trailingSlash: boolean | undefined; ignore: readonly RegExp[]},
): IndexedPage[] {
  const pages = new Map<string, IndexedPage>();
  for (const route of routesPaths) {
    if (!route.startsWith(baseUrl) && `${route}/` !== baseUrl) continue;
    const local = route.slice(baseUrl.length);
    if (local === '404.html' || local === 'search' || ignore.some((re) => re.test(local))) continue;
    pages.set(local, {file: routeFile(local, trailingSlash), url: `/${local}`});
  }
  return [...pages.values()];
}
