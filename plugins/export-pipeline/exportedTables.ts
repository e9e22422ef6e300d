import type {Table} from 'mdast';
import {SKIP, visit} from 'unist-util-visit';
import {
  getAttribute,
  isJsx,
  jsx,
  setAttribute,
  textOf,
  where,
  type FlowChildren,
  type MdFile,
  type MdxJsxElement,
  type Nodes,
  type Root,
} from './mdast';
import {isExportMark} from '../../src/components/MatrixMark/marks';

/**
 * Raw HTML tables as the docs team's editor exports them, made into proper
 * data tables once for every page:
 *
 * - rows that sit directly in <table> go into <thead> (leading rows of <th>
 *   only) and <tbody>: browsers add <tbody> when parsing the server HTML and
 *   React does not, so without this hydration fails (React error #418);
 * - header cells get `scope="col"` (`colgroup` when spanning), a body row's
 *   leading <th> gets `scope="row"`;
 * - a responsibility matrix (a task column, then columns holding only ✔ or
 *   nothing) gets the semantics and look of ResponsibilityTable: the task as a
 *   row header and <MatrixMark> cells with text alternatives;
 * - the table is rendered by <DocTable>, the site's table look.
 */
const CELL = ['th', 'td'] as const;

function isBlank(node: Nodes): boolean {
  return node.type === 'text' && node.value.trim() === '';
}

const describe = (node: Nodes) => ('name' in node && node.name ? `<${node.name}>` : node.type);
const childrenOf = (node: Nodes): Nodes[] => ('children' in node ? node.children : []);

/** The <th>/<td> cells of a row; MDX wraps inline cells in paragraphs. Anything else is an error, not dropped. */
function cellsOf(row: MdxJsxElement, file: MdFile): MdxJsxElement[] {
  const cells: MdxJsxElement[] = [];
  const take = (node: Nodes) => {
    if (isJsx(node, CELL)) cells.push(node);
    else if (node.type === 'paragraph') node.children.forEach(take);
    else if (!isBlank(node))
      throw new Error(
        `${where(file, node)}: unexpected ${describe(node)} inside a table row; only <th> and <td> may sit in <tr>`,
      );
  };
  childrenOf(row).forEach(take);
  return cells;
}

/** Rows of a table, whether they sit in it directly or in thead/tbody/tfoot already. */
function rowsOf(table: MdxJsxElement, file: MdFile): MdxJsxElement[] {
  const rows: MdxJsxElement[] = [];
  const take = (node: Nodes) => {
    if (isJsx(node, ['tr'])) rows.push(node);
    else if (isJsx(node, ['thead', 'tbody', 'tfoot']) || node.type === 'paragraph') childrenOf(node).forEach(take);
    else if (!isBlank(node) && !isJsx(node, ['caption', 'colgroup']))
      throw new Error(`${where(file, node)}: unexpected ${describe(node)} inside a <table>`);
  };
  childrenOf(table).forEach(take);
  return rows;
}

/** <caption>/<colgroup> of a table; MDX wraps a one-line caption in a paragraph. */
function captionsOf(table: MdxJsxElement): MdxJsxElement[] {
  return childrenOf(table)
    .flatMap(childrenOrSelf)
    .filter((n) => isJsx(n, ['caption', 'colgroup']));
}
const childrenOrSelf = (n: Nodes): Nodes[] => (n.type === 'paragraph' ? n.children : [n]);

function markOf(cell: MdxJsxElement): 'mark' | 'empty' | null {
  const text = textOf(cell).trim();
  if (text === '') return 'empty';
  return isExportMark(text) ? 'mark' : null;
}

function isMatrix(header: MdxJsxElement[] | undefined, body: MdxJsxElement[][]): boolean {
  if (!header || header.length < 3 || body.length === 0) return false;
  const marks = body.map((cells) => cells.slice(1).map(markOf));
  return (
    body.every((cells) => cells.length === header.length) &&
    marks.every((row) => row.every((m) => m !== null)) &&
    marks.some((row) => row.includes('mark'))
  );
}

/** A cell or caption as a block element: MDX parses one written on a single line as inline. */
function toFlow(cell: MdxJsxElement): FlowChildren[number] {
  return {...cell, type: 'mdxJsxFlowElement', children: cell.children as FlowChildren};
}

/** A GFM pipe table (newer exports) as the raw-HTML form, so both take the same path. */
export function fromPipeTable(table: Table): MdxJsxElement {
  const rows = table.children.map((row, r) =>
    jsx(
      'tr',
      {},
      row.children.map((cell) => ({
        ...jsx(r === 0 ? 'th' : 'td', {}, cell.children as FlowChildren),
        position: cell.position,
      })),
    ),
  );
  return {...jsx('table', {}, rows), position: table.position};
}

export function transformTable(table: MdxJsxElement, file: MdFile, label?: string): MdxJsxElement {
  const rows = rowsOf(table, file).map((row) => ({row, cells: cellsOf(row, file)}));
  const headerCount = rows.findIndex(({cells}) => !cells.every((c) => c.name === 'th'));
  const headerRows = headerCount === -1 ? rows : rows.slice(0, headerCount);
  const bodyRows = headerCount === -1 ? [] : rows.slice(headerCount);

  // An empty top-left header cell heads nothing: a plain cell (axe: empty-table-header), and the
  // table is two-dimensional, so each row's first cell is its header.
  const corner = headerRows[0]?.cells[0];
  const twoDimensional = corner !== undefined && textOf(corner).trim() === '' && bodyRows.length > 0;
  if (twoDimensional) corner.name = 'td';

  for (const {cells} of headerRows)
    for (const th of cells)
      if (th.name === 'th' && getAttribute(th, 'scope') === undefined) {
        const span = Number(getAttribute(th, 'colspan') ?? getAttribute(th, 'colSpan') ?? 1);
        setAttribute(th, 'scope', span > 1 ? 'colgroup' : 'col');
      }

  const matrix = isMatrix(
    headerRows.at(-1)?.cells,
    bodyRows.map((r) => r.cells),
  );
  for (const {cells} of bodyRows) {
    const first = cells[0];
    if (first && (first.name === 'th' || matrix || twoDimensional)) {
      first.name = 'th';
      if (getAttribute(first, 'scope') === undefined) setAttribute(first, 'scope', 'row');
    }
    if (matrix)
      for (const cell of cells.slice(1))
        cell.children = [jsx('MatrixMark', markOf(cell) === 'empty' ? {empty: null} : {})];
  }

  const section = (name: string, list: typeof rows) =>
    list.length === 0
      ? []
      : [
          jsx(
            name,
            {},
            list.map(({row, cells}) => ({...row, type: 'mdxJsxFlowElement', children: cells.map(toFlow)})),
          ),
        ];
  const captions = captionsOf(table).map(toFlow);
  return {
    ...jsx('DocTable', {variant: matrix ? 'matrix' : 'plain', ...(label ? {label} : {})}, [
      ...captions,
      ...section('thead', headerRows),
      ...section('tbody', bodyRows),
    ]),
    position: table.position,
  };
}

/**
 * A table's accessible name (its scroll region is a landmark): its caption,
 * else the nearest heading above it; unique within the page ("… (2)").
 */
function tableLabeller() {
  const used = new Map<string, number>();
  return (table: MdxJsxElement, heading: string | undefined): string | undefined => {
    const caption = captionsOf(table).find((n) => n.name === 'caption');
    const base = (caption ? textOf(caption) : heading)?.trim();
    if (!base) return undefined;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  };
}

export default function exportedTables() {
  return (tree: Root, file: MdFile) => {
    const label = tableLabeller();
    let heading: string | undefined;
    // Document order, so "the nearest heading above" is the last one seen.
    visit(tree, (node, index, parent) => {
      if (node.type === 'heading') heading = textOf(node).trim();
      const table = node.type === 'table' ? fromPipeTable(node) : isJsx(node, ['table']) ? node : undefined;
      if (!table || !parent || index === undefined) return undefined;
      (parent.children as Nodes[])[index] = transformTable(table, file, label(table, heading));
      return SKIP;
    });
  };
}
