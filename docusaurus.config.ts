import {themes as prismThemes} from 'prism-react-renderer';
import type {Config, PluginConfig} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import responsibilityMatrixPlugin from './plugins/responsibility-matrix';
import leanBundlePlugin from './plugins/lean-bundle';
import searchPagefindPlugin from './plugins/search-pagefind';
import localized404Plugin from './plugins/localized-404';
import docLanguagesPlugin from './plugins/doc-languages';
import markdownTwinsPlugin from './plugins/markdown-twins';
import printLightPlugin from './plugins/print-light';
import {SHARED_RESPONSIBILITIES_ALIASES, SHARED_RESPONSIBILITIES_PATH} from './src/data/responsibilities/pages';
import {CONTACT_SALES_URL} from './src/data/siteLinks';
import type {ContentSet} from './plugins/export-pipeline/contentSets';
import {CONTENT_SETS, EXTERNAL_HOSTS, i18n, STATIC_DIRS, ZILLIZ_DOCS} from './content.config';
import {LOCALES, localePrefix} from './src/i18n/locales';
import {exportPreprocessor} from './plugins/export-pipeline/mdxFallback';
import {exportFrontMatterParser} from './plugins/export-pipeline/exportFrontMatter';
import exportedTables from './plugins/export-pipeline/exportedTables';
import exportedLinks from './plugins/export-pipeline/exportedLinks';
import knownComponents from './plugins/export-pipeline/knownComponents';
import chineseSpacing from './plugins/export-pipeline/chineseSpacing';
import exportedEntities from './plugins/export-pipeline/exportedEntities';
import exportedDemos from './plugins/export-pipeline/exportedDemos';
import remarkCjkFriendly from 'remark-cjk-friendly';
import {GLOBAL_MDX_COMPONENTS} from './src/theme/mdxComponentNames';
import {withContrast} from './src/prism/contrast';
import {getVcsPreset} from '@docusaurus/utils';
import {pageDatesVcs} from './plugins/page-dates/pageDatesVcs';
import {matrixDependency} from './plugins/page-dates/matrixDependency';
import {PUBLISHED_BRANCH, repositoryUrlFromEnv} from './scripts/lib/repository';
import {baseUrlFromEnv, siteUrlFromEnv} from './scripts/lib/siteAddress';

// Runs in Node.js at build time.

// A custom domain (`BASE_URL=/`) or a GitHub project page (`BASE_URL=/<repo>/`): scripts/lib/siteAddress.ts.
const baseUrl = baseUrlFromEnv(process.env.BASE_URL);

/** The source repository (scripts/lib/repository.ts): "Edit this page" and "Report a problem" lead there. */
const repositoryUrl = repositoryUrlFromEnv(process.env);

/**
 * The docs' "Edit this page" link (each locale's own file: i18n/<locale>/… for a translation, docs/… for Chinese
 * and for a page not translated yet) and "Last updated" date (plugins/page-dates), for every docs instance.
 */
const editAndDates = {
  editUrl: repositoryUrl && `${repositoryUrl}/edit/${PUBLISHED_BRANCH}/`,
  editLocalizedFiles: true,
  showLastUpdateTime: true,
};

/**
 * Each locale's base URL stated rather than inferred: `npm run build`
 * (scripts/build.ts) builds one locale per process, and Docusaurus drops the
 * locale segment from every locale's URL when `--locale` names one locale.
 */
const localeConfigs = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    {...i18n.localeConfigs[locale], baseUrl: `${baseUrl}${localePrefix(locale).slice(1)}`},
  ]),
);

/**
 * A remark plugin with its options bound in. Docusaurus copies the site config,
 * plugin options included, into every page's JavaScript; options bound in a
 * function stay in the build (they hold the build machine's paths, too).
 */
function withOptions<Options>(plugin: (this: unknown, options: Options) => unknown, options: Options) {
  return function remarkPluginWithOptions(this: unknown) {
    return plugin.call(this, options);
  };
}

/**
 * Pages exported by the docs team's editor build unchanged: the remark plugins
 * in plugins/export-pipeline check their components, resolve their links and images, fix
 * their tables, decode the character references the export escapes and space
 * their Chinese text, once for every page. (Heading ids
 * and front matter are handled before MDX parses a page: `markdown` below.)
 */
const exportPipeline = (set: ContentSet) => ({
  beforeDefaultRemarkPlugins: [
    withOptions(knownComponents, {siteDir: __dirname, globals: GLOBAL_MDX_COMPONENTS}),
    withOptions(exportedLinks, {
      siteDir: __dirname,
      set,
      sets: CONTENT_SETS,
      zillizDocs: ZILLIZ_DOCS,
      staticDirs: STATIC_DIRS,
      imageHosts: EXTERNAL_HOSTS.images,
    }),
    exportedTables,
    exportedEntities,
    exportedDemos,
    withOptions(chineseSpacing, {siteDir: __dirname, sets: CONTENT_SETS}),
  ],
  // Emphasis next to Chinese or Japanese punctuation (`**资源限制：**在`), which CommonMark's rules miss.
  remarkPlugins: [remarkCjkFriendly],
});

const testCorpus: PluginConfig[] = CONTENT_SETS.filter((set) => set.id !== 'default').map((set) => [
  '@docusaurus/plugin-content-docs',
  {
    id: set.id,
    path: set.path,
    routeBasePath: set.routeBasePath,
    sidebarPath: set.sidebarPath,
    ...exportPipeline(set),
    ...editAndDates,
  },
]);

const config: Config = {
  title: 'Zilliz Cloud BYOC',
  tagline: 'Zilliz Cloud BYOC 文档',
  favicon: 'img/favicon.svg',

  future: {
    v4: true,
    faster: true,
    // When each page last changed, from git: a page that shows the matrix is never older than the matrix.
    // Docusaurus' one-`git log`-per-file reader: its eager reader misses the files a merge commit brought in.
    experimental_vcs: pageDatesVcs({
      siteDir: __dirname,
      base: getVcsPreset('default-v1'),
      dependencies: [matrixDependency],
    }),
  },

  url: siteUrlFromEnv(process.env.SITE_URL),
  baseUrl,
  // GitHub Pages serves /a from a.html: no trailing slashes, no redirects.
  trailingSlash: false,

  organizationName: 'zilliztech',
  projectName: 'byoc-docs',

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  staticDirectories: STATIC_DIRS,
  markdown: {
    // Heading ids in every form the export writes, and a page MDX cannot parse shown as its source:
    // see plugins/export-pipeline/exportHeadingIds.ts and plugins/export-pipeline/mdxFallback.ts.
    preprocessor: exportPreprocessor(__dirname, CONTENT_SETS),
    parseFrontMatter: exportFrontMatterParser(__dirname, CONTENT_SETS),
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  i18n: {...i18n, localeConfigs},

  customFields: {repositoryUrl: repositoryUrl ?? null},

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          sidebarPath: CONTENT_SETS[0]!.sidebarPath,
          ...exportPipeline(CONTENT_SETS[0]!),
          ...editAndDates,
        },
        blog: false,
        // Each locale's sitemap, its dates those of the pages; npm run build adds the other locales' addresses
        // of each page and the index of every locale's sitemap (scripts/sitemaps).
        sitemap: {lastmod: 'date', changefreq: null, priority: null},
        theme: {
          customCss: './src/css/custom.css',
        },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    responsibilityMatrixPlugin,
    leanBundlePlugin,
    // Paper is always light: the dark theme's variables apply on screens only.
    printLightPlugin,
    localized404Plugin,
    // Which docs each locale shows in another language, for the sidebar's language marks.
    docLanguagesPlugin,
    // The search index of each locale (Pagefind), with each matrix task as its own hit.
    // The test corpus (built only for tests) is not documentation.
    [searchPagefindPlugin, {ignore: [/^corpus\//]}],
    // Each doc's Markdown twin beside it (`/en/a.md`), and each locale's llms.txt and llms-full.txt.
    markdownTwinsPlugin,
    ...testCorpus,
    [
      // Old or short paths the console may already use. Written per locale; the
      // redirect page keeps the query (?party=) and the hash (#task-id).
      '@docusaurus/plugin-client-redirects',
      {
        redirects: SHARED_RESPONSIBILITIES_ALIASES.map((from) => ({from, to: SHARED_RESPONSIBILITIES_PATH})),
      },
    ],
  ],

  themeConfig: {
    image: 'img/social-card.jpg',
    metadata: [
      {name: 'twitter:card', content: 'summary_large_image'},
      {property: 'og:site_name', content: 'Zilliz Cloud BYOC'},
    ],
    colorMode: {
      respectPrefersColorScheme: true,
    },
    docs: {
      sidebar: {hideable: true},
    },
    navbar: {
      title: 'Zilliz Cloud BYOC',
      logo: {
        // Decorative: the title next to it already names the site.
        alt: '',
        src: 'img/logo.svg',
        width: 32,
        height: 32,
      },
      items: [
        {
          type: 'docSidebar',
          sidebarId: 'byocSidebar',
          position: 'left',
          label: '文档',
        },
        {
          type: 'localeDropdown',
          position: 'right',
        },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'BYOC',
          items: [
            {label: '概览', to: '/'},
            {label: '共同责任', to: SHARED_RESPONSIBILITIES_PATH},
          ],
        },
        {
          title: 'Zilliz',
          items: [
            {label: 'Zilliz Cloud', href: 'https://zilliz.com/cloud'},
            {label: '联系销售', href: CONTACT_SALES_URL},
          ],
        },
      ],
      copyright: `Copyright © ${new Date().getFullYear()} Zilliz`,
    },
    prism: {
      // Adjusted to WCAG AA contrast on their own backgrounds (src/prism/contrast.ts).
      theme: withContrast(prismThemes.github),
      darkTheme: withContrast(prismThemes.dracula),
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
