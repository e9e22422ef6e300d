import path from 'node:path';
import {CONTENT_SETS} from '../../content.config';
import {localeDir} from '../../plugins/export-pipeline/contentSets';
import {SHARED_RESPONSIBILITIES_PATH} from '../../src/data/responsibilities/pages';
import {type Matrix, type Section} from '../../src/data/responsibilities/types';
import type {Locale} from '../../src/i18n/locales';
import {parseHeadingLine} from '../../plugins/export-pipeline/exportHeadingIds';

/** The Shared Responsibilities page of a locale, relative to the repository. */
export function pageFile(locale: Locale): string {
  const name = `${SHARED_RESPONSIBILITIES_PATH.slice(1)}.mdx`;
  return path.posix.join(localeDir(CONTENT_SETS[0]!, locale), name);
}

const tableLine = (id: string) => `<ResponsibilityTable section="${id}" />`;
const block = (s: Section, locale: Locale) => ['', `## ${s.title[locale]} {/* #${s.id} */}`, '', tableLine(s.id)];

/**
 * The page's section headings follow the data: a retitled section gets its
 * new heading text, a new one its heading and table after the section before
 * it, a retired one loses both. The page's own text is left alone.
 */
export function updatePage(source: string, locale: Locale, before: Matrix, after: Matrix): string {
  let lines = source.split('\n');
  const headingOf = (id: string) => lines.findIndex((l) => parseHeadingLine(l)?.id === id);
  const tableOf = (id: string) => lines.findIndex((l) => l.trim() === tableLine(id));

  const kept = new Set(after.sections.map((s) => s.id));
  for (const s of before.sections) {
    const [heading, table] = [headingOf(s.id), tableOf(s.id)];
    if (kept.has(s.id) || heading === -1) continue;
    // The heading, the blank lines under it, its table and the blank line after.
    const drop = new Set([heading, table]);
    if (table > heading && lines.slice(heading + 1, table).every((l) => l.trim() === '')) {
      for (let i = heading + 1; i < table; i += 1) drop.add(i);
      if (lines[table + 1]?.trim() === '') drop.add(table + 1);
    }
    lines = lines.filter((_, i) => !drop.has(i));
  }
  after.sections.forEach((s, i) => {
    const at = headingOf(s.id);
    if (at !== -1) {
      const heading = parseHeadingLine(lines[at]!)!;
      const line = lines[at]!;
      const start = line.indexOf(heading.text);
      lines[at] = `${line.slice(0, start)}${s.title[locale]}${line.slice(start + heading.text.length)}`;
      return;
    }
    const previous = i > 0 ? tableOf(after.sections[i - 1]!.id) : -1;
    const next = headingOf(after.sections[i + 1]?.id ?? '');
    if (previous !== -1) lines.splice(previous + 1, 0, ...block(s, locale));
    else if (next !== -1) lines.splice(next, 0, ...block(s, locale).slice(1), '');
    else lines.push(...block(s, locale), '');
  });
  return lines.join('\n');
}
