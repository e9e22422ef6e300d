import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {consoleLinks} from '../../src/data/responsibilities/consoleLinks';
import {matrixToCsv, matrixToJson} from '../../src/data/responsibilities/exports';
import {exportFileName, SHARED_RESPONSIBILITIES_PATH} from '../../src/data/responsibilities/pages';
import {changeFeed} from '../../src/data/responsibilities/changeFeed';
import {changeLog as siteChangeLog} from '../../src/data/responsibilities/changeLog';
import {type ChangeLog} from '../../src/data/responsibilities/changes';
import {partyFilterBootScript, partyFilterCss} from '../../src/data/responsibilities/partyFilter';
import {
  sharedResponsibilities,
  SHARED_RESPONSIBILITIES_FILE,
} from '../../src/data/responsibilities/sharedResponsibilities';
import {type Matrix} from '../../src/data/responsibilities/types';
import {DEFAULT_LOCALE} from '../../src/i18n/locales';
import {isLocale, type Locale} from '../../src/i18n/locales';
import {formatMatrixProblems, validateMatrix} from './validate';
import {localeDataModule} from './localeData';

/** The change log's words, one file per locale. */
const WORDS_DIR = path.join(__dirname, '../../src/data/responsibilities/changeWords');
/** The matrix data as components import it (src/data/responsibilities/model.ts). */
const DATA_MODULE = path.join(__dirname, '../../src/data/responsibilities/sharedResponsibilities');

export interface ResponsibilityMatrixOptions {
  /** The data to validate and publish; the site's own by default (tests pass others). */
  matrix?: Matrix;
  /** Its change log; the site's own by default. */
  changeLog?: ChangeLog;
}

/**
 * The matrix at build time: fails the build early, with every problem listed,
 * when the data is wrong for the site's locales; then writes what the built
 * site publishes beside its pages.
 */
export default function responsibilityMatrixPlugin(context: LoadContext, options?: unknown): Plugin {
  const {matrix = sharedResponsibilities, changeLog = siteChangeLog} = (options ?? {}) as ResponsibilityMatrixOptions;
  /** The locale being built, which must be one the data has labels for. */
  const dataLocale = (locale: string): Locale => {
    if (!isLocale(locale)) throw new Error(`${SHARED_RESPONSIBILITIES_FILE}: no labels for locale "${locale}"`);
    return locale;
  };
  const localeDataFile = (locale: string) =>
    path.join(context.generatedFilesDir, 'responsibility-matrix', `sharedResponsibilities.${locale}.js`);
  return {
    name: 'responsibility-matrix',
    injectHtmlTags() {
      // Before the body is parsed: a link with ?party= shows the filtered rows
      // from the first paint, so the browser scrolls to #id in the final layout.
      return {
        headTags: [
          {tagName: 'style', innerHTML: partyFilterCss()},
          {tagName: 'script', innerHTML: partyFilterBootScript()},
        ],
      };
    },
    configureWebpack() {
      // A page carries one language: the matrix's texts in the locale being built (written by loadContent), and
      // the change log's words of that locale instead of the default locale's, which components import.
      const locale = context.i18n.currentLocale;
      const alias: Record<string, string> = {[`${DATA_MODULE}$`]: localeDataFile(locale)};
      if (locale !== DEFAULT_LOCALE)
        alias[`${path.join(WORDS_DIR, DEFAULT_LOCALE)}$`] = path.join(WORDS_DIR, `${locale}.ts`);
      return {resolve: {alias}};
    },
    getClientModules() {
      return [path.join(__dirname, 'partyFilterClient.ts'), path.join(__dirname, 'retiredIds.ts')];
    },
    async loadContent() {
      const problems = validateMatrix(matrix, SHARED_RESPONSIBILITIES_FILE, context.i18n.locales);
      if (problems.length > 0) throw new Error(formatMatrixProblems(problems));
      const locale = dataLocale(context.i18n.currentLocale);
      await mkdir(path.dirname(localeDataFile(locale)), {recursive: true});
      await writeFile(localeDataFile(locale), localeDataModule(matrix, locale, SHARED_RESPONSIBILITIES_FILE));
    },
    async postBuild({outDir, i18n, siteConfig, baseUrl}) {
      const locale = dataLocale(i18n.currentLocale);
      // Next to the page: /shared-responsibilities.zh-Hans.json, /en/shared-responsibilities.en.csv…
      await writeFile(
        path.join(outDir, exportFileName(locale, 'json')),
        `${JSON.stringify(matrixToJson(matrix, changeLog, locale), null, 2)}\n`,
      );
      await writeFile(path.join(outDir, exportFileName(locale, 'csv')), matrixToCsv(matrix, changeLog, locale));
      // The feed's links are absolute (feed readers open them outside the site): baseUrl is the locale's.
      const inLocale = (p: string) => `${siteConfig.url}${baseUrl}${p.slice(1)}`;
      await writeFile(
        path.join(outDir, exportFileName(locale, 'atom')),
        changeFeed({
          matrix,
          log: changeLog,
          locale,
          pageUrl: inLocale(SHARED_RESPONSIBILITIES_PATH),
          feedUrl: inLocale(`/${exportFileName(locale, 'atom')}`),
        }),
      );
      if (locale !== DEFAULT_LOCALE) return;

      // Site-wide files live once, at the root of the site.
      const site = `${siteConfig.url}${siteConfig.baseUrl}`;
      await writeFile(
        path.join(outDir, 'console-links.json'),
        `${JSON.stringify({site, ...consoleLinks(matrix)}, null, 2)}\n`,
      );
    },
  };
}
