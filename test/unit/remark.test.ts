import {readFileSync} from 'node:fs';
import path from 'node:path';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import {describe, expect, it} from 'vitest';
import exportedTables from '../../plugins/export-pipeline/exportedTables';
import type {Root} from '../../plugins/export-pipeline/mdast';
import type {LooseNode} from './helpers/looseNode';

function run(
  source: string,
  plugin: (tree: Root, file: {path?: string}) => void,
  filePath = 'docs/page.mdx',
): LooseNode {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(source);
  plugin(tree, {path: filePath});
  return tree as LooseNode;
}

/** A compact view of JSX elements: name[attrs](children). */
function shape(node: LooseNode): unknown {
  const kids = (node.children ?? []).filter((c) => !(c.type === 'text' && !c.value?.trim())).map(shape);
  if (node.type === 'text') return node.value;
  if (!node.name) return kids.length === 1 ? kids[0] : kids;
  const attrs = Object.fromEntries((node.attributes ?? []).map((a) => [a.name, a.value]));
  return {[node.name]: kids, ...(Object.keys(attrs).length ? {attrs} : {})};
}

const find = (tree: LooseNode, name: string): LooseNode[] => {
  const out: LooseNode[] = [];
  const visit = (n: LooseNode) => {
    if (n.name === name) out.push(n);
    n.children?.forEach(visit);
  };
  visit(tree);
  return out;
};

describe('exportedTables', () => {
  const seed = readFileSync(path.join(__dirname, '../fixtures/seed-shared-responsibilities.mdx'), 'utf8');

  it('turns the export’s matrix tables into DocTable matrices with head, body, scopes and marks', () => {
    const tree = run(seed, exportedTables());
    expect(find(tree, 'table')).toHaveLength(0);
    const tables = find(tree, 'DocTable');
    expect(tables).toHaveLength(5);
    expect(shape(tables[0]!)).toEqual({
      DocTable: [
        {
          thead: [
            {
              tr: [
                {th: [{p: ['Task']}], attrs: {scope: 'col'}},
                {th: [{p: ['Zilliz BYOC']}], attrs: {scope: 'col'}},
                {th: [{p: ['Customer']}], attrs: {scope: 'col'}},
              ],
            },
          ],
        },
        {
          tbody: [
            {
              tr: [
                {th: [{p: ['Set up VPC']}], attrs: {scope: 'row'}},
                {td: [{MatrixMark: [], attrs: {empty: null}}]},
                {td: [{MatrixMark: []}]},
              ],
            },
            expect.anything(),
            expect.anything(),
            expect.anything(),
            expect.anything(),
          ],
        },
      ],
      attrs: {variant: 'matrix', label: 'Cloud Management'},
    });
  });

  it('keeps other tables plain, with spanning headers as column groups and rich cells intact', () => {
    const tree = run(
      `<table>
   <tr>
     <th rowspan="2"><p>Resource</p></th>
     <th colspan="2"><p>Limit</p></th>
   </tr>
   <tr>
     <th><p>Default</p></th>
     <th><p>Max</p></th>
   </tr>
   <tr>
     <td><p>Disk &amp; backup</p></td>
     <td><p><code>1 TB</code></p></td>
     <td><p>2 TB<br/>on request</p></td>
   </tr>
</table>`,
      exportedTables(),
    );
    const [table] = find(tree, 'DocTable');
    expect(shape(table!)).toMatchObject({
      attrs: {variant: 'plain'},
      DocTable: [
        {
          thead: [
            {tr: [{attrs: {rowspan: '2', scope: 'col'}}, {attrs: {colspan: '2', scope: 'colgroup'}}]},
            {tr: [{}, {}]},
          ],
        },
        {
          tbody: [
            {
              tr: [
                {td: [{p: ['Disk & backup']}]},
                {td: [{p: [{code: ['1 TB']}]}]},
                {td: [{p: ['2 TB', {br: []}, 'on request']}]},
              ],
            },
          ],
        },
      ],
    });
  });

  it('handles tables indented in list items and three-party matrices', () => {
    const tree = run(
      `1. Step

   <table>
      <tr><th><p>Task</p></th><th><p>A</p></th><th><p>B</p></th><th><p>C</p></th></tr>
      <tr><td><p>Do it</p></td><td></td><td><p>✅</p></td><td><p>✔</p></td></tr>
   </table>
`,
      exportedTables(),
    );
    const [table] = find(tree, 'DocTable');
    expect(shape(table!)).toMatchObject({attrs: {variant: 'matrix'}});
    expect(find(tree, 'MatrixMark').map((m) => m.attributes?.length)).toEqual([1, 0, 0]);
  });

  it('fails with the file and line on content it would otherwise drop', () => {
    expect(() =>
      run('<table>\n  <tr>\n    <th>A</th>\n  </tr>\n  <div>stray</div>\n</table>\n', exportedTables(), 'docs/x.mdx'),
    ).toThrow('docs/x.mdx:5: unexpected <div> inside a <table>');
  });
});

describe('exportedTables: names, corners, pipe tables', () => {
  it('names each table after its caption or nearest heading, uniquely in the page', () => {
    const table = '<table>\n  <tr><th><p>A</p></th></tr>\n  <tr><td><p>1</p></td></tr>\n</table>';
    const tree = run(
      `## Sizes\n\n${table}\n\n${table}\n\n## Other\n\n<table>\n  <caption>Limits</caption>\n  <tr><th>A</th></tr>\n</table>\n`,
      exportedTables(),
    );
    expect(find(tree, 'DocTable').map((t) => t.attributes?.find((a) => a.name === 'label')?.value)).toEqual([
      'Sizes',
      'Sizes (2)',
      'Limits',
    ]);
  });

  it('makes an empty corner header a plain cell and the first column row headers', () => {
    const tree = run(
      '<table>\n  <tr><th></th><th><p>1M</p></th></tr>\n  <tr><td><p>Query nodes</p></td><td><p>2</p></td></tr>\n</table>\n',
      exportedTables(),
    );
    expect(shape(find(tree, 'DocTable')[0]!)).toMatchObject({
      DocTable: [
        {thead: [{tr: [{td: []}, {th: [{p: ['1M']}], attrs: {scope: 'col'}}]}]},
        {tbody: [{tr: [{th: [{p: ['Query nodes']}], attrs: {scope: 'row'}}, {td: [{p: ['2']}]}]}]},
      ],
    });
  });

  it('routes GFM pipe tables (newer exports) through the same path', () => {
    const tree = unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkMdx)
      .parse('## 存储\n\n| 数据量 | 用量 |\n| --- | --- |\n| 100 万 | 6 GB |\n');
    exportedTables()(tree, {path: 'docs/p.mdx'});
    expect(find(tree as LooseNode, 'table')).toHaveLength(0);
    expect(shape(find(tree as LooseNode, 'DocTable')[0]!)).toMatchObject({
      attrs: {variant: 'plain', label: '存储'},
      DocTable: [
        {thead: [{tr: [{th: ['数据量'], attrs: {scope: 'col'}}, {th: ['用量']}]}]},
        {tbody: [{tr: [{td: ['100 万']}, {td: ['6 GB']}]}]},
      ],
    });
  });
});
