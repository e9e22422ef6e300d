/**
 * The search itself, loaded on demand (src/theme/SearchBar): the local-search
 * plugin's worker (lunr and the site's index run off the main thread) and its
 * highlighting, turned into what a suggestion shows.
 */
import {
  fetchIndexesByWorker,
  searchByWorker,
  type SearchResult,
} from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker';
import {escapeHtml} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/escapeHtml';
import {getStemmedPositions} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/getStemmedPositions';
import {highlight} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/highlight';
import {highlightStemmed} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/highlightStemmed';
import {searchResultLimits} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/proxiedGeneratedConstants';

export interface Suggestion {
  /** Where the hit leads: the page, and the heading or task on it. */
  url: string;
  /** The matched text, HTML-escaped, search terms in <mark>. */
  titleHtml: string;
  /** Page › section, HTML-escaped. */
  pathHtml: string;
}

const KEYWORDS = 3;

function toSuggestion({document, type, page, metadata, tokens}: SearchResult): Suggestion {
  const titleHtml =
    type === KEYWORDS
      ? highlight(document.s ?? '', tokens)
      : highlightStemmed(document.t, getStemmedPositions(metadata, 't'), tokens);
  const path = page
    ? [...(page.b ?? []), page.t, ...(document.s && document.s !== page.t ? [document.s] : [])]
    : (document.b ?? []);
  return {url: `${document.u}${document.h ?? ''}`, titleHtml, pathHtml: escapeHtml(path.join(' › '))};
}

/** Starts fetching the index of this locale (`baseUrl` is the locale's). */
export function preload(baseUrl: string): Promise<void> {
  return fetchIndexesByWorker(baseUrl, '');
}

export async function search(baseUrl: string, query: string): Promise<Suggestion[]> {
  const results = await searchByWorker(baseUrl, '', query, searchResultLimits);
  return results.map(toSuggestion);
}
