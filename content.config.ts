import type {Config} from '@docusaurus/types';
import type {ContentSet} from './plugins/export-pipeline/contentSets';
import type {ZillizDocs} from './plugins/export-pipeline/exportedLinks';
import sidebars from './sidebars';
import corpusSidebars from './test/corpusSidebars';
import {DEFAULT_LOCALE, LOCALES, LOCALE_SETTINGS, type Locale} from './src/i18n/locales';
import {SUPADEMO_ORIGIN} from './src/components/Supademo/origin';
import type {PolicyHosts} from './scripts/content-security-policy/policy';

/**
 * The site's Docusaurus i18n settings (from src/i18n/locales.ts), the Zilliz
 * docs site per locale and where exported pages live: read by
 * docusaurus.config.ts, the content check and the page import, so each fact
 * is stated once. (Docusaurus rejects extra exports from its own config file.)
 */
export const i18n = {
  defaultLocale: DEFAULT_LOCALE,
  locales: [...LOCALES] as string[],
  localeConfigs: Object.fromEntries(
    LOCALES.map((locale) => [
      locale,
      {label: LOCALE_SETTINGS[locale].label, htmlLang: LOCALE_SETTINGS[locale].htmlLang},
    ]),
  ),
} satisfies Config['i18n'];

/**
 * The Zilliz docs site in each locale's language, and the sections it has:
 * exported pages link to Zilliz docs pages this site does not carry (guides
 * under `/docs/`, the API and SDK reference under `/reference/`, with or
 * without a language prefix such as `/ja-JP/`), and those links go to that
 * site in the reader's language (plugins/export-pipeline/exportedLinks.ts).
 */
export const ZILLIZ_DOCS: ZillizDocs = {
  sites: {
    'zh-Hans': 'https://docs.zilliz.com.cn/',
    en: 'https://docs.zilliz.com/',
    ja: 'https://docs.zilliz.com/ja-JP/',
  },
  sections: ['docs', 'reference'],
};

/**
 * The locale whose heading ids a page uses in every locale when its exports
 * disagree: other sites and the Zilliz console link to the English anchors.
 */
export const HEADING_ID_LOCALE: Locale = 'en';

/**
 * Hosts beyond the site that pages load from, and nothing else: the
 * content-security policy of every page allows exactly these
 * (scripts/content-security-policy/README.md). Images: Zilliz's image hosts, which exported
 * pages link to; frames: the demo host, framed once a reader opens a demo.
 */
export const EXTERNAL_HOSTS: PolicyHosts = {
  // Zilliz's asset host and the image buckets of the Chinese and the English exports.
  images: [
    'https://assets.zilliz.com',
    'https://zdoc-images.oss-cn-hangzhou.aliyuncs.com',
    'https://zdoc-images.s3.us-west-2.amazonaws.com',
  ],
  frames: [SUPADEMO_ORIGIN],
};

const testCorpusEnabled = process.env.DOCS_TEST_CORPUS === '1';

/** Docs-plugin instances whose pages are editor exports, with their folders per locale (plugins/export-pipeline/contentSets.ts). */
const contentSet = (
  id: string,
  path: string,
  routeBasePath: string,
  staticDir: string,
  sidebarPath: string,
  sidebarIds: readonly string[],
): ContentSet => ({
  id,
  path,
  routeBasePath,
  staticDir,
  sidebarPath,
  locales: i18n.locales,
  defaultLocale: i18n.defaultLocale,
  headingIdLocale: HEADING_ID_LOCALE,
  sidebarIds,
});
/** Every set of exported pages: the site's docs and the test corpus (checked by `npm run check:content`). */
export const ALL_CONTENT_SETS: ContentSet[] = [
  contentSet('default', 'docs', '', 'static', './sidebars.ts', Object.keys(sidebars)),
  // Pages in the export format written for the tests: built only when asked, at /corpus/, with a sidebar made from their folders.
  contentSet('corpus', 'test/corpus', 'corpus', 'test/static', './test/corpusSidebars.ts', Object.keys(corpusSidebars)),
];
/** The sets this build builds. */
export const CONTENT_SETS: ContentSet[] = ALL_CONTENT_SETS.filter((set) => set.id === 'default' || testCorpusEnabled);
/** Folders served at the site root (the test corpus' images only in the test build). */
export const ALL_STATIC_DIRS: string[] = ALL_CONTENT_SETS.map((set) => set.staticDir);
export const STATIC_DIRS: string[] = CONTENT_SETS.map((set) => set.staticDir);
