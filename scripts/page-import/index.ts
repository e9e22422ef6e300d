import {createHash} from 'node:crypto';
import {copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {localeDir, oneLocaleLanguage, type ContentSet} from '../../plugins/export-pipeline/contentSets';
import {frontMatterSlug, sitePages, slugOfFile} from '../../plugins/export-pipeline/sitePages';
import {
  CATEGORY_FILE,
  categoryLabelKey,
  folderPages,
  indexPage,
  localDocId,
  pageFolders,
  readCategoryFile,
  sidebarTranslationFile,
  type CategoryFile,
} from './categories';

/**
 * `npm run import:pages -- --locale <locale> <folder>`: drops a folder of one
 * locale's exported pages into the site, where Docusaurus expects them:
 *
 * - a page in the default locale goes to the set's folder (`docs/<name>.mdx`);
 * - a translation goes to `i18n/<locale>/…/<name>.mdx` when the default-locale
 *   page exists;
 * - a page with no default-locale version becomes a one-locale page,
 *   `docs/<name>.<locale>.mdx` (Docusaurus lists pages from the default
 *   folder only); when the default-locale export arrives later, the
 *   one-locale file moves to its locale's folder;
 * - images the pages reference by site path (`/byoc/x.png`) are copied from
 *   the folder (`byoc/x.png`) into the static folder;
 * - the folder tree is kept: `networking/dns.mdx` goes to
 *   `docs/networking/dns.mdx` (and its translations' folders), and each
 *   folder becomes a sidebar category, labelled per locale (./categories.ts).
 *
 * It refuses, before writing anything, a page whose slug another page already
 * has (naming both files), and never overwrites a file it did not import or
 * that was edited since: `imported-pages.json` records what it wrote.
 */
export const MANIFEST = 'imported-pages.json';

export interface ManifestEntry {
  /** sha256 of the file as imported. */
  sha256: string;
  locale: string;
}
export type Manifest = Record<string, ManifestEntry>;

export interface ImportOptions {
  root: string;
  set: ContentSet;
  locale: string;
  folder: string;
}

export interface ImportReport {
  added: string[];
  changed: string[];
  unchanged: string[];
  moved: {from: string; to: string}[];
  images: string[];
  /** Category settings and label translations written (`_category_.json`, `current.json`). */
  categories: string[];
  /** Folders with neither an index page nor a label: the sidebar shows their folder name. */
  unlabelled: string[];
  /** Pages of this import that some locale lacks: page → locales. */
  untranslated: {file: string; missing: string[]}[];
  /** Why nothing was written (empty when the import went through). */
  refused: string[];
}

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');
const PAGE = /\.mdx?$/;

function readManifest(root: string): Manifest {
  const file = path.join(root, MANIFEST);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Manifest) : {};
}

/** Site paths of the images a page references: `![x](/byoc/a.png)`. */
export function imagePaths(source: string): string[] {
  return [...source.matchAll(/!\[[^\]]*\]\((\/[^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]!);
}

export function importPages({root, set, locale, folder}: ImportOptions): ImportReport {
  if (!set.locales.includes(locale))
    throw new Error(`unknown locale "${locale}" (this site has: ${set.locales.join(', ')})`);
  if (!existsSync(folder)) throw new Error(`no folder ${folder}`);
  const report: ImportReport = {
    added: [],
    changed: [],
    unchanged: [],
    moved: [],
    images: [],
    categories: [],
    unlabelled: [],
    untranslated: [],
    refused: [],
  };
  const manifest = readManifest(root);
  const defaultDir = localeDir(set, set.defaultLocale);
  const exists = (rel: string) => existsSync(path.join(root, rel));
  const read = (rel: string) => readFileSync(path.join(root, rel), 'utf8');
  /** A file the import may replace: absent, or written by it and not edited since. */
  const mayWrite = (rel: string): string | undefined => {
    if (!exists(rel)) return undefined;
    const entry = manifest[rel];
    if (!entry)
      return `${rel} exists and was not written by import:pages; it is left alone (move or delete it by hand first)`;
    if (entry.sha256 !== sha256(read(rel)))
      return `${rel} was edited by hand since its import; it is left alone (commit or revert the edit, then delete it to re-import)`;
    return undefined;
  };

  const exported = readdirSync(folder, {recursive: true, encoding: 'utf8'})
    .filter((f) => PAGE.test(f))
    .sort();
  const existing = sitePages(root, set);
  const writes: {to: string; text: string; key: string}[] = [];
  const moves: {from: string; to: string}[] = [];
  const slugs = new Map<string, string>();

  for (const name of exported) {
    const text = readFileSync(path.join(folder, name), 'utf8');
    const base = name.replace(PAGE, '');
    const rel = `${base}.mdx`;
    const oneLocale = set.locales.map((l) => `${base}.${l}.mdx`).find((f) => exists(path.join(defaultDir, f)));
    let to: string;
    if (locale === set.defaultLocale) {
      to = path.join(defaultDir, rel);
      if (oneLocale) {
        // The default-locale page arrives for a page that existed in one locale only: that one becomes its translation.
        const original = oneLocaleLanguage(oneLocale, set.locales)!;
        for (const l of set.locales.filter((x) => x !== set.defaultLocale)) {
          const from = l === original ? path.join(defaultDir, oneLocale) : path.join(localeDir(set, l), oneLocale);
          if (!exists(from)) continue;
          const problem = mayWrite(from);
          if (problem) report.refused.push(problem);
          moves.push({from, to: path.join(localeDir(set, l), rel)});
        }
      }
    } else if (exists(path.join(defaultDir, rel))) to = path.join(localeDir(set, locale), rel);
    else if (oneLocale && oneLocale !== `${base}.${locale}.mdx`) to = path.join(localeDir(set, locale), oneLocale);
    else to = path.join(defaultDir, `${base}.${locale}.mdx`);

    const problem = mayWrite(to);
    if (problem) report.refused.push(problem);

    // The slug must not belong to another page (of any locale folder of this set), nor to another page of this batch.
    const {slug} = slugOfFile(name, set.locales, text);
    const clash = existing.find((p) => p.slug === slug && p.key !== base);
    if (clash) report.refused.push(`${path.join(folder, name)}: slug "/${slug}" is already taken by ${clash.file}`);
    const batchClash = slugs.get(slug);
    if (batchClash)
      report.refused.push(
        `${path.join(folder, name)}: slug "/${slug}" is also the slug of ${path.join(folder, batchClash)}`,
      );
    slugs.set(slug, name);
    if (!frontMatterSlug(text))
      report.refused.push(`${path.join(folder, name)}: no slug in its front matter (exports always have one)`);

    writes.push({to, text, key: base});
  }

  // Images referenced by site path, shipped in the folder at the same path.
  const images = new Set(writes.flatMap((w) => imagePaths(w.text)));
  const imageCopies = [...images]
    .map((url) => decodeURI(url).replace(/^\/+/, ''))
    .filter((rel) => existsSync(path.join(folder, rel)))
    .map((rel) => ({from: path.join(folder, rel), to: path.join(set.staticDir, rel)}));

  // Category settings the docs team ships in the tree's folders.
  const folders = pageFolders(exported);
  const shipped = new Map<string, CategoryFile | undefined>();
  for (const f of folders) {
    try {
      shipped.set(f, readCategoryFile(path.join(folder, f, CATEGORY_FILE)));
    } catch (e) {
      report.refused.push((e as Error).message);
    }
  }

  if (report.refused.length > 0) return report;

  for (const m of moves) {
    mkdirSync(path.dirname(path.join(root, m.to)), {recursive: true});
    renameSync(path.join(root, m.from), path.join(root, m.to));
    manifest[m.to] = manifest[m.from]!;
    delete manifest[m.from];
    report.moved.push(m);
  }
  for (const {to, text} of writes) {
    const before = exists(to) ? read(to) : undefined;
    if (before === undefined) report.added.push(to);
    else if (before === text) report.unchanged.push(to);
    else report.changed.push(to);
    mkdirSync(path.dirname(path.join(root, to)), {recursive: true});
    writeFileSync(path.join(root, to), text);
    manifest[to] = {sha256: sha256(text), locale};
  }
  for (const image of imageCopies) {
    mkdirSync(path.dirname(path.join(root, image.to)), {recursive: true});
    copyFileSync(image.from, path.join(root, image.to));
    report.images.push(image.to);
  }
  for (const f of folders) writeCategory(root, set, locale, f, shipped.get(f), report);
  const sorted = Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(path.join(root, MANIFEST), `${JSON.stringify(sorted, null, 2)}\n`);

  // Which locales each imported page still lacks.
  const pages = sitePages(root, set);
  for (const {to, key} of writes) {
    const languages = new Set(
      pages
        .filter((p) => p.key === key)
        .map((p) => (p.locale === set.defaultLocale ? (oneLocaleLanguage(p.file, set.locales) ?? p.locale) : p.locale)),
    );
    const missing = set.locales.filter((l) => !languages.has(l));
    if (missing.length > 0) report.untranslated.push({file: to, missing});
  }
  return report;
}

const writeJson = (file: string, value: unknown) => {
  mkdirSync(path.dirname(file), {recursive: true});
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
};

/**
 * A folder's `_category_.json` (its key, its link to the folder's index page,
 * the settings shipped in the default locale's export) and, for another
 * locale's export that ships a label, that label in the locale's
 * `current.json`. Settings written by hand in `_category_.json` are kept.
 */
function writeCategory(
  root: string,
  set: ContentSet,
  locale: string,
  folder: string,
  own: CategoryFile | undefined,
  report: ImportReport,
) {
  const defaultDir = localeDir(set, set.defaultLocale);
  const rel = path.join(defaultDir, folder, CATEGORY_FILE);
  const before = readCategoryFile(path.join(root, rel));
  let next: CategoryFile = {...before};
  if (own && locale === set.defaultLocale) next = {...next, ...own};
  // Another locale's label until the default locale's export brings one.
  else if (own?.label !== undefined && next.label === undefined) next.label = own.label;
  next.key = folder;
  if (!own?.link) {
    const index = indexPage(folder, folderPages(root, set, folder), set.locales);
    if (index) {
      const source = readFileSync(path.join(root, defaultDir, folder, index), 'utf8');
      next.link = {type: 'doc', id: localDocId(index, source)};
    }
  }
  if (JSON.stringify(next) !== JSON.stringify(before)) {
    writeJson(path.join(root, rel), next);
    report.categories.push(rel);
  }
  if (next.label === undefined && next.link?.type !== 'doc') report.unlabelled.push(path.join(defaultDir, folder));

  if (locale === set.defaultLocale || own?.label === undefined) return;
  const translations = sidebarTranslationFile(set, locale);
  const file = path.join(root, translations);
  const data = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  for (const sidebarId of set.sidebarIds)
    data[categoryLabelKey(sidebarId, folder)] = {
      message: own.label,
      description: `The label for category '${folder}' in sidebar '${sidebarId}'`,
    };
  writeJson(file, data);
  report.categories.push(translations);
}
