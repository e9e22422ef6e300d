import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {readOutputHTMLFile} from '@docusaurus/utils';
import {exportFileName} from '../../src/data/responsibilities/pages';
import {LLMS_FULL_TXT, LLMS_TXT, twinPath} from '../../src/data/markdownTwins';
import {toLocale} from '../../src/data/responsibilities/model';
import {LOCALES, LOCALE_SETTINGS} from '../../src/i18n/locales';
import {articleToMarkdown} from './articleToMarkdown';
import {llmsFullTxt, llmsTxt, type LlmsSection} from './llmsTxt';
import {twinPages, type LoadedDocs, type TwinPage} from './pages';
import {LLMS_WORDS} from './words';

/** A YAML value that stays a string whatever it holds (JSON's strings are YAML's double-quoted strings). */
const yamlString = (value: string) => JSON.stringify(value);

/** The twin: the doc's title, description, address, language and last change, then its article in Markdown. */
export function twinMarkdown(page: TwinPage, url: string, body: string): string {
  const frontMatter = [
    `title: ${yamlString(page.title)}`,
    ...(page.description ? [`description: ${yamlString(page.description)}`] : []),
    `url: ${yamlString(url)}`,
    `language: ${page.language}`,
    ...(page.lastUpdated ? [`last_updated: ${page.lastUpdated}`] : []),
  ];
  return `---\n${frontMatter.join('\n')}\n---\n\n${body}`;
}

/**
 * The Markdown twin of every doc, beside its page (`/en/a` → `/en/a.md`), and
 * the locale's `llms.txt` and `llms-full.txt` at its root. Each twin is made
 * from the built page (its `<article>`), so it says what the page says,
 * whatever components the page is made of. Reads what the docs plugins
 * loaded and the pages they built; changes nothing of theirs.
 */
export default function markdownTwinsPlugin(context: LoadContext): Plugin {
  let pages: TwinPage[] = [];
  return {
    name: 'markdown-twins',
    allContentLoaded({allContent}) {
      const docs = allContent['docusaurus-plugin-content-docs'] as Record<string, LoadedDocs> | undefined;
      pages = twinPages(docs, context.i18n);
    },
    async postBuild({outDir, baseUrl, siteConfig, i18n}) {
      const locale = toLocale(i18n.currentLocale);
      const site = siteConfig.url.replace(/\/$/, '');
      const words = LLMS_WORDS[locale];
      const written: {page: TwinPage; url: string; markdown: string}[] = [];
      for (const page of pages) {
        if (!page.permalink.startsWith(baseUrl))
          throw new Error(`Markdown twin: the doc ${page.permalink} is not below the locale's base URL ${baseUrl}`);
        const local = page.permalink.slice(baseUrl.length);
        // A route ending in `/` (a home page) is an index.html whatever trailingSlash says.
        const slash = local === '' || local.endsWith('/') ? undefined : siteConfig.trailingSlash;
        let html: string;
        try {
          html = (await readOutputHTMLFile(`/${local}`, outDir, slash)).toString('utf8');
        } catch (e) {
          throw new Error(`Markdown twin: cannot read the built page of ${page.permalink} in ${outDir}: ${String(e)}`, {
            cause: e,
          });
        }
        const url = `${site}${page.permalink}`;
        const markdown = articleToMarkdown(html, url);
        const file = path.join(outDir, twinPath(page.permalink).slice(baseUrl.length));
        await mkdir(path.dirname(file), {recursive: true});
        await writeFile(file, twinMarkdown(page, url, markdown));
        written.push({page, url, markdown});
      }

      const listed = written.filter(({page}) => !page.unlisted);
      const plugins = [...new Set(listed.map(({page}) => page.plugin))];
      const root = `${site}${baseUrl}`;
      const sections: LlmsSection[] = [
        ...plugins.map((plugin) => ({
          title: plugin === 'default' ? words.docs : plugin,
          links: listed
            .filter(({page}) => page.plugin === plugin)
            .map(({page}) => ({
              title: page.title,
              url: `${site}${twinPath(page.permalink)}`,
              description: page.description,
            })),
        })),
        {
          title: words.matrix,
          links: [
            {title: `${words.matrix} (JSON)`, url: `${root}${exportFileName(locale, 'json')}`, description: words.json},
            {title: `${words.matrix} (CSV)`, url: `${root}${exportFileName(locale, 'csv')}`, description: words.csv},
          ],
        },
        {
          // The proposal's name for links a reader with little room may skip.
          title: 'Optional',
          links: [
            {title: words.fullTitle, url: `${root}${LLMS_FULL_TXT}`, description: words.fullDescription},
            ...LOCALES.filter((other) => other !== locale && i18n.locales.includes(other)).map((other) => {
              const label = LOCALE_SETTINGS[other].label;
              return {
                title: label,
                url: `${site}${siteConfig.i18n.localeConfigs[other]?.baseUrl ?? '/'}${LLMS_TXT}`,
                description: words.otherLanguage.replace('{language}', label),
              };
            }),
          ],
        },
      ];
      await writeFile(path.join(outDir, LLMS_TXT), llmsTxt(siteConfig.title, words, sections));
      await writeFile(
        path.join(outDir, LLMS_FULL_TXT),
        llmsFullTxt(
          siteConfig.title,
          words,
          listed.map(({url, markdown}) => ({url, markdown})),
        ),
      );
    },
  };
}
