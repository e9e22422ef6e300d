import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import {describe, expect, it} from 'vitest';
import exportedTables from '../../src/remark/exportedTables';
import exportHeadingIds, {headingIds} from '../../src/remark/exportHeadingIds';
import type {MdNode} from '../../src/remark/mdast';

function run(source: string, plugin: (tree: MdNode, file: {path?: string}) => void, filePath = 'docs/page.mdx'): MdNode {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(source) as unknown as MdNode;
  plugin(tree, {path: filePath});
  return tree;
}

/** A compact view of JSX elements: name[attrs](children). */
function shape(node: MdNode): unknown {
  const kids = (node.children ?? []).filter((c) => !(c.type === 'text' && !c.value?.trim())).map(shape);
  if (node.type === 'text') return node.value;
  if (!node.name) return kids.length === 1 ? kids[0] : kids;
  const attrs = Object.fromEntries((node.attributes ?? []).map((a) => [a.name, a.value]));
  return {[node.name]: kids, ...(Object.keys(attrs).length ? {attrs} : {})};
}

const find = (tree: MdNode, name: string): MdNode[] => {
  const out: MdNode[] = [];
  const visit = (n: MdNode) => {
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
      attrs: {variant: 'matrix'},
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
        {thead: [{tr: [{attrs: {rowspan: '2', scope: 'col'}}, {attrs: {colspan: '2', scope: 'colgroup'}}]}, {tr: [{}, {}]}]},
        {tbody: [{tr: [{td: [{p: ['Disk & backup']}]}, {td: [{p: [{code: ['1 TB']}]}]}, {td: [{p: ['2 TB', {br: []}, 'on request']}]}]}]},
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
    expect(() => run('<table>\n  <tr>\n    <th>A</th>\n  </tr>\n  <div>stray</div>\n</table>\n', exportedTables(), 'docs/x.mdx')).toThrow(
      'docs/x.mdx:5: unexpected <div> inside a <table>',
    );
  });
});

describe('exportHeadingIds', () => {
  function pages(zh: string, en: string) {
    const root = mkdtempSync(path.join(tmpdir(), 'heading-ids-'));
    mkdirSync(path.join(root, 'docs'));
    mkdirSync(path.join(root, 'en'));
    writeFileSync(path.join(root, 'docs/p.mdx'), zh);
    writeFileSync(path.join(root, 'en/p.mdx'), en);
    return {root, plugin: exportHeadingIds({siteDir: root, pairs: [['docs', 'en']]})};
  }

  it('gives an empty {#} heading the id of the same heading in the other locale', () => {
    const zh = '# 页\n\n## 准备 \\{#}\n\n```md\n## not a heading \\{#nope}\n```\n\n## 下一步 \\{#}\n';
    const en = '# Page\n\n## Preparation \\{#preparation}\n\n## Next steps {/* #next-steps */}\n';
    const {root, plugin} = pages(zh, en);
    const tree = run(zh, plugin, path.join(root, 'docs/p.mdx'));
    const headings = (tree.children ?? []).filter((n) => n.type === 'heading' && n.depth === 2);
    expect(headings.map((h) => [h.children?.map((c) => c.value).join(''), h.data?.hProperties?.id])).toEqual([
      ['准备', 'preparation'],
      ['下一步', 'next-steps'],
    ]);
  });

  it('strips {#} and leaves the usual slug when the other locale has no id', () => {
    const {root, plugin} = pages('## 准备 \\{#}\n', '## Preparation\n');
    const tree = run('## 准备 \\{#}\n', plugin, path.join(root, 'docs/p.mdx'));
    expect(tree.children![0]!.children!.map((c) => c.value)).toEqual(['准备']);
    expect(tree.children![0]!.data?.hProperties?.id).toBeUndefined();
  });

  it('reads explicit ids in both syntaxes and skips code fences', () => {
    expect(headingIds('## A \\{#a}\n### B {/* #b */}\n```\n## C {#c}\n```\n## D\n## E \\{#}\n')).toEqual(['a', 'b', undefined, undefined]);
  });
});
