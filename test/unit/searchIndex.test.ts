// @vitest-environment node
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {gunzipSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {allTasks, matrix} from '@site/src/data/responsibilities/model';
import searchPagefindPlugin from '../../plugins/search-pagefind';
import {matrixTaskRecords} from '../../plugins/search-pagefind/matrixRecords';
import {folderPages, pagesToIndex, urlFile} from '../../plugins/search-pagefind/routes';
import {tempTree} from './helpers/tempTree';
import {separateBlocks} from '../../plugins/search-pagefind/separateBlocks';

describe('search records of the matrix', () => {
  const records = (locale: 'en' | 'zh-Hans') =>
    matrixTaskRecords({matrix, locale, language: 'xx', pageUrl: '/shared-responsibilities', pageTitle: 'The page'});

  it('makes one record per task: its label, under its page and section, linked to its row', () => {
    const en = records('en');
    expect(en).toHaveLength(allTasks(matrix).length);
    expect(new Set(en.map((r) => r.url)).size).toBe(en.length);
    expect(en.find((r) => r.url === '/shared-responsibilities#manage-s3-bucket')).toEqual({
      url: '/shared-responsibilities#manage-s3-bucket',
      content: 'Manage S3 bucket',
      language: 'xx',
      meta: {title: 'Manage S3 bucket', page: 'The page', section: 'Cloud management'},
    });
  });

  it('writes each locale’s labels', () => {
    expect(records('zh-Hans').find((r) => r.url.endsWith('#manage-s3-bucket'))?.content).toBe('管理 S3 存储桶');
  });
});

describe('the pages of a locale to index', () => {
  it('takes the locale’s routes but the 404 page, the search page and ignored ones', () => {
    const routes = [
      '/docs/en/',
      '/docs/en/a',
      '/docs/en/404.html',
      '/docs/en/search',
      '/docs/en/corpus/x',
      '/docs/en/a',
    ];
    expect(pagesToIndex(routes, {baseUrl: '/docs/en/', ignore: [/^corpus\//]})).toEqual([{url: '/'}, {url: '/a'}]);
  });
});

describe('the folder Pagefind reads pages from', () => {
  it('names each page by its URL, as Pagefind gives it back', () => {
    expect(urlFile('/')).toBe('index.html');
    expect(urlFile('/a')).toBe('a');
    expect(urlFile('/a/b')).toBe('a/b');
    expect(urlFile('/a/')).toBe('a/index.html');
  });

  it('holds the pages with a plain URL that is no folder of another page’s', () => {
    const urls = (list: string[]) => folderPages(list.map((url) => ({url}))).map((p) => p.url);
    expect(urls(['/', '/a', '/a/b', '/a/b/c', '/ab', '/x/y'])).toEqual(['/', '/a/b/c', '/ab', '/x/y']);
    expect(urls(['/中文', '/a b', '/a,b', '/a{b}', '/a*', '/v1.2_x~y-z'])).toEqual(['/v1.2_x~y-z']);
  });
});

const html = (lang: string, title: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><nav>Menu</nav><main><h1>${title}</h1>${body}</main></body></html>`;
const MATRIX_PAGE = html(
  'en',
  'Shared responsibilities',
  '<p>Who does what.</p><h2 id="cloud-management">Cloud management</h2>' +
    '<table data-section="cloud-management"><tr><th>Manage S3 bucket</th><td><span data-mark>✔</span><span class="visually-hidden">Responsible</span></td></tr></table>',
);

/** Runs the plugin's postBuild as Docusaurus does for one locale (the English one, at `/docs/en/`). */
async function buildIndex(files: Record<string, string>, routesPaths: string[]) {
  const outDir = tempTree('search-pagefind', files);
  const plugin = searchPagefindPlugin({siteConfig: {trailingSlash: false}} as LoadContext, {ignore: []});
  await plugin.postBuild!({
    outDir,
    baseUrl: '/docs/en/',
    routesPaths,
    i18n: {currentLocale: 'en', defaultLocale: 'zh-Hans', locales: ['zh-Hans', 'en', 'ja']},
  } as unknown as Parameters<NonNullable<Plugin['postBuild']>>[0]);
  return outDir;
}

/** The records of a built index (each fragment is gzip, its JSON after a 12-byte signature). */
function records(outDir: string): {url: string; content: string}[] {
  const dir = path.join(outDir, 'pagefind/fragment');
  return readdirSync(dir).map((f) =>
    JSON.parse(
      gunzipSync(readFileSync(path.join(dir, f)))
        .subarray(12)
        .toString(),
    ),
  );
}

describe('the search-pagefind plugin', () => {
  it('indexes the locale’s routes (not other files in its folder) and each task, in the locale’s language', async () => {
    const outDir = await buildIndex(
      {
        'index.html': html('en', 'Home', '<p>Welcome to the vector database.</p>'),
        'shared-responsibilities.html': MATRIX_PAGE,
        // Another locale's build inside this one's folder, and a page that is no route of this locale.
        'ja/index.html': html('ja', 'ホーム', '<p>ようこそ</p>'),
        'stray.html': html('en', 'Stray', '<p>Not a route</p>'),
      },
      ['/docs/en/', '/docs/en/shared-responsibilities', '/docs/en/404.html'],
    );
    const entry = JSON.parse(readFileSync(path.join(outDir, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['en']);
    expect(existsSync(path.join(outDir, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(path.join(outDir, 'pagefind/pagefind-worker.js'))).toBe(true);
    // Pagefind's own UIs are not shipped: the site has its search bar.
    expect(readdirSync(path.join(outDir, 'pagefind')).filter((f) => /ui|highlight/.test(f))).toEqual([]);
    const found = records(outDir);
    const urls = found.map((r) => r.url).sort();
    expect(urls.filter((u) => !u.includes('#'))).toEqual(['/', '/shared-responsibilities']);
    expect(urls.filter((u) => u.includes('#'))).toHaveLength(allTasks(matrix).length);
    const page = found.find((r) => r.url === '/shared-responsibilities')!;
    // The page's text without its table (the tasks are records of their own) and without the navbar.
    expect(page.content).toContain('Who does what.');
    expect(page.content).not.toMatch(/S3|✔|Responsible|Menu/);
    expect(found.find((r) => r.url === '/shared-responsibilities#manage-s3-bucket')?.content).toBe('Manage S3 bucket');
  });

  it('indexes each page under its URL: nested, also a folder of others, or not plain', async () => {
    const outDir = await buildIndex(
      {
        'index.html': html('en', 'Home', '<p>Welcome.</p>'),
        'shared-responsibilities.html': MATRIX_PAGE,
        'byoc.html': html('en', 'BYOC', '<p>Bring your own cloud.</p>'),
        'byoc/setup.html': html('en', 'Setup', '<p>Set it up.</p>'),
        '中文 页.html': html('en', 'Chinese', '<p>A page with a Chinese name.</p>'),
      },
      ['/docs/en/', '/docs/en/shared-responsibilities', '/docs/en/byoc', '/docs/en/byoc/setup', '/docs/en/中文 页'],
    );
    const pages = records(outDir).filter((r) => !r.url.includes('#'));
    expect(pages.map((r) => r.url).sort()).toEqual([
      '/',
      '/byoc',
      '/byoc/setup',
      '/shared-responsibilities',
      '/中文 页',
    ]);
    expect(pages.find((r) => r.url === '/byoc')?.content).toContain('Bring your own cloud.');
    expect(pages.find((r) => r.url === '/byoc/setup')?.content).toContain('Set it up.');
    expect(pages.find((r) => r.url === '/中文 页')?.content).toContain('A page with a Chinese name.');
  });

  it('fails, naming the page, when the matrix page is not among the routes', async () => {
    await expect(buildIndex({'index.html': html('en', 'Home', '<p>Hello</p>')}, ['/docs/en/'])).rejects.toThrow(
      /the Shared Responsibilities page \/shared-responsibilities is not among the 1 pages of en/,
    );
  });

  it('fails, naming the file and route, when a route’s page is missing', async () => {
    await expect(buildIndex({}, ['/docs/en/gone'])).rejects.toThrow(/cannot read the page of route \/gone in /);
  });
});

describe('what the index reads of a page', () => {
  it('keeps the words of neighbouring cells, headings and items apart', () => {
    expect(
      separateBlocks('<h2>限制</h2><table><tr><td>API</td><td>GUI</td></tr></table><ul><li>一</li><li>二</li></ul>'),
    ).toBe('<h2>限制</h2> <table><tr><td>API</td> <td>GUI</td> </tr> </table><ul><li>一</li> <li>二</li> </ul>');
    expect(separateBlocks('<p>a <code>b</code></p><span>c</span><span>d</span>')).toBe(
      '<p>a <code>b</code></p> <span>c</span><span>d</span>',
    );
  });
});
