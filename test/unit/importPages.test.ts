import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import type {ContentSet} from '../../plugins/export-pipeline/contentSets';
import {importPages, MANIFEST} from '../../scripts/page-import';
import {indexPage} from '../../scripts/page-import/categories';
import {tempTree} from './helpers/tempTree';

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
const EN = 'i18n/en/docusaurus-plugin-content-docs/current';

const tree = (files: Record<string, string>) => tempTree('import', files);
const page = (slug: string, body = '# T\n') => `---\ntitle: "T | BYOC"\nslug: /${slug}\n---\n\n${body}`;
const read = (root: string, file: string) => readFileSync(path.join(root, file), 'utf8');
const json = (root: string, file: string) => JSON.parse(read(root, file)) as unknown;
const JA = 'i18n/ja/docusaurus-plugin-content-docs/current';

describe('import:pages', () => {
  it('puts a new page and its images where Docusaurus expects them, and reports the missing translations', () => {
    const site = tree({'docs/old.mdx': page('old')});
    const folder = tree({
      'aws-vpc.md': page('aws-vpc', '![a](/byoc/Tok1.png)\n'),
      'byoc/Tok1.png': 'png',
      'byoc/unused.png': 'png',
    });
    const report = importPages({root: site, set, locale: 'en', folder});
    expect(report).toMatchObject({refused: [], added: ['docs/aws-vpc.en.mdx'], images: ['static/byoc/Tok1.png']});
    expect(report.untranslated).toEqual([{file: 'docs/aws-vpc.en.mdx', missing: ['zh-Hans', 'ja']}]);
    expect(existsSync(path.join(site, 'static/byoc/unused.png'))).toBe(false);
    expect(JSON.parse(read(site, MANIFEST))).toHaveProperty(['docs/aws-vpc.en.mdx', 'locale'], 'en');
  });

  it('files a translation next to its default-locale page, and moves a one-locale page when its Chinese export arrives', () => {
    const site = tree({});
    importPages({root: site, set, locale: 'en', folder: tree({'vpc.mdx': page('vpc', 'English\n')})});
    const zh = importPages({root: site, set, locale: 'zh-Hans', folder: tree({'vpc.mdx': page('vpc', '中文\n')})});
    expect(zh).toMatchObject({added: ['docs/vpc.mdx'], moved: [{from: 'docs/vpc.en.mdx', to: `${EN}/vpc.mdx`}]});
    expect(read(site, `${EN}/vpc.mdx`)).toContain('English');
    expect(read(site, 'docs/vpc.mdx')).toContain('中文');
    const ja = importPages({root: site, set, locale: 'ja', folder: tree({'vpc.mdx': page('vpc', '日本語\n')})});
    expect(ja).toMatchObject({added: ['i18n/ja/docusaurus-plugin-content-docs/current/vpc.mdx'], untranslated: []});
  });

  it('reports a changed page and an unchanged one', () => {
    const site = tree({});
    importPages({root: site, set, locale: 'zh-Hans', folder: tree({'a.mdx': page('a'), 'b.mdx': page('b')})});
    const again = importPages({
      root: site,
      set,
      locale: 'zh-Hans',
      folder: tree({'a.mdx': page('a', '# 新\n'), 'b.mdx': page('b')}),
    });
    expect(again).toMatchObject({changed: ['docs/a.mdx'], unchanged: ['docs/b.mdx'], added: []});
  });

  it('refuses a slug another page has, naming both files, and writes nothing', () => {
    const site = tree({'docs/limits.mdx': page('byoc-limits')});
    const folder = tree({'quotas.md': page('byoc-limits'), 'fine.md': page('fine')});
    const report = importPages({root: site, set, locale: 'zh-Hans', folder});
    expect(report.refused).toEqual([
      `${path.join(folder, 'quotas.md')}: slug "/byoc-limits" is already taken by docs/limits.mdx`,
    ]);
    expect(existsSync(path.join(site, 'docs/fine.mdx'))).toBe(false);
    expect(existsSync(path.join(site, MANIFEST))).toBe(false);
  });

  it('refuses two pages of one batch with the same slug', () => {
    const folder = tree({'a.md': page('same'), 'b.md': page('same')});
    expect(importPages({root: tree({}), set, locale: 'en', folder}).refused).toEqual([
      `${path.join(folder, 'b.md')}: slug "/same" is also the slug of ${path.join(folder, 'a.md')}`,
    ]);
  });

  it('never overwrites a page it did not import, or one edited since', () => {
    const site = tree({'docs/hand.mdx': page('hand', '# 手写\n')});
    expect(importPages({root: site, set, locale: 'zh-Hans', folder: tree({'hand.mdx': page('hand')})}).refused).toEqual(
      ['docs/hand.mdx exists and was not written by import:pages; it is left alone (move or delete it by hand first)'],
    );
    expect(read(site, 'docs/hand.mdx')).toContain('手写');

    importPages({root: site, set, locale: 'zh-Hans', folder: tree({'x.mdx': page('x')})});
    writeFileSync(path.join(site, 'docs/x.mdx'), page('x', '# edited\n'));
    expect(
      importPages({root: site, set, locale: 'zh-Hans', folder: tree({'x.mdx': page('x', '# v2\n')})}).refused,
    ).toEqual([
      'docs/x.mdx was edited by hand since its import; it is left alone (commit or revert the edit, then delete it to re-import)',
    ]);
  });

  it('names the locales it knows when given another', () => {
    expect(() => importPages({root: tree({}), set, locale: 'fr', folder: tree({})})).toThrow(
      'unknown locale "fr" (this site has: zh-Hans, en, ja)',
    );
  });

  describe('a folder tree', () => {
    /** One locale's export of a tree: an index page, a page, and a subfolder labelled by the team's _category_.json. */
    const exportTree = (label: string, body: string) =>
      tree({
        'networking/byoc-networking.mdx': page('byoc-networking', body),
        'networking/byoc-dns.mdx': page('byoc-dns', body),
        'networking/firewall/_category_.json': JSON.stringify({label, position: 5}),
        'networking/firewall/byoc-egress.mdx': page('byoc-egress', body),
      });

    it('keeps its folders, links each folder to its index page and labels the others as shipped', () => {
      const site = tree({});
      const zh = importPages({root: site, set, locale: 'zh-Hans', folder: exportTree('防火墙', '中文\n')});
      expect(zh.refused).toEqual([]);
      expect(zh.added).toEqual([
        'docs/networking/byoc-dns.mdx',
        'docs/networking/byoc-networking.mdx',
        'docs/networking/firewall/byoc-egress.mdx',
      ]);
      expect(json(site, 'docs/networking/_category_.json')).toEqual({
        key: 'networking',
        link: {type: 'doc', id: 'byoc-networking'},
      });
      expect(json(site, 'docs/networking/firewall/_category_.json')).toEqual({
        label: '防火墙',
        position: 5,
        key: 'networking/firewall',
      });
      expect(zh.unlabelled).toEqual([]);

      // A translation goes to the same folders; the label it ships goes to its locale's current.json.
      const ja = importPages({root: site, set, locale: 'ja', folder: exportTree('ファイアウォール', '日本語\n')});
      expect(ja.added).toContain(`${JA}/networking/firewall/byoc-egress.mdx`);
      expect(json(site, 'i18n/ja/docusaurus-plugin-content-docs/current.json')).toEqual({
        'sidebar.byocSidebar.category.networking/firewall': {
          message: 'ファイアウォール',
          description: "The label for category 'networking/firewall' in sidebar 'byocSidebar'",
        },
      });
      expect(json(site, 'docs/networking/firewall/_category_.json')).toHaveProperty('label', '防火墙');
    });

    it('links a folder of one-locale pages to its index page, and follows the page when its Chinese export arrives', () => {
      const site = tree({});
      const folder = {'guide/byoc-overview.mdx': page('byoc-overview'), 'guide/setup.mdx': page('setup')};
      importPages({root: site, set, locale: 'en', folder: tree(folder)});
      expect(existsSync(path.join(site, 'docs/guide/setup.en.mdx'))).toBe(true);
      expect(json(site, 'docs/guide/_category_.json')).toEqual({
        key: 'guide',
        link: {type: 'doc', id: 'byoc-overview.en'},
      });
      importPages({
        root: site,
        set,
        locale: 'zh-Hans',
        folder: tree({'guide/byoc-overview.mdx': page('byoc-overview')}),
      });
      expect(json(site, 'docs/guide/_category_.json')).toEqual({
        key: 'guide',
        link: {type: 'doc', id: 'byoc-overview'},
      });
      expect(existsSync(path.join(site, `${EN}/guide/byoc-overview.mdx`))).toBe(true);
    });

    it('keeps what was written by hand in a _category_.json, and reports a folder it cannot label', () => {
      const site = tree({'docs/misc/_category_.json': JSON.stringify({collapsed: false})});
      const report = importPages({root: site, set, locale: 'zh-Hans', folder: tree({'misc/a.mdx': page('a')})});
      expect(json(site, 'docs/misc/_category_.json')).toEqual({collapsed: false, key: 'misc'});
      expect(report.unlabelled).toEqual(['docs/misc']);
    });

    it('refuses a _category_.json that is not JSON, naming it, and writes nothing', () => {
      const folder = tree({'misc/_category_.json': '{label: x}', 'misc/a.mdx': page('a')});
      const site = tree({});
      const report = importPages({root: site, set, locale: 'zh-Hans', folder});
      expect(report.refused).toHaveLength(1);
      expect(report.refused[0]).toMatch(new RegExp(`^${path.join(folder, 'misc/_category_.json')}: not valid JSON`));
      expect(existsSync(path.join(site, 'docs'))).toBe(false);
    });

    it('finds the index page by name: index or overview, the folder name, then a name ending in -overview or -<folder>', () => {
      const locales = set.locales;
      expect(indexPage('networking', ['a.mdx', 'overview.mdx', 'networking.mdx'], locales)).toBe('overview.mdx');
      expect(indexPage('networking', ['byoc-networking.mdx', 'networking.mdx'], locales)).toBe('networking.mdx');
      expect(indexPage('a/networking', ['dns.mdx', 'byoc-networking.en.mdx'], locales)).toBe('byoc-networking.en.mdx');
      expect(indexPage('guide', ['byoc-overview.mdx', 'setup.mdx'], locales)).toBe('byoc-overview.mdx');
      expect(indexPage('guide', ['setup.mdx', 'networking.mdx'], locales)).toBeUndefined();
    });
  });
});
