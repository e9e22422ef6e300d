import {ALL_CONTENT_SETS} from '../content.config';
import {sitePages} from '../src/remark/sitePages';

// Pages in the docs team's export format, written for the tests (test/corpus and its translations).
export const CORPUS_SET = ALL_CONTENT_SETS.find((s) => s.id === 'corpus')!;
export const CORPUS_PAGES = sitePages('.', CORPUS_SET);
/** Each corpus page's slug once, sorted: every locale serves each (English-only pages too). */
export const CORPUS = [...new Set(CORPUS_PAGES.map((p) => p.slug))].sort();
