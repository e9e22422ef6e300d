import matter from 'gray-matter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {SHARED_RESPONSIBILITIES_PATH} from '../../src/data/responsibilities/pages';
import {SKIP, visit} from 'unist-util-visit';
import {isJsx, textOf, type Nodes, type Root} from '../../plugins/export-pipeline/mdast';
import {parseHeadingLine} from '../../plugins/export-pipeline/exportHeadingIds';
import {EXPORT_MARKS, isExportMark} from '../../src/components/MatrixMark/marks';
import {ImportError} from './ImportError';

/** One task row of an exported matrix table. */
export interface ExportRow {
  label: string;
  /** One per party column, in the table's column order: true where the cell holds ✔. */
  marks: boolean[];
  line: number;
}

/** A `##` heading of the export and the matrix table under it. */
export interface ExportSection {
  title: string;
  /** The heading's explicit id, when the export wrote a non-empty one. */
  id?: string;
  line: number;
  /** Header cells after the task column: the parties, named in the export's language. */
  parties: string[];
  /** Line of each party's header cell. */
  partyLines: number[];
  headerLine: number;
  rows: ExportRow[];
}

export interface ParsedExport {
  file: string;
  sections: ExportSection[];
}

const HEADING_MARKS = /^#+/;

/**
 * Front matter is blanked (not cut) so that line numbers stay those of the
 * file; heading ids are taken off their lines with the site's own heading
 * parser, because `{#id}` without a backslash is not valid MDX.
 */
function prepare(source: string, file: string): {body: string; ids: Map<number, string>} {
  const fm = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(source);
  if (!fm) throw new ImportError(`${file}:1: not an export of the editor: it has no front matter (--- title: … ---)`);
  let data: Record<string, unknown>;
  try {
    data = matter(source).data;
  } catch (e) {
    throw new ImportError(
      `${file}:1: not an export of the editor: its front matter is not YAML (${(e as Error).message.split('\n')[0]})`,
    );
  }
  if (typeof data.title !== 'string')
    throw new ImportError(`${file}:1: not an export of the editor: its front matter has no title`);
  if (data.slug !== undefined && data.slug !== SHARED_RESPONSIBILITIES_PATH)
    throw new ImportError(
      `${file}:1: not the Shared Responsibilities export: its slug is "${String(data.slug)}", not "${SHARED_RESPONSIBILITIES_PATH}"`,
    );

  const ids = new Map<number, string>();
  const lines = (fm[0].replace(/[^\n]/g, '') + source.slice(fm[0].length)).split('\n');
  const body = lines
    .map((line, i) => {
      const heading = parseHeadingLine(line);
      if (!heading) return line;
      if (heading.id) ids.set(i + 1, heading.id);
      // Code fences are never read here, so rewriting a heading-like line inside one is harmless.
      return `${HEADING_MARKS.exec(line)![0]} ${heading.text}`;
    })
    .join('\n');
  return {body, ids};
}

const lineOf = (node: Nodes) => node.position?.start.line ?? 0;

function cellText(cell: Nodes): string {
  return textOf(cell).replace(/\s+/g, ' ').trim();
}

/** Rows of a table as lists of cells, for the raw `<table>` of older exports and the GFM tables of newer ones. */
function tableRows(table: Nodes): {cells: Nodes[]; line: number}[] {
  const rowsOf = (rowTest: (n: Nodes) => boolean, cellTest: (n: Nodes) => boolean) => {
    const rows: {cells: Nodes[]; line: number}[] = [];
    visit(table, (node: Nodes) => {
      if (!rowTest(node)) return;
      const cells: Nodes[] = [];
      visit(node, (inner: Nodes) => {
        if (cellTest(inner)) cells.push(inner);
      });
      // A raw table's <tr> sits on a line of its own: the task's cell names the row better.
      rows.push({cells, line: lineOf(cells[0] ?? node)});
    });
    return rows;
  };
  return table.type === 'table'
    ? rowsOf(
        (n) => n.type === 'tableRow',
        (n) => n.type === 'tableCell',
      )
    : rowsOf(
        (n) => isJsx(n, ['tr']),
        (n) => isJsx(n, ['th', 'td']),
      );
}

function isTable(node: Nodes): boolean {
  return node.type === 'table' || isJsx(node, ['table']);
}

function readTable(file: string, heading: {title: string; id?: string; line: number}, table: Nodes): ExportSection {
  const [header, ...body] = tableRows(table);
  const tableLine = table.position?.start.line ?? 0;
  if (!header || header.cells.length < 2)
    throw new ImportError(
      `${file}:${tableLine}: the table under "${heading.title}" has no header row with a task column and party columns`,
    );
  const parties = header.cells.slice(1).map(cellText);
  const partyLines = header.cells.slice(1).map(lineOf);
  const rows = body.map(({cells, line}): ExportRow => {
    const label = cells[0] ? cellText(cells[0]) : '';
    const row = `row "${label}" of "${heading.title}"`;
    if (cells.length !== header.cells.length)
      throw new ImportError(`${file}:${line}: ${row} has ${cells.length} cells, its header has ${header.cells.length}`);
    if (label === '') throw new ImportError(`${file}:${line}: a row of "${heading.title}" has no task label`);
    const marks = cells.slice(1).map((cell, i) => {
      const text = cellText(cell);
      if (text !== '' && !isExportMark(text))
        throw new ImportError(
          `${file}:${lineOf(cell)}: ${row}, column "${parties[i]}": "${text}" is not a mark (${EXPORT_MARKS.join(' ')} or empty)`,
        );
      return text !== '';
    });
    if (!marks.includes(true)) throw new ImportError(`${file}:${line}: ${row} marks no party`);
    return {label, marks, line};
  });
  if (rows.length === 0)
    throw new ImportError(`${file}:${tableLine}: the table under "${heading.title}" has no task rows`);
  return {...heading, parties, partyLines, headerLine: header.line, rows};
}

/**
 * Reads the Shared Responsibilities page as the docs team's editor exports
 * it: each `##` heading with a table under it is a section, the table's first
 * column the tasks, every other column a party marked with ✔. Throws an
 * ImportError (one line, naming the file and line) on anything else.
 */
export function parseExport(source: string, file: string): ParsedExport {
  const {body, ids} = prepare(source.replace(/^\uFEFF/, ''), file);
  let tree: Root;
  try {
    tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(body);
  } catch (e) {
    const err = e as {line?: number; reason?: string; message: string};
    throw new ImportError(`${file}:${err.line ?? 1}: not readable as MDX: ${err.reason ?? err.message}`);
  }

  const sections: ExportSection[] = [];
  let heading: {title: string; id?: string; line: number} | undefined;
  let headingHasTable = false;
  visit(tree, (node) => {
    if (node.type === 'heading' && node.depth === 2) {
      const line = node.position?.start.line ?? 0;
      heading = {title: cellText(node), id: ids.get(line), line};
      headingHasTable = false;
      return SKIP;
    }
    if (isTable(node)) {
      const line = node.position?.start.line ?? 0;
      if (!heading) throw new ImportError(`${file}:${line}: a table comes before any "##" section heading`);
      if (headingHasTable)
        throw new ImportError(`${file}:${line}: section "${heading.title}" (line ${heading.line}) has a second table`);
      headingHasTable = true;
      sections.push(readTable(file, heading, node));
      return SKIP;
    }
    return undefined;
  });

  if (sections.length === 0)
    throw new ImportError(
      `${file}: no matrix table: expected "##" section headings, each with a <table> or a | pipe | table of ✔ marks`,
    );
  const [first] = sections;
  for (const s of sections)
    if (s.parties.length !== first!.parties.length)
      throw new ImportError(
        `${file}:${s.headerLine}: the table of "${s.title}" has ${s.parties.length + 1} columns, the first table (line ${first!.headerLine}) has ${first!.parties.length + 1}`,
      );
  return {file, sections};
}
