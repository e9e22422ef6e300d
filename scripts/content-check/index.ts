import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {lintFor} from 'autocorrect-node';
import matter from 'gray-matter';
import {DEFAULT_I18N_DIR_NAME} from '@docusaurus/utils';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import {ALL_CONTENT_SETS, ALL_STATIC_DIRS, EXTERNAL_HOSTS, ZILLIZ_DOCS} from '../../content.config';
import {localeDir, oneLocaleLanguage, type ContentSet} from '../../plugins/export-pipeline/contentSets';
import {normalizeFrontMatter} from '../../plugins/export-pipeline/exportFrontMatter';
import {
  normalizeHeadingIds,
  parseHeadingLine,
  sectionHeadings,
  type Counterpart,
} from '../../plugins/export-pipeline/exportHeadingIds';
import {processLinks, type ZillizDocs} from '../../plugins/export-pipeline/exportedLinks';
import {degradeUnknownComponents} from '../../plugins/export-pipeline/knownComponents';
import type {Root} from '../../plugins/export-pipeline/mdast';
import {mdxParseProblem, withoutFrontMatter} from '../../plugins/export-pipeline/mdxFallback';
import {pageFiles} from '../../plugins/export-pipeline/sitePages';
import {GLOBAL_MDX_COMPONENTS} from '../../src/theme/mdxComponentNames';
import {isLocale, LOCALE_SETTINGS} from '../../src/i18n/locales';
import {findSection, matrix as siteMatrix, type Matrix} from '../../src/data/responsibilities/model';
import {type Locale} from '../../src/i18n/locales';
import {validateMatrix} from '../../plugins/responsibility-matrix/validate';
import {SHARED_RESPONSIBILITIES_FILE} from '../../src/data/responsibilities/sharedResponsibilities';

/**
 * `npm run check:content`: what will break the build (errors), what builds
 * but degraded or looks wrong (warnings: a page shown as its source because
 * its MDX does not parse, an unknown component, a link to nowhere, a
 * front-matter value left out, heading ids that differ between locales), and
 * what readers should know (information, such as a page without a
 * translation). Each names file:line. What the pipeline fixes silently
 * (heading-id forms, tables, Chinese spacing, links to Zilliz docs) is not
 * reported.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Problem {
  /** file:line (or the data file and the task id). */
  where: string;
  message: string;
  severity: Severity;
}

export interface CheckOptions {
  root: string;
  sets?: readonly ContentSet[];
  staticDirs?: readonly string[];
  zillizDocs?: ZillizDocs;
  matrix?: Matrix;
}

function lineOf(source: string, pattern: RegExp): number {
  const index = source.split('\n').findIndex((l) => pattern.test(l));
  return index === -1 ? 1 : index + 1;
}

interface Page {
  set: ContentSet;
  locale: string;
  /** Language of the text (the folder's locale, or the one a one-locale page names). */
  language: string;
  /** Path inside the locale folder. */
  rel: string;
  /** Path relative to the site. */
  file: string;
  source: string;
  slug?: string;
}

function checkFrontMatter(page: Page, add: (p: Problem) => void): string | undefined {
  let data: Record<string, unknown>;
  try {
    data = matter(page.source).data;
  } catch (e) {
    add({
      where: `${page.file}:1`,
      severity: 'error',
      message: `front matter is not valid YAML: ${(e as Error).message}`,
    });
    return undefined;
  }
  const {frontMatter, problems} = normalizeFrontMatter(data, {
    language: page.language,
    sidebarIds: page.set.sidebarIds,
  });
  for (const {key, message} of problems)
    add({where: `${page.file}:${lineOf(page.source, new RegExp(`^${key}\\s*:`))}`, severity: 'warning', message});
  return typeof frontMatter.slug === 'string' ? frontMatter.slug : undefined;
}

const counterpartsOf = (others: readonly Page[]): Counterpart[] =>
  others.map((o) => ({locale: o.language, source: o.source}));

function checkHeadingIds(page: Page, others: Page[], add: (p: Problem) => void) {
  const seen = new Map<string, number>();
  const own = sectionHeadings(page.source);
  const ids = sectionHeadings(normalizeHeadingIds(page.source, counterpartsOf(others), preferredLocale(page))).map(
    (h) => h.id,
  );
  own.forEach((h, i) => {
    const id = ids[i];
    if (!id) return;
    const first = seen.get(id);
    if (first)
      add({
        where: `${page.file}:${h.line}`,
        severity: 'warning',
        message: `heading id "${id}" is already used on line ${first}; links to it land on the first`,
      });
    else seen.set(id, h.line);
  });
  for (const other of others) {
    const theirs = sectionHeadings(other.source);
    if (theirs.length !== own.length) {
      if (own.some((h) => !h.id))
        add({
          where: `${page.file}:1`,
          severity: 'warning',
          message: `${own.length} headings here, ${theirs.length} in ${other.file}: headings without an id cannot take the other locale's ids`,
        });
      continue;
    }
    if (other.file < page.file) continue; // report each pair once
    // Two locales giving the same heading different ids: the build uses one (ids[i]) in every locale.
    own.forEach((h, i) => {
      const t = theirs[i]!;
      if (h.id && t.id && h.id !== t.id)
        add({
          where: `${page.file}:${h.line}`,
          severity: 'warning',
          message: `heading id "${h.id}" differs from "${t.id}" at ${other.file}:${t.line} (the same heading in another locale); every locale uses "${ids[i]}" (the ${page.set.headingIdLocale} one)`,
        });
    });
  }
}

/** The locale whose ids the page takes from its counterparts (none when the page is that locale). */
const preferredLocale = (page: Page) =>
  page.language === page.set.headingIdLocale ? undefined : page.set.headingIdLocale;

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** What MDX will say about the page: syntax, components, links, images, anchors; the build degrades each. */
function checkMdx(
  root: string,
  page: Page,
  others: Page[],
  sets: readonly ContentSet[],
  options: Required<Pick<CheckOptions, 'staticDirs' | 'zillizDocs'>>,
  add: (p: Problem) => void,
) {
  const text = normalizeHeadingIds(withoutFrontMatter(page.source), counterpartsOf(others), preferredLocale(page));
  const warn = (p: {line: number; message: string}) =>
    add({where: `${page.file}:${p.line}`, severity: 'warning', message: p.message});
  const parseProblem = mdxParseProblem(text);
  if (parseProblem) {
    warn({
      line: parseProblem.line,
      message: `MDX cannot parse this: ${parseProblem.reason}; the page is shown as its source until it is fixed`,
    });
    return;
  }
  const tree = parser.runSync(parser.parse(text)) as Root;
  const file = {path: path.join(root, page.file)};
  degradeUnknownComponents(tree, file, {siteDir: root, globals: GLOBAL_MDX_COMPONENTS}).forEach(warn);
  processLinks(tree, file, {
    siteDir: root,
    set: page.set,
    sets,
    zillizDocs: options.zillizDocs,
    staticDirs: options.staticDirs,
    imageHosts: EXTERNAL_HOSTS.images,
  }).forEach(warn);
}

/** A page that shows the matrix must name known sections, under headings with their ids and titles. */
function checkMatrixUsage(page: Page, m: Matrix, add: (p: Problem) => void) {
  const lines = page.source.split('\n');
  const locale = page.language as Locale;
  lines.forEach((line, i) => {
    const section = /<ResponsibilityTable\s+section="([^"]*)"/.exec(line)?.[1];
    if (section === undefined) return;
    const where = `${page.file}:${i + 1}`;
    let data;
    try {
      data = findSection(m, section);
    } catch (e) {
      add({where, severity: 'error', message: (e as Error).message});
      return;
    }
    const heading = lines
      .slice(0, i)
      .reverse()
      .map(parseHeadingLine)
      .find((h) => h !== undefined);
    if (heading?.id !== section)
      add({
        where,
        severity: 'error',
        message: `the heading above <ResponsibilityTable section="${section}"> must have the id {/* #${section} */}`,
      });
    const title = data.title[locale];
    if (heading && title && heading.text !== title)
      add({
        where,
        severity: 'error',
        message: `heading "${heading.text}" should read "${title}", the section's title in ${SHARED_RESPONSIBILITIES_FILE}`,
      });
  });
}

/** UI strings: a translation file may not keep a Chinese default message. */
function checkUiTranslations(root: string, locales: readonly string[], add: (p: Problem) => void) {
  for (const locale of locales) {
    const dir = path.join(DEFAULT_I18N_DIR_NAME, locale);
    // Chinese default messages are Han text; a locale written in Han (Chinese, Japanese kanji) is not checked for them.
    if (!existsSync(path.join(root, dir)) || !isLocale(locale) || LOCALE_SETTINGS[locale].scripts.includes('Han'))
      continue;
    const files = readdirSync(path.join(root, dir), {recursive: true, encoding: 'utf8'}).filter((f) =>
      f.endsWith('.json'),
    );
    for (const f of files) {
      const file = path.join(dir, f);
      const source = readFileSync(path.join(root, file), 'utf8');
      const entries = JSON.parse(source) as Record<string, {message?: string}>;
      for (const [id, {message}] of Object.entries(entries))
        if (message && /\p{Script=Han}/u.test(message))
          add({
            where: `${file}:${lineOf(source, new RegExp(`^\\s*${JSON.stringify(id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:`))}`,
            severity: 'error',
            message: `"${id}" is not translated: "${message}" (run npm run write-translations -- --locale ${locale}, then translate it)`,
          });
    }
  }
}

function checkMatrixData(m: Matrix, add: (p: Problem) => void) {
  for (const p of validateMatrix(m, SHARED_RESPONSIBILITIES_FILE)) add({...p, severity: 'error'});
  for (const s of m.sections)
    for (const t of s.tasks)
      for (const l of lintFor(t.label['zh-Hans'] ?? '', 'label.txt').lines.filter((x) => x.severity === 1))
        add({
          where: `${SHARED_RESPONSIBILITIES_FILE} (task "${t.id}")`,
          severity: 'error',
          message: `spacing: "${l.old}" should be "${l.new}"`,
        });
}

/** Every page of a content set, by locale folder. */
function readPages(root: string, set: ContentSet): Page[] {
  return set.locales.flatMap((locale) => {
    const dir = localeDir(set, locale);
    return pageFiles(root, dir).map((rel) => {
      const file = path.join(dir, rel);
      return {
        set,
        locale,
        rel,
        file,
        language: locale === set.defaultLocale ? (oneLocaleLanguage(rel, set.locales) ?? locale) : locale,
        source: readFileSync(path.join(root, file), 'utf8'),
      };
    });
  });
}

function checkSet(
  root: string,
  set: ContentSet,
  sets: readonly ContentSet[],
  options: Required<Pick<CheckOptions, 'staticDirs' | 'zillizDocs' | 'matrix'>>,
  add: (p: Problem) => void,
) {
  const pages = readPages(root, set);
  const byRel = new Map<string, Page[]>();
  for (const page of pages) byRel.set(page.rel, [...(byRel.get(page.rel) ?? []), page]);

  for (const page of pages) {
    const others = (byRel.get(page.rel) ?? []).filter((p) => p !== page);
    page.slug = checkFrontMatter(page, add);
    checkHeadingIds(page, others, add);
    checkMdx(root, page, others, sets, options, add);
    checkMatrixUsage(page, options.matrix, add);
  }

  const defaultDir = localeDir(set, set.defaultLocale);
  for (const [rel, group] of byRel) {
    const source = group.find((p) => p.locale === set.defaultLocale);
    if (!source) {
      // Docusaurus lists pages from the default locale's folder: this one would not be built at all.
      for (const p of group) {
        const oneLocale = rel.replace(/(\.mdx?)$/, `.${p.locale}$1`);
        add({
          where: `${p.file}:1`,
          severity: 'error',
          message: `no page ${path.join(defaultDir, rel)}, so Docusaurus does not build this one: add the ${set.defaultLocale} page, or if it exists only in ${p.locale} move it to ${path.join(defaultDir, oneLocale)} (npm run import:pages does this)`,
        });
      }
      continue;
    }
    const missing = set.locales.filter((l) => !group.some((p) => p.language === l));
    if (missing.length > 0)
      add({
        where: `${source.file}:1`,
        severity: 'info',
        message: `not translated into ${missing.join(', ')}: readers there see the ${source.language} page with a notice`,
      });
    for (const p of group)
      if (p !== source && p.slug !== source.slug)
        add({
          where: `${p.file}:1`,
          severity: 'error',
          message: `slug "${p.slug}" differs from "${source.slug}" in ${source.file}; all locales of a page share its slug`,
        });
  }

  // Two pages of one locale at one address.
  for (const locale of set.locales) {
    const seen = new Map<string, string>();
    for (const p of pages.filter((x) => x.locale === locale)) {
      const slug = p.slug ?? p.rel.replace(/\.mdx?$/, '');
      const first = seen.get(slug);
      if (first) add({where: `${p.file}:1`, severity: 'error', message: `slug "${slug}" is already used by ${first}`});
      else seen.set(slug, p.file);
    }
  }
}

/** Every content rule; returns the problems, each naming its file and line (or task). */
export function checkContent({
  root,
  sets = ALL_CONTENT_SETS,
  staticDirs = ALL_STATIC_DIRS,
  zillizDocs = ZILLIZ_DOCS,
  matrix = siteMatrix,
}: CheckOptions): Problem[] {
  const problems: Problem[] = [];
  const add = (p: Problem) => problems.push(p);
  checkMatrixData(matrix, add);
  checkUiTranslations(root, [...new Set(sets.flatMap((s) => s.locales))], add);
  for (const set of sets) checkSet(root, set, sets, {staticDirs, zillizDocs, matrix}, add);
  return problems;
}

export function formatProblem(p: Problem): string {
  return `${p.where}: ${p.severity}: ${p.message}`;
}
