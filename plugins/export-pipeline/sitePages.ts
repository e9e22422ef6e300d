import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {localeDir, oneLocaleLanguage, type ContentSet} from './contentSets';

/** A page file of a content set, in one of its locale folders. */
export interface SitePage {
  locale: string;
  /** Path relative to the site. */
  file: string;
  /** The page's name across locales: its path in the locale folder without extension or one-locale tag. */
  key: string;
  /** The URL path under the set's route base, without slashes: `shared-responsibilities`. */
  slug: string;
  /** The front matter's `slug`, as written (undefined when the file name is the slug). */
  frontMatterSlug?: string;
}

const PAGE = /\.mdx?$/;

/** Page files under a folder, relative to it; `_partials` are not pages. */
export function pageFiles(root: string, dir: string): string[] {
  const full = path.join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full, {recursive: true, encoding: 'utf8'})
    .filter((f) => PAGE.test(f) && !f.split(path.sep).some((part) => part.startsWith('_')))
    .sort();
}

/** The `slug:` of a page's front matter, read without a YAML parser (this runs for every link of every page). */
export function frontMatterSlug(source: string): string | undefined {
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1];
  const value = block && /^slug:\s*(.+?)\s*$/m.exec(block)?.[1];
  return value ? value.replace(/^["']|["']$/g, '') : undefined;
}

/** `aws/vpc.en.mdx` → `aws/vpc`: what names one page in every locale folder. */
export function pageKey(rel: string, locales: readonly string[]): string {
  const language = oneLocaleLanguage(rel, locales);
  return rel.replace(PAGE, '').replace(language ? new RegExp(`\\.${language.replace(/-/g, '\\-')}$`) : /$^/, '');
}

export function slugOfFile(
  rel: string,
  locales: readonly string[],
  source: string,
): {slug: string; frontMatterSlug?: string} {
  const fm = frontMatterSlug(source);
  if (fm) return {slug: fm.replace(/^\/+|\/+$/g, ''), frontMatterSlug: fm};
  return {
    slug: pageKey(rel, locales)
      .split(path.sep)
      .join('/')
      .replace(/(^|\/)index$/, ''),
  };
}

/** Every page of a content set in every locale folder. */
export function sitePages(root: string, set: ContentSet): SitePage[] {
  return set.locales.flatMap((locale) => {
    const dir = localeDir(set, locale);
    return pageFiles(root, dir).map((rel) => {
      const file = path.join(dir, rel);
      return {
        locale,
        file,
        key: pageKey(rel, set.locales),
        ...slugOfFile(rel, set.locales, readFileSync(path.join(root, file), 'utf8')),
      };
    });
  });
}

const slugsPerBuild = new Map<string, ReadonlySet<string>>();

/**
 * The slugs of every page of a set, which links are checked against. A build
 * (`docusaurus build` sets NODE_ENV to production) compiles every page
 * against files that do not change while it runs, so it reads them once per
 * set instead of once per link. The dev server (which recompiles a page as
 * it is edited) and the checks read them for each page, so a page added in
 * the meantime is found.
 */
export function siteSlugs(root: string, set: ContentSet): ReadonlySet<string> {
  const read = () => new Set(sitePages(root, set).map((p) => p.slug));
  if (process.env.NODE_ENV !== 'production') return read();
  const key = `${path.resolve(root)}\n${set.id}`;
  const slugs = slugsPerBuild.get(key) ?? read();
  slugsPerBuild.set(key, slugs);
  return slugs;
}
