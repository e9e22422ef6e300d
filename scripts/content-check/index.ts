import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {lintFor} from 'autocorrect-node';
import matter from 'gray-matter';
import {parseHeadingLine} from '../../src/remark/exportHeadingIds';
import {findSection, matrix as siteMatrix, MatrixDataError, validateMatrix, type Locale, type Matrix} from '../../src/data/responsibilities/model';
import {SHARED_RESPONSIBILITIES_FILE} from '../../src/data/responsibilities/sharedResponsibilities';
import {frontMatterSchema} from './frontMatter';

/** A folder of pages in one locale and the folder of the same pages in the other. */
export interface PagePair {
  zh: string;
  en: string;
}

export const SITE_PAIRS: PagePair[] = [
  {zh: 'docs', en: 'i18n/en/docusaurus-plugin-content-docs/current'},
  {zh: 'test/corpus', en: 'i18n/en/docusaurus-plugin-content-docs-corpus/current'},
];

export interface Problem {
  /** file:line (or the data file and the task id). */
  where: string;
  message: string;
}

const PAGE = /\.mdx?$/;

function pagesIn(root: string, dir: string): string[] {
  const full = path.join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full, {recursive: true, encoding: 'utf8'})
    .filter((f) => PAGE.test(f) && !path.basename(f).startsWith('_'))
    .sort();
}

function lineOf(source: string, pattern: RegExp): number {
  const index = source.split('\n').findIndex((l) => pattern.test(l));
  return index === -1 ? 1 : index + 1;
}

function checkFrontMatter(file: string, source: string, problems: Problem[]): string | undefined {
  let data: Record<string, unknown>;
  try {
    data = matter(source).data;
  } catch (e) {
    problems.push({where: `${file}:1`, message: `front matter is not valid YAML: ${(e as Error).message}`});
    return undefined;
  }
  const result = frontMatterSchema.safeParse(data);
  if (!result.success)
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? '');
      const line = key ? lineOf(source, new RegExp(`^${key}\\s*:`)) : 1;
      problems.push({
        where: `${file}:${line}`,
        message: `front matter "${issue.path.join('.') || '(root)'}": ${issue.message} (got ${JSON.stringify(key ? data[key] : data)})`,
      });
    }
  return typeof data.slug === 'string' ? data.slug : undefined;
}

function checkHeadingIds(file: string, source: string, problems: Problem[]) {
  const seen = new Map<string, number>();
  source.split('\n').forEach((line, i) => {
    const id = parseHeadingLine(line)?.id;
    if (!id) return;
    const first = seen.get(id);
    if (first) problems.push({where: `${file}:${i + 1}`, message: `heading id "${id}" is already used on line ${first}`});
    else seen.set(id, i + 1);
  });
}

/** Chinese and Latin text or digits are separated by a space (管理 EC2 实例), per AutoCorrect. */
function checkSpacing(file: string, source: string, problems: Problem[]) {
  const {lines, error} = lintFor(source, file);
  if (error) problems.push({where: `${file}:1`, message: `AutoCorrect could not read the file: ${error}`});
  for (const l of lines)
    if (l.severity === 1)
      problems.push({where: `${file}:${l.l}:${l.c}`, message: `spacing: "${l.old.trim()}" should be "${l.new.trim()}"`});
}

/** A page that shows the matrix must name known sections, under headings with their ids and titles. */
function checkMatrixUsage(file: string, source: string, locale: Locale, m: Matrix, problems: Problem[]) {
  const lines = source.split('\n');
  lines.forEach((line, i) => {
    const section = /<ResponsibilityTable\s+section="([^"]*)"/.exec(line)?.[1];
    if (section === undefined) return;
    const where = `${file}:${i + 1}`;
    let data;
    try {
      data = findSection(m, section);
    } catch (e) {
      problems.push({where, message: (e as Error).message});
      return;
    }
    const heading = lines
      .slice(0, i)
      .reverse()
      .map(parseHeadingLine)
      .find((h) => h !== undefined);
    if (heading?.id !== section)
      problems.push({where, message: `the heading above <ResponsibilityTable section="${section}"> must have the id {/* #${section} */}`});
    if (heading && heading.text !== data.title[locale])
      problems.push({where, message: `heading "${heading.text}" should read "${data.title[locale]}", the section's title in ${SHARED_RESPONSIBILITIES_FILE}`});
  });
}

/** UI strings: the English translation files may not keep a Chinese default message. */
function checkUiTranslations(root: string, problems: Problem[]) {
  const dir = 'i18n/en';
  const files = readdirSync(path.join(root, dir), {recursive: true, encoding: 'utf8'}).filter((f) => f.endsWith('.json'));
  for (const f of files) {
    const file = path.join(dir, f);
    const source = readFileSync(path.join(root, file), 'utf8');
    const entries = JSON.parse(source) as Record<string, {message?: string}>;
    for (const [id, {message}] of Object.entries(entries))
      if (message && /\p{Script=Han}/u.test(message))
        problems.push({
          where: `${file}:${lineOf(source, new RegExp(`^\\s*${JSON.stringify(id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:`))}`,
          message: `"${id}" is not translated: "${message}" (run npm run write-translations -- --locale en, then translate it)`,
        });
  }
}

export interface CheckOptions {
  root: string;
  pairs?: PagePair[];
  matrix?: Matrix;
}

/** Every content rule; returns the problems, each naming its file and line (or task). */
export function checkContent({root, pairs = SITE_PAIRS, matrix = siteMatrix}: CheckOptions): Problem[] {
  const problems: Problem[] = [];
  try {
    validateMatrix(matrix, SHARED_RESPONSIBILITIES_FILE);
  } catch (e) {
    if (!(e instanceof MatrixDataError)) throw e;
    for (const p of e.problems) {
      const [where, ...rest] = p.split(': ');
      problems.push({where: where!, message: rest.join(': ')});
    }
  }
  for (const s of matrix.sections)
    for (const t of s.tasks)
      for (const l of lintFor(t.label['zh-Hans'] ?? '', 'label.txt').lines.filter((x) => x.severity === 1))
        problems.push({where: `${SHARED_RESPONSIBILITIES_FILE} (task "${t.id}")`, message: `spacing: "${l.old}" should be "${l.new}"`});

  if (existsSync(path.join(root, 'i18n/en'))) checkUiTranslations(root, problems);

  for (const pair of pairs) {
    const zhPages = pagesIn(root, pair.zh);
    const enPages = pagesIn(root, pair.en);
    const slugs: Record<'zh' | 'en', Map<string, string | undefined>> = {zh: new Map(), en: new Map()};
    for (const [side, dir, pages, locale] of [
      ['zh', pair.zh, zhPages, 'zh-Hans'],
      ['en', pair.en, enPages, 'en'],
    ] as const) {
      for (const page of pages) {
        const file = path.join(dir, page);
        const source = readFileSync(path.join(root, file), 'utf8');
        slugs[side].set(page, checkFrontMatter(file, source, problems));
        checkHeadingIds(file, source, problems);
        if (side === 'zh') checkSpacing(file, source, problems);
        checkMatrixUsage(file, source, locale, matrix, problems);
      }
    }
    for (const page of zhPages)
      if (!enPages.includes(page))
        problems.push({where: `${path.join(pair.zh, page)}:1`, message: `no English version: add ${path.join(pair.en, page)}`});
    for (const page of enPages) {
      if (!zhPages.includes(page)) {
        problems.push({where: `${path.join(pair.en, page)}:1`, message: `no Chinese version: add ${path.join(pair.zh, page)}`});
        continue;
      }
      const [zh, en] = [slugs.zh.get(page), slugs.en.get(page)];
      if (zh !== en)
        problems.push({
          where: `${path.join(pair.en, page)}:1`,
          message: `slug "${en}" differs from the Chinese page's "${zh}" (${path.join(pair.zh, page)}); both locales must share it`,
        });
    }
  }
  return problems;
}
