import {mkdir, mkdtemp, readdir, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {readOutputHTMLFile} from '@docusaurus/utils';
import {separateBlocks} from './separateBlocks';
import {matrix, toLocale} from '../../src/data/responsibilities/model';
import {SHARED_RESPONSIBILITIES_PATH} from '../../src/data/responsibilities/pages';
import {LOCALE_SETTINGS} from '../../src/i18n/locales';
import {MATRIX_EXCLUDE_SELECTORS, matrixTaskRecords} from './matrixRecords';
import {folderPages, pagesToIndex, urlFile, type IndexedPage} from './routes';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- see importPagefind.cjs
const importPagefind = require('./importPagefind.cjs') as () => Promise<typeof import('pagefind')>;
type PagefindIndex = NonNullable<Awaited<ReturnType<typeof import('pagefind').createIndex>>['index']>;

export interface SearchPagefindOptions {
  /** Routes (relative to the locale's base URL) that are not documentation, e.g. the test corpus. */
  ignore?: RegExp[];
}

/** The folder of the index in each locale's output; the search bar loads `<baseUrl>pagefind/pagefind.js`. */
export const INDEX_DIR = 'pagefind';

/**
 * Page chrome that is not the page's text: the table of contents (it repeats
 * the headings), breadcrumbs and the previous/next links. (The navbar, sidebar
 * and footer are outside `<main>`, the root the index reads.)
 */
const CHROME_SELECTORS = [
  '.theme-doc-toc-desktop',
  '.theme-doc-toc-mobile',
  '.theme-doc-breadcrumbs',
  '.pagination-nav',
  // A heading's `#` link holds a zero-width space, which would end every section title.
  '.hash-link',
  // Furniture inside the article: tab labels (the code under each tab is indexed) and card lists of other pages.
  '[role="tablist"]',
  '.card',
];

/** Files of Pagefind's own search UIs, written with every index: `pagefind-ui.js`, `pagefind-modular-ui.css`, … */
const UNUSED_UI = /^pagefind-(?:(?:component-|modular-)?ui\.(?:js|css)|highlight\.js)$/;

/** A page's built HTML, found the way Docusaurus writes it for the site's `trailingSlash`. */
async function readPage(page: IndexedPage, outDir: string, trailingSlash: boolean | undefined): Promise<string> {
  // A route ending in `/` (the home page) is an index.html whatever trailingSlash says: let the helper try both forms.
  const slash = page.url.endsWith('/') ? undefined : trailingSlash;
  try {
    return separateBlocks((await readOutputHTMLFile(page.url, outDir, slash)).toString('utf8'));
  } catch (e) {
    throw new Error(`search index: cannot read the page of route ${page.url} in ${outDir}: ${String(e)}`, {cause: e});
  }
}

/**
 * Adds pages through a temporary folder holding a copy of each, named by URL
 * (`urlFile`), which Pagefind reads itself, several at once, instead of one
 * addHTMLFile message per page. The glob lists the files rather than a
 * pattern, since Pagefind also tries to read each folder a pattern matches,
 * and each such attempt is slow. `npm run bench -- --pages 300` times the index.
 */
async function addFromFolder(
  index: PagefindIndex,
  pages: readonly IndexedPage[],
  outDir: string,
  trailingSlash: boolean | undefined,
): Promise<void> {
  if (pages.length === 0) return;
  const folder = await mkdtemp(path.join(tmpdir(), 'search-pagefind-'));
  try {
    const files = await Promise.all(
      pages.map(async (page) => {
        const html = await readPage(page, outDir, trailingSlash);
        const file = urlFile(page.url);
        await mkdir(path.dirname(path.join(folder, file)), {recursive: true});
        await writeFile(path.join(folder, file), html);
        return file;
      }),
    );
    const glob = `{${files.join(',')}}`;
    const {page_count} = check('addDirectory', await index.addDirectory({path: folder, glob}));
    if (page_count !== pages.length)
      throw new Error(`search index: Pagefind read ${page_count} of the ${pages.length} pages copied to ${folder}`);
  } finally {
    await rm(folder, {recursive: true, force: true});
  }
}

function check<T extends {errors: string[]}>(what: string, response: T): T {
  if (response.errors.length > 0) throw new Error(`search index: ${what}: ${response.errors.join('; ')}`);
  return response;
}

/**
 * The site's search index, made with Pagefind once a locale is built: that
 * locale's pages (headings become sub-results with their anchors) and one
 * record per matrix task, written to `<outDir>/pagefind/`. The index language
 * is the locale's (`searchLanguage` in src/i18n/locales.ts); Pagefind's
 * extended build segments Chinese and Japanese words while indexing.
 */
export default function searchPagefindPlugin(context: LoadContext, pluginOptions: unknown): Plugin {
  const options = (pluginOptions ?? {}) as SearchPagefindOptions;
  return {
    name: 'search-pagefind',
    async postBuild({outDir, baseUrl, routesPaths, i18n}) {
      const locale = toLocale(i18n.currentLocale);
      const language = LOCALE_SETTINGS[locale].searchLanguage;
      const {trailingSlash} = context.siteConfig;
      const pages = pagesToIndex(routesPaths, {baseUrl, ignore: options.ignore ?? []});
      const pagefind = await importPagefind();
      const {index} = check(
        'createIndex',
        await pagefind.createIndex({
          rootSelector: 'main',
          excludeSelectors: [...CHROME_SELECTORS, ...MATRIX_EXCLUDE_SELECTORS],
          forceLanguage: language,
        }),
      );
      if (!index) throw new Error('search index: Pagefind created no index');
      try {
        // Most pages go through the folder (addFromFolder); the matrix page (its title heads the task records)
        // and the pages the folder cannot hold (see folderPages) go in one by one.
        const fromFolder = folderPages(pages).filter((page) => page.url !== SHARED_RESPONSIBILITIES_PATH);
        await addFromFolder(index, fromFolder, outDir, trailingSlash);
        const inFolder = new Set(fromFolder);
        const oneByOne = pages.filter((page) => !inFolder.has(page));
        let pageTitle: string | undefined;
        for (const page of oneByOne) {
          const content = await readPage(page, outDir, trailingSlash);
          const {file} = check(page.url, await index.addHTMLFile({url: page.url, content}));
          if (page.url === SHARED_RESPONSIBILITIES_PATH) pageTitle = file.meta.title;
        }
        if (pageTitle === undefined)
          throw new Error(
            `search index: the Shared Responsibilities page ${SHARED_RESPONSIBILITIES_PATH} is not among the ${pages.length} pages of ${locale}, so its tasks cannot be added`,
          );
        for (const record of matrixTaskRecords({
          matrix,
          locale,
          language,
          pageUrl: SHARED_RESPONSIBILITIES_PATH,
          pageTitle,
        }))
          check(record.url, await index.addCustomRecord(record));
        const {outputPath} = check('writeFiles', await index.writeFiles({outputPath: path.join(outDir, INDEX_DIR)}));
        // Pagefind's ready-made search UIs come with the index; the site has its own (src/theme/SearchBar).
        for (const file of await readdir(outputPath)) if (UNUSED_UI.test(file)) await rm(path.join(outputPath, file));
      } finally {
        await index.deleteIndex();
        await pagefind.close();
      }
    },
  };
}
