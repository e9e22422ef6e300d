import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {consoleLinks} from '../../src/data/responsibilities/consoleLinks';
import {matrixToCsv, matrixToJson} from '../../src/data/responsibilities/exports';
import {exportFileName} from '../../src/data/responsibilities/pages';
import {partyFilterBootScript, partyFilterCss} from '../../src/data/responsibilities/partyFilter';
import {
  sharedResponsibilities,
  SHARED_RESPONSIBILITIES_FILE,
} from '../../src/data/responsibilities/sharedResponsibilities';
import {type Matrix} from '../../src/data/responsibilities/types';
import {DEFAULT_LOCALE} from '../../src/i18n/locales';
import {isLocale} from '../../src/i18n/locales';
import {formatMatrixProblems, validateMatrix} from './validate';

export interface ResponsibilityMatrixOptions {
  /** The data to validate and publish; the site's own by default (tests pass others). */
  matrix?: Matrix;
}

/**
 * The matrix at build time: fails the build early, with every problem listed,
 * when the data is wrong for the site's locales; then writes what the built
 * site publishes beside its pages.
 */
export default function responsibilityMatrixPlugin(context: LoadContext, options?: unknown): Plugin {
  const {matrix = sharedResponsibilities} = (options ?? {}) as ResponsibilityMatrixOptions;
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
    getClientModules() {
      return [path.join(__dirname, 'partyFilterClient.ts'), path.join(__dirname, 'retiredIds.ts')];
    },
    async loadContent() {
      const problems = validateMatrix(matrix, SHARED_RESPONSIBILITIES_FILE, context.i18n.locales);
      if (problems.length > 0) throw new Error(formatMatrixProblems(problems));
    },
    async postBuild({outDir, i18n, siteConfig}) {
      const locale = i18n.currentLocale;
      if (!isLocale(locale)) throw new Error(`${SHARED_RESPONSIBILITIES_FILE}: no labels for locale "${locale}"`);
      // Next to the page: /shared-responsibilities.zh-Hans.json, /en/shared-responsibilities.en.csv…
      await writeFile(
        path.join(outDir, exportFileName(locale, 'json')),
        `${JSON.stringify(matrixToJson(matrix, locale), null, 2)}\n`,
      );
      await writeFile(path.join(outDir, exportFileName(locale, 'csv')), matrixToCsv(matrix, locale));
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
