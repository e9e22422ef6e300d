import {themes as prismThemes} from 'prism-react-renderer';
import type {Config, PluginConfig} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import responsibilityMatrixPlugin from './plugins/responsibility-matrix';
import leanBundlePlugin from './plugins/lean-bundle';
import searchLocalPlugin from './plugins/search-local';
import localized404Plugin from './plugins/localized-404';
import {DEFAULT_LOCALE, LOCALES, LOCALE_SETTINGS} from './src/i18n/locales';
import {SHARED_RESPONSIBILITIES_ALIASES, SHARED_RESPONSIBILITIES_PATH} from './src/data/responsibilities/pages';
import exportHeadingIds from './src/remark/exportHeadingIds';
import exportedTables from './src/remark/exportedTables';

// Runs in Node.js at build time.

/**
 * The same build serves a custom domain (`BASE_URL=/`) or a GitHub project page
 * (`BASE_URL=/<repo>/`). Docusaurus insists on the slashes around baseUrl.
 */
function baseUrlFromEnv(value = '/'): string {
  const trimmed = value.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * Pages exported by the docs team's editor build unchanged: the remark plugins
 * in src/remark fix their tables and empty `\{#}` heading ids once for all.
 * Each pair is a folder of Chinese pages and its English counterpart.
 */
const exportPipeline = (pairs: [string, string][]) => ({
  beforeDefaultRemarkPlugins: [[exportHeadingIds, {siteDir: __dirname, pairs}], exportedTables],
});

/**
 * Pages in the export format written for the tests (test/corpus, English in
 * i18n/en/docusaurus-plugin-content-docs-corpus): built only when asked, at /corpus/.
 */
const testCorpus: PluginConfig[] =
  process.env.DOCS_TEST_CORPUS === '1'
    ? [
        [
          '@docusaurus/plugin-content-docs',
          {
            id: 'corpus',
            path: 'test/corpus',
            routeBasePath: 'corpus',
            sidebarPath: false,
            ...exportPipeline([['test/corpus', 'i18n/en/docusaurus-plugin-content-docs-corpus/current']]),
          },
        ],
      ]
    : [];

const config: Config = {
  title: 'Zilliz Cloud BYOC',
  tagline: 'Zilliz Cloud BYOC 文档',
  favicon: 'img/favicon.svg',

  future: {
    v4: true,
    faster: true,
  },

  url: process.env.SITE_URL ?? 'https://zilliztech.github.io',
  baseUrl: baseUrlFromEnv(process.env.BASE_URL),
  // GitHub Pages serves /a from a.html: no trailing slashes, no redirects.
  trailingSlash: false,

  organizationName: 'zilliztech',
  projectName: 'byoc-docs',

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  i18n: {
    defaultLocale: DEFAULT_LOCALE,
    locales: [...LOCALES],
    localeConfigs: Object.fromEntries(
      LOCALES.map((locale) => [locale, {label: LOCALE_SETTINGS[locale].label, htmlLang: LOCALE_SETTINGS[locale].htmlLang}]),
    ),
  },

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          ...exportPipeline([['docs', 'i18n/en/docusaurus-plugin-content-docs/current']]),
        },
        blog: false,
        theme: {
          customCss: './src/css/custom.css',
        },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    responsibilityMatrixPlugin,
    leanBundlePlugin,
    localized404Plugin,
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

  themes: [
    [
      // Offline search: the index is built with the site, nothing is fetched from elsewhere.
      // The wrapper indexes each matrix task as its own hit (plugins/search-local).
      searchLocalPlugin,
      {
        hashed: true,
        language: [...new Set(LOCALES.map((locale) => LOCALE_SETTINGS[locale].searchLanguage))],
        indexBlog: false,
        docsRouteBasePath: '/',
        highlightSearchTermsOnTargetPage: false,
        explicitSearchResultPath: true,
        // The test corpus (built only for tests) is not documentation.
        ignoreFiles: [/^corpus\//],
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
            {label: '联系销售', href: 'https://zilliz.com/contact-sales'},
          ],
        },
      ],
      copyright: `Copyright © ${new Date().getFullYear()} Zilliz`,
    },
    prism: {
      theme: prismThemes.github,
      darkTheme: prismThemes.dracula,
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
