import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {compile} from '@mdx-js/mdx';
import {describe, expect, it} from 'vitest';
import type {ContentSet} from '../../plugins/export-pipeline/contentSets';
import {
  headingIdPreprocessor,
  headingIds,
  normalizeHeadingIds,
  parseHeadingLine,
} from '../../plugins/export-pipeline/exportHeadingIds';

// Every heading form the editor's export writes (FIELD-NOTES "Real exports").
const FORMS: [string, {text: string; id?: string}][] = [
  ['## 云管理\\{#}', {text: '云管理'}],
  ['## 云管理 \\{#}', {text: '云管理'}],
  ['## Cloud Management\\{#cloud-management}', {text: 'Cloud Management', id: 'cloud-management'}],
  ['## Cloud Management{#cloud-management}', {text: 'Cloud Management', id: 'cloud-management'}],
  ['## Cloud Management {#cloud-management}', {text: 'Cloud Management', id: 'cloud-management'}],
  ['## クラウド管理\\{#cloud-management}', {text: 'クラウド管理', id: 'cloud-management'}],
  ['## 云管理 {/* #cloud-management */}', {text: '云管理', id: 'cloud-management'}],
  ['## Cloud Management', {text: 'Cloud Management'}],
];

describe('heading lines', () => {
  it.each(FORMS)('reads %s', (line, expected) => {
    expect(parseHeadingLine(line)).toEqual({depth: 2, ...expected});
  });

  it('rewrites each form to valid MDX that Docusaurus reads, line for line', async () => {
    for (const [line, {text, id}] of FORMS) {
      const out = normalizeHeadingIds(`# Page\n\n${line}\n\nText.\n`);
      expect(out.split('\n')).toHaveLength(6);
      expect(out.split('\n')[2]).toBe(id ? `## ${text} {/* #${id} */}` : `## ${text}`);
      await expect(compile(out)).resolves.toBeDefined();
    }
  });

  it('the bare {#id} form does not compile as exported (why this runs before MDX)', async () => {
    await expect(compile('## Cloud Management{#cloud-management}\n')).rejects.toThrow(/acorn/i);
  });

  it('leaves code fences (also indented in lists) and front matter alone', () => {
    const source =
      '---\n# yaml comment {#x}\n---\n## A {#a}\n\n   ```md\n   ## not a heading {#nope}\n   ```\n\n## B\n';
    expect(headingIds(source)).toEqual(['a', undefined]);
    expect(normalizeHeadingIds(source)).toBe(source.replace('## A {#a}', '## A {/* #a */}'));
  });
});

describe('ids shared across locales', () => {
  it('a heading without an id takes the id its counterpart gives, in either direction', () => {
    const zh = '## 准备 \\{#}\n\n## 下一步\n\n## 限制 {#limits}\n';
    const en = '## Preparation{#preparation}\n\n## Next steps {/* #next-steps */}\n\n## Limits\n';
    expect(normalizeHeadingIds(zh, [{locale: 'en', source: en}])).toBe(
      '## 准备 {/* #preparation */}\n\n## 下一步 {/* #next-steps */}\n\n## 限制 {/* #limits */}\n',
    );
    expect(normalizeHeadingIds(en, [{locale: 'zh-Hans', source: zh}])).toBe(
      '## Preparation {/* #preparation */}\n\n## Next steps {/* #next-steps */}\n\n## Limits {/* #limits */}\n',
    );
  });

  it('does not pair pages whose headings differ in number', () => {
    expect(normalizeHeadingIds('## 甲 \\{#}\n', [{locale: 'en', source: '## A {#a}\n## B {#b}\n'}])).toBe('## 甲\n');
  });

  it('where the locales disagree, every locale takes the preferred (English) id', () => {
    const en = '## Cloud management {#cloud-management}\n\n## Scale resources {#scale-resources}\n';
    const zh = '## 云管理 {#cloud-managment}\n\n## 扩展资源 {#scale-resoures}\n';
    const ja = '## クラウド管理\\{#cloud-managment}\n\n## リソースのスケーリング\n';
    const ids = (text: string) => [...text.matchAll(/#([a-z-]+) \*\//g)].map((m) => m[1]);
    const expected = ['cloud-management', 'scale-resources'];
    expect(
      ids(
        normalizeHeadingIds(
          zh,
          [
            {locale: 'en', source: en},
            {locale: 'ja', source: ja},
          ],
          'en',
        ),
      ),
    ).toEqual(expected);
    expect(
      ids(
        normalizeHeadingIds(
          ja,
          [
            {locale: 'zh-Hans', source: zh},
            {locale: 'en', source: en},
          ],
          'en',
        ),
      ),
    ).toEqual(expected);
    // The English page keeps its own.
    expect(ids(normalizeHeadingIds(en, [{locale: 'zh-Hans', source: zh}]))).toEqual(expected);
  });

  it('finds headings indented inside a layout grid', () => {
    const source = '<Grid>\n\n    <div>\n\n        ## 全球集群\\{#global-cluster}\n\n    </div>\n\n</Grid>\n';
    expect(headingIds(source)).toEqual(['global-cluster']);
    expect(normalizeHeadingIds(source)).toContain('        ## 全球集群 {/* #global-cluster */}\n');
  });

  it('as the preprocessor, reads the other locales of the same file', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'heading-ids-'));
    const set: ContentSet = {
      id: 'default',
      path: 'docs',
      routeBasePath: '',
      locales: ['zh-Hans', 'en', 'ja'],
      defaultLocale: 'zh-Hans',
      staticDir: 'static',
      headingIdLocale: 'en',
      sidebarPath: './sidebars.ts',
      sidebarIds: ['byocSidebar'],
    };
    const files = {
      'docs/p.mdx': '## 云管理\\{#}\n',
      'i18n/en/docusaurus-plugin-content-docs/current/p.mdx': '## Cloud Management\n',
      'i18n/ja/docusaurus-plugin-content-docs/current/p.mdx': '## クラウド管理\\{#cloud-management}\n',
    };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, file)), {recursive: true});
      writeFileSync(path.join(root, file), text);
    }
    const run = headingIdPreprocessor(root, [set]);
    for (const [file, text] of Object.entries(files))
      expect(run({filePath: path.join(root, file), fileContent: text})).toMatch(/\{\/\* #cloud-management \*\/\}\n$/);
  });
});
