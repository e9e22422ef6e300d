// Types for the parts of @easyops-cn/docusaurus-search-local 0.55.3 (pinned)
// that the search bar uses: its search worker and its highlighting helpers.
// The package ships JavaScript only for them.

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker' {
  export interface SearchDocument {
    i: number;
    t: string;
    u: string;
    h?: string;
    s?: string;
    p?: number;
    b?: string[];
  }
  export interface SearchResult {
    document: SearchDocument;
    /** 0 title, 1 heading, 2 description, 3 keywords, 4 content. */
    type: number;
    page: SearchDocument | false | undefined;
    metadata: Record<string, Record<string, {position?: [number, number][]}>>;
    tokens: string[];
  }
  export function fetchIndexesByWorker(baseUrl: string, searchContext: string): Promise<void>;
  export function searchByWorker(
    baseUrl: string,
    searchContext: string,
    input: string,
    limit: number,
  ): Promise<SearchResult[]>;
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/highlight' {
  export function highlight(content: string, tokens: string[], forceMatched?: boolean): string;
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/highlightStemmed' {
  export function highlightStemmed(content: string, positions: [number, number][], tokens: string[]): string;
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/getStemmedPositions' {
  import type {SearchResult} from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker';
  export function getStemmedPositions(metadata: SearchResult['metadata'], field: string): [number, number][];
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/escapeHtml' {
  export function escapeHtml(text: string): string;
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/proxiedGeneratedConstants' {
  export const searchResultLimits: number;
}
