import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {articleToMarkdown} from '../../plugins/markdown-twins/articleToMarkdown';
import {twinMarkdown} from '../../plugins/markdown-twins';
import {llmsFullTxt, llmsTxt} from '../../plugins/markdown-twins/llmsTxt';
import {isoDate, twinPages} from '../../plugins/markdown-twins/pages';
import {LLMS_WORDS} from '../../plugins/markdown-twins/words';
import {twinPath} from '../../src/data/markdownTwins';
import {LOCALES} from '../../src/i18n/locales';
import {parseLlmsTxt} from '../helpers/llmsTxt';

const FIXTURE = readFileSync(path.join(__dirname, '../fixtures/markdown-twins/page.html'), 'utf8');
const PAGE_URL = 'https://example.com/byoc-docs/en/fixture';

describe('a built page as Markdown', () => {
  // The fixture holds each construct the built pages have, written as Docusaurus and the site's components write it.
  const markdown = articleToMarkdown(FIXTURE, PAGE_URL);

  it('starts with the title, then the status line, leaving out breadcrumbs, the page actions, print lines and the doc footer', () => {
    expect(markdown.split('\n\n').slice(0, 2)).toEqual([
      '# Fixture page',
      'Public preview [Contact sales](https://zilliz.com/contact-sales) to enable it.',
    ]);
    for (const chrome of ['Home', 'On this page', 'Copy page', 'View as Markdown', 'Printed from', 'Last updated on'])
      expect(markdown).not.toContain(chrome);
  });

  it('writes links absolute, as the browser resolves them, without the new-tab icon', () => {
    expect(markdown).toContain(
      'Read [the other page](https://example.com/byoc-docs/en/other#part), [the setup](https://example.com/byoc-docs/en/fixture#setup) and [Zilliz docs](https://docs.zilliz.com/docs/x).',
    );
  });

  it('keeps heading ids and drops the anchor links', () => {
    expect(markdown).toContain('\n## Set up {#setup}\n');
    expect(markdown).toContain('\n### The matrix {#matrix}\n');
    expect(markdown).not.toContain('Direct link');
  });

  it('writes an admonition as a quoted note', () => {
    expect(markdown).toContain('> **Notes:** Quotas are per project.\n>\n> Ask **support** for more.');
  });

  it('writes tabs as labelled sections, each code block with its language, the streamed one in place of its fallback', () => {
    expect(markdown).toContain(
      [
        '**Python**',
        'install.py',
        '```python\n# install\npip install -U pymilvus\n```',
        '**cURL**',
        '```bash\ncurl -s "$URL"\n  | jq .\n```',
      ].join('\n\n'),
    );
    expect(markdown).not.toContain('fallback');
  });

  it("writes the matrix as a table with the parties' names, its key and its date; marks as the eye sees them", () => {
    expect(markdown).toContain('- ✔: responsible\n- (Empty cell): not responsible\n\nUpdated 2026-11-29');
    expect(markdown).toContain(
      [
        '| Task | Zilliz BYOC | Customer |',
        '| - | - | - |',
        '| Set up VPC | | ✔ |',
        '| Scale resources | ✔ | ✔ |',
      ].join('\n'),
    );
    expect(markdown).not.toMatch(/Responsible|Copy link|Check mark/);
  });

  it('keeps each table cell on its row: spans become empty cells, paragraphs, breaks and list items become <br> lines', () => {
    expect(markdown).toContain(
      [
        '| Resource | Limit | |',
        '| - | - | - |',
        '| | Default | On request |',
        '| Clusters | 10 | 50<br>ask [us](https://example.com/byoc-docs/en/contact) |',
        '| Types | `m6i.2xlarge` | - `m6i.4xlarge`<br>- `r6i.4xlarge` |',
      ].join('\n'),
    );
  });

  it('writes details with its summary in bold, images with absolute addresses, an inlined image as its text, cards as a list', () => {
    expect(markdown).toContain('**Which one?**\n\nFewer than 64 tenants: one collection each.');
    expect(markdown).toContain('![The architecture](https://example.com/byoc-docs/en/img/a.png) An inlined diagram');
    expect(markdown).not.toContain('data:image');
    expect(markdown).toMatch(
      /- \[DNS\]\(https:\/\/example\.com\/byoc-docs\/en\/dns\): Private DNS\.\n- \[Endpoints\]\(https:\/\/example\.com\/byoc-docs\/en\/endpoints\): Service endpoints\.\n$/,
    );
  });

  it('names the page when it has no article', () => {
    expect(() => articleToMarkdown('<main><p>x</main>', 'https://example.com/x')).toThrow(
      'the page https://example.com/x has no <article>',
    );
  });
});

describe('where twins live and what they start with', () => {
  it('puts the twin beside the page, or in the folder of a page at a folder URL', () => {
    expect(twinPath('/byoc-docs/en/shared-responsibilities')).toBe('/byoc-docs/en/shared-responsibilities.md');
    expect(twinPath('/byoc-docs/en/')).toBe('/byoc-docs/en/index.md');
  });

  it('opens with front matter: title, description, address, language and the date of the last change', () => {
    const page = {
      plugin: 'default',
      permalink: '/en/a',
      title: 'A "quoted" title',
      description: 'About: it',
      language: 'zh-Hans',
      lastUpdated: '2026-11-30',
      unlisted: false,
    };
    expect(twinMarkdown(page, 'https://example.com/en/a', '# A\n')).toBe(
      '---\ntitle: "A \\"quoted\\" title"\ndescription: "About: it"\nurl: "https://example.com/en/a"\nlanguage: zh-Hans\nlast_updated: 2026-11-30\n---\n\n# A\n',
    );
  });

  it('lists docs in sidebar order (a category page before its items), then the others by URL, each in its language', () => {
    const doc = (id: string, source = `@site/docs/${id}.mdx`) => ({
      id,
      permalink: `/en/${id}`,
      title: id,
      description: '',
      source,
      unlisted: false,
      lastUpdatedAt: Date.UTC(2026, 10, 30, 23, 59),
    });
    const pages = twinPages(
      {
        default: {
          loadedVersions: [
            {
              docs: [doc('z-loose'), doc('b'), doc('a-loose'), doc('c', '@site/i18n/en/x/c.mdx'), doc('net')],
              sidebars: {
                s: [
                  {type: 'doc', id: 'b'},
                  {type: 'category', link: {type: 'doc', id: 'net'}, items: [{type: 'doc', id: 'c'}]},
                ],
              },
            },
          ],
        },
      },
      {locales: LOCALES, defaultLocale: 'zh-Hans'},
    );
    expect(pages.map((p) => [p.permalink, p.language])).toEqual([
      ['/en/b', 'zh-Hans'],
      ['/en/net', 'zh-Hans'],
      ['/en/c', 'en'],
      ['/en/a-loose', 'zh-Hans'],
      ['/en/z-loose', 'zh-Hans'],
    ]);
    expect(pages[0]!.lastUpdated).toBe('2026-11-30');
    expect(isoDate(Date.UTC(2026, 0, 2))).toBe('2026-01-02');
  });
});

describe('llms.txt', () => {
  it.each(LOCALES)('%s: follows the proposal: H1 name, summary, text, H2 sections of link lists', (locale) => {
    const text = llmsTxt('Zilliz Cloud BYOC', LLMS_WORDS[locale], [
      {
        title: 'Docs',
        links: [
          {title: 'A [draft] page', url: 'https://example.com/a.md', description: 'First\nline.'},
          {title: 'B', url: 'https://example.com/b.md', description: ''},
        ],
      },
      {title: 'Empty', links: []},
      {title: 'Optional', links: [{title: 'Full', url: 'https://example.com/llms-full.txt'}]},
    ]);
    const parsed = parseLlmsTxt(text);
    expect(parsed.title).toBe('Zilliz Cloud BYOC');
    expect(parsed.summary).toBe(LLMS_WORDS[locale].summary);
    expect(parsed.details).toBe(LLMS_WORDS[locale].about);
    expect(parsed.sections).toEqual([
      {
        title: 'Docs',
        links: [
          {name: 'A [draft] page', url: 'https://example.com/a.md', notes: 'First line.'},
          {name: 'B', url: 'https://example.com/b.md'},
        ],
      },
      {title: 'Optional', links: [{name: 'Full', url: 'https://example.com/llms-full.txt'}]},
    ]);
  });

  it('the reader of the format rejects what the proposal does not allow', () => {
    expect(() => parseLlmsTxt('Zilliz\n')).toThrow('line 1');
    expect(() => parseLlmsTxt('# Z\n\n## Docs\n\nsome prose\n')).toThrow('line 5');
    expect(() => parseLlmsTxt('# Z\n\n### Docs\n')).toThrow('line 3');
  });

  it('llms-full.txt: every page under its H1, with its address on the line after', () => {
    expect(
      llmsFullTxt('Site', LLMS_WORDS.en, [
        {url: 'https://example.com/a', markdown: '# A\n\nText a.\n'},
        {url: 'https://example.com/b', markdown: '# B\n'},
      ]),
    ).toBe(
      `# Site\n\n> ${LLMS_WORDS.en.summary}\n\n# A\n\n<https://example.com/a>\n\nText a.\n\n# B\n\n<https://example.com/b>\n`,
    );
  });
});
