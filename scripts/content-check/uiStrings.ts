import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {extractAllSourceCodeFileTranslations, getBabelOptions, getCustomBabelConfigFilePath} from '@docusaurus/babel';
import {
  CODE_TRANSLATIONS_FILE_NAME,
  DEFAULT_I18N_DIR_NAME,
  getPluginI18nPath,
  globTranslatableSourceFiles,
} from '@docusaurus/utils';
import type {ThemeConfig} from '@docusaurus/theme-common';
import type {Config} from '@docusaurus/types';
// Not in the package's index: the theme's own function that lists the navbar and footer strings write-translations writes.
import {getTranslationFiles as themeClassicTranslationFiles} from '@docusaurus/theme-classic/lib/translations';
import type {Problem} from './index';

export interface UiStringsOptions {
  root: string;
  /** The locales whose translations must be complete (every locale but the default, whose text is the source). */
  locales: readonly string[];
  /** The site's themeConfig: the navbar and footer labels that docusaurus-theme-classic/*.json translate. */
  themeConfig: Config['themeConfig'];
  /** Folders of UI code whose translate()/<Translate> calls need a translation (default: src). */
  sourceDirs?: readonly string[];
}

/**
 * UI strings that read the same in every language (product names, formats): a translation equal to its
 * Chinese source message is an untranslated string, unless it is one of these.
 */
export const SAME_IN_EVERY_LOCALE: ReadonlySet<string> = new Set([
  'BYOC',
  'JSON',
  'Zilliz',
  'Zilliz Cloud',
  'Zilliz Cloud BYOC',
  // A party and its mark in a row's report, with the full-width colon Chinese and Japanese share.
  '{party}：{mark}',
  // The footer's copyright line, as docusaurus.config.ts writes it.
  `Copyright © ${new Date().getFullYear()} Zilliz`,
]);

/** A string id the site's code or theme config uses, and where its default (Chinese) text comes from. */
interface UiString {
  id: string;
  /** The translation file it belongs in, relative to i18n/<locale>/. */
  file: string;
  message: string;
  source: string;
}

/** The ids `docusaurus write-translations` would write to code.json, found by Docusaurus' own extractor. */
async function codeStrings(root: string, sourceDirs: readonly string[]): Promise<UiString[]> {
  const files = await globTranslatableSourceFiles(sourceDirs.map((d) => path.join(root, d)));
  const babelOptions = getBabelOptions({isServer: true, babelOptions: await getCustomBabelConfigFilePath(root)});
  const extracted = await extractAllSourceCodeFileTranslations(files, babelOptions);
  return extracted.flatMap(({sourceCodeFilePath, translations}) =>
    Object.entries(translations).map(([id, {message}]) => ({
      id,
      file: CODE_TRANSLATIONS_FILE_NAME,
      message,
      source: path.relative(root, sourceCodeFilePath),
    })),
  );
}

function themeStrings(themeConfig: Config['themeConfig']): UiString[] {
  // Docusaurus fills in the defaults (an empty navbar) before the theme reads its config; so does this.
  const partial = (themeConfig ?? {}) as Partial<ThemeConfig>;
  const withNavbar = {...partial, navbar: {...partial.navbar, items: partial.navbar?.items ?? []}} as ThemeConfig;
  return themeClassicTranslationFiles({themeConfig: withNavbar}).flatMap(({path: name, content}) =>
    Object.entries(content).map(([id, {message}]) => ({
      id,
      file: getPluginI18nPath({
        localizationDir: '',
        pluginName: 'docusaurus-theme-classic',
        subPaths: [`${name}.json`],
      }),
      message,
      source: 'docusaurus.config.ts (themeConfig)',
    })),
  );
}

/**
 * Every UI string of the site's code (translate(), <Translate>) and of the navbar and footer must have an entry
 * in each translated locale's file, or that locale's pages show the Chinese default: one error per missing id,
 * naming the id and the file.
 */
export async function checkUiStrings({
  root,
  locales,
  themeConfig,
  sourceDirs = ['src'],
}: UiStringsOptions): Promise<Problem[]> {
  const strings = [...(await codeStrings(root, sourceDirs)), ...themeStrings(themeConfig)];
  const problems: Problem[] = [];
  const files = [...new Set(strings.map((s) => s.file))];
  for (const locale of locales)
    for (const file of files) {
      const rel = path.join(DEFAULT_I18N_DIR_NAME, locale, file);
      const full = path.join(root, rel);
      const have = existsSync(full)
        ? (JSON.parse(readFileSync(full, 'utf8')) as Record<string, {message?: unknown} | undefined>)
        : {};
      for (const s of strings) {
        if (s.file !== file) continue;
        if (!Object.hasOwn(have, s.id))
          problems.push({
            where: rel,
            severity: 'error',
            message: `UI string "${s.id}" (${s.source}: "${s.message}") has no ${locale} translation in ${rel}, so ${locale} pages show it untranslated: run npm run write-translations -- --locale ${locale}, then translate it`,
          });
        else if (have[s.id]?.message === s.message && !SAME_IN_EVERY_LOCALE.has(s.message))
          problems.push({
            where: rel,
            severity: 'error',
            message: `UI string "${s.id}" (${s.source}) is still its Chinese source "${s.message}" in ${rel}, so ${locale} pages show it untranslated: translate it (a name that reads the same in every language belongs in SAME_IN_EVERY_LOCALE, scripts/content-check/uiStrings.ts)`,
          });
      }
    }
  return problems;
}
