/**
 * The search itself, loaded on demand (src/theme/SearchBar, src/pages/search):
 * the locale's Pagefind index (`<baseUrl>pagefind/`, written by
 * plugins/search-pagefind), whose script fetches only the index chunks and
 * fragments a query needs, turned into what a suggestion shows.
 */

export interface Suggestion {
  /** Where the hit leads: the page, and the heading or task on it. */
  url: string;
  /** What was found: a task's label (terms in <mark>), else the section's or page's title. HTML-escaped. */
  titleHtml: string;
  /** The running text around the terms (terms in <mark>); empty for a task, whose label is the hit. */
  excerptHtml: string;
  /** Where the title sits (page › section, or the page); empty when the title is the page's. HTML-escaped. */
  contextHtml: string;
}

/** The suggestions listed for one query: the navbar's list stays short. */
export const SUGGESTION_LIMIT = 8;
/** Sections of one page listed at most, the best first. */
const SECTIONS_PER_PAGE = 3;

/** The parts of Pagefind's JS API (pagefind.js, 1.6) used here. */
interface Location {
  weight: number;
}
interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: Location[];
  anchor?: {id?: string};
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: {title?: string; page?: string; section?: string};
  sub_results?: SubResult[];
}
interface Pagefind {
  options(options: {baseUrl: string; excerptLength?: number}): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{results: {id: string; data(): Promise<ResultData>}[]} | null>;
}

const ESCAPES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};
const UNESCAPES: Record<string, string> = Object.fromEntries(Object.entries(ESCAPES).map(([c, e]) => [e, c]));

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * Pagefind's excerpt as safe HTML: its `<mark>`s kept, everything else
 * escaped (the excerpt's text may come escaped or not; it is unescaped first
 * so nothing is escaped twice).
 */
export function markedHtml(excerpt: string): string {
  return (
    excerpt
      .split(/(<\/?mark>)/)
      .map((part) =>
        part === '<mark>' || part === '</mark>'
          ? part
          : escapeHtml(part.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => UNESCAPES[e]!)),
      )
      .join('')
      // A Chinese or Japanese word keeps the space after it ("S3 " in "管理 S3 存储桶"): mark the word only.
      .replace(/<mark>(\s*)([^<]*?)(\s*)<\/mark>/g, '$1<mark>$2</mark>$3')
  );
}

/**
 * A section's excerpt without the section's own title at its start (Pagefind's
 * excerpt runs the heading into the text after it); the suggestion shows the
 * title on its own line. Empty when the excerpt is the title and nothing else.
 */
export function withoutLeadingTitle(excerpt: string, title: string | undefined): string {
  if (!title) return excerpt;
  // Pagefind ends a heading with a full stop of its own.
  if (excerpt.replace(/<\/?mark>/g, '').replace(/[\s.。]+$/, '') === title) return '';
  if (!excerpt.startsWith(title)) return excerpt;
  return excerpt.slice(title.length).replace(/^[\s.。:：]+/, '');
}

/** Pagefind's section title, as the heading reads (no stray zero-width space). */
const headingText = (title: string | undefined) => title?.replace(/\u200b/g, '').trim() ?? '';

const weight = (s: SubResult) => (s.weighted_locations ?? []).reduce((sum, l) => sum + l.weight, 0);

/** A hit's suggestions: a matrix task (a custom record) is one; a page gives its best sections. */
export function toSuggestions(data: ResultData): Suggestion[] {
  const {meta} = data;
  if (meta.page !== undefined && meta.section !== undefined)
    return [
      {
        url: data.url,
        titleHtml: markedHtml(data.excerpt),
        excerptHtml: '',
        contextHtml: escapeHtml(`${meta.page} › ${meta.section}`),
      },
    ];
  const page = meta.title ?? '';
  const sections = [...(data.sub_results ?? [])].sort((a, b) => weight(b) - weight(a)).slice(0, SECTIONS_PER_PAGE);
  if (sections.length === 0)
    return [{url: data.url, titleHtml: escapeHtml(page), excerptHtml: markedHtml(data.excerpt), contextHtml: ''}];
  return sections.map((s) => {
    const title = headingText(s.title);
    const inSection = title !== '' && title !== page;
    const rest = withoutLeadingTitle(s.excerpt, title || page);
    return {
      url: s.url,
      // An excerpt that is only the title shows as the title, with its marks.
      titleHtml:
        rest === ''
          ? markedHtml(s.excerpt.replace(/[\s.。]+(<\/mark>)?$/, '$1'))
          : escapeHtml(inSection ? title : page),
      excerptHtml: markedHtml(rest),
      contextHtml: inSection ? escapeHtml(page) : '',
    };
  });
}

const loaded = new Map<string, Promise<Pagefind>>();

/** Loads Pagefind for this locale (`baseUrl` is the locale's) and its index's entry, language and metadata. */
function pagefindOf(baseUrl: string): Promise<Pagefind> {
  let pagefind = loaded.get(baseUrl);
  if (!pagefind) {
    pagefind = (async () => {
      // Written by the build, not bundled: the bundler must leave this import to the browser.
      const module = (await import(/* webpackIgnore: true */ `${baseUrl}pagefind/pagefind.js`)) as Pagefind;
      // Result URLs are stored below the locale's base URL (plugins/search-pagefind).
      await module.options({baseUrl});
      await module.init();
      return module;
    })();
    pagefind.catch(() => loaded.delete(baseUrl)); // try again on the next key
    loaded.set(baseUrl, pagefind);
  }
  return pagefind;
}

/** Starts fetching the search code and index of this locale. */
export async function preload(baseUrl: string): Promise<void> {
  await pagefindOf(baseUrl);
}

export async function search(baseUrl: string, query: string, limit = SUGGESTION_LIMIT): Promise<Suggestion[]> {
  const pagefind = await pagefindOf(baseUrl);
  const found = await pagefind.search(query);
  const hits = await Promise.all((found?.results ?? []).slice(0, limit).map((r) => r.data()));
  return hits.flatMap(toSuggestions).slice(0, limit);
}
