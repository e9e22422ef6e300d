import path from 'node:path';

/**
 * One docs-plugin instance: the folder of its default-locale pages and, by
 * Docusaurus' convention, one folder per other locale under i18n/. Everything
 * that pairs pages across locales (heading ids, links, the content check, the
 * import) reads folders from here.
 */
export interface ContentSet {
  /** The docs plugin id ('default' for the preset's docs). */
  id: string;
  /** Folder of the default locale's pages, relative to the site. */
  path: string;
  /** Where the pages are served, without slashes ('' for the site root). */
  routeBasePath: string;
  locales: readonly string[];
  defaultLocale: string;
  /** Folder (relative to the site) served at the site root, where the set's images go. */
  staticDir: string;
  /** The locale whose heading ids win where a page's locales disagree. */
  headingIdLocale: string;
  /** The docs plugin's sidebars file, relative to the site. */
  sidebarPath: string;
  /** The sidebars of the docs plugin: a page's `displayed_sidebar` must name one of them. */
  sidebarIds: readonly string[];
}

/** The folder (relative to the site) of a content set's pages in one locale. */
export function localeDir(set: ContentSet, locale: string): string {
  if (locale === set.defaultLocale) return set.path;
  const plugin = set.id === 'default' ? 'docusaurus-plugin-content-docs' : `docusaurus-plugin-content-docs-${set.id}`;
  return path.join('i18n', locale, plugin, 'current');
}

/**
 * A page that exists in one locale only lives in the default-locale folder
 * (Docusaurus lists pages from there) with its language before the extension:
 * `docs/aws-vpc.en.mdx`. Returns that language, or undefined.
 */
export function oneLocaleLanguage(file: string, locales: readonly string[]): string | undefined {
  const tag = /\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)?)\.mdx?$/.exec(file)?.[1];
  return tag && locales.includes(tag) ? tag : undefined;
}

export interface PageLocation {
  set: ContentSet;
  /** The locale whose folder holds the file. */
  folderLocale: string;
  /** The language the page is written in. */
  language: string;
  /** Path inside the locale folder, e.g. `aws-vpc.en.mdx`. */
  rel: string;
}

/** Which content set, locale folder and language a page file belongs to (undefined outside every set). */
export function locatePage(siteDir: string, file: string, sets: readonly ContentSet[]): PageLocation | undefined {
  const rel = path.relative(siteDir, file);
  for (const set of sets)
    for (const locale of set.locales) {
      const dir = localeDir(set, locale) + path.sep;
      if (rel.startsWith(dir)) {
        const inner = rel.slice(dir.length);
        // Only the default folder holds one-locale pages; elsewhere a file is in its folder's language.
        const language = locale === set.defaultLocale ? (oneLocaleLanguage(inner, set.locales) ?? locale) : locale;
        return {set, folderLocale: locale, language, rel: inner};
      }
    }
  return undefined;
}

/** The same page in the set's other locale folders (absolute paths, whether they exist or not). */
export function counterparts(siteDir: string, where: PageLocation): {locale: string; file: string}[] {
  return where.set.locales
    .filter((l) => l !== where.folderLocale)
    .map((locale) => ({locale, file: path.join(siteDir, localeDir(where.set, locale), where.rel)}));
}
