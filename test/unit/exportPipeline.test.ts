import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import {describe, expect, it, vi} from 'vitest';
import type {ContentSet} from '../../src/remark/contentSets';
import chineseSpacing, {spaceChinese} from '../../src/remark/chineseSpacing';
import {normalizeFrontMatter} from '../../src/remark/exportFrontMatter';
import exportedLinks, {processLinks, resolveLink, type LinkContext} from '../../src/remark/exportedLinks';
import knownComponents from '../../src/remark/knownComponents';
import {siteSlugs} from '../../src/remark/sitePages';
import {textOf, walk, type MdNode} from '../../src/remark/mdast';
import {GLOBAL_MDX_COMPONENTS} from '../../src/theme/mdxComponentNames';
import {tempTree} from './helpers/tempTree';

const parse = (source: string) => unified().use(remarkParse).use(remarkMdx).parse(source) as unknown as MdNode;
const nodes = (tree: MdNode, type: string) => {
  const out: MdNode[] = [];
  walk(tree, (n) => {
    if (n.type === type) out.push(n);
  });
  return out;
};

const site = (files: Record<string, string>) => tempTree('export-pipeline', files);

const set: ContentSet = {
  id: 'default',
  path: 'docs',
  routeBasePath: '',
  locales: ['zh-Hans', 'en', 'ja'],
  defaultLocale: 'zh-Hans',
  staticDir: 'static',
};
const ZILLIZ = {
  'zh-Hans': 'https://docs.zilliz.com.cn/docs/',
  en: 'https://docs.zilliz.com/docs/',
  ja: 'https://docs.zilliz.com/ja-JP/docs/',
};

describe('links', () => {
  const ctx: LinkContext = {
    slugs: new Set(['byoc-network', 'shared-responsibilities']),
    routeBasePath: '',
    zillizDocs: ZILLIZ.en,
  };

  it.each([
    ['./byoc-network', {kind: 'page', url: '/byoc-network'}],
    ['byoc-network#preparation', {kind: 'page', url: '/byoc-network#preparation'}],
    ['../byoc-network.md', {kind: 'page', url: '/byoc-network'}],
    ['/docs/byoc-network', {kind: 'page', url: '/byoc-network'}],
    ['/docs/byoc/shared-responsibilities', {kind: 'page', url: '/shared-responsibilities'}],
    ['./quick-start', {kind: 'zilliz', url: 'https://docs.zilliz.com/docs/quick-start'}],
    ['/docs/byoc/byoc-faq#limits', {kind: 'zilliz', url: 'https://docs.zilliz.com/docs/byoc/byoc-faq#limits'}],
    ['https://zilliz.com', {kind: 'keep'}],
    ['#anchor', {kind: 'keep'}],
    ['/shared-responsibilities', {kind: 'keep'}],
    ['/shared-responsibilities.csv', {kind: 'keep'}],
    ['./diagram.png', {kind: 'keep'}],
    ['', {kind: 'broken', reason: 'the link has no target'}],
    [
      '/pricing',
      {kind: 'broken', reason: '/pricing is not a page of this site (a Zilliz docs link starts with /docs/)'},
    ],
  ] as const)('%s', (url, expected) => {
    expect(resolveLink(url, ctx)).toEqual(expected);
  });

  it('resolves a corpus route and each locale’s Zilliz site', () => {
    expect(resolveLink('./a', {...ctx, slugs: new Set(['a']), routeBasePath: 'corpus'})).toEqual({
      kind: 'page',
      url: '/corpus/a',
    });
    expect(resolveLink('./nope', {...ctx, zillizDocs: ZILLIZ.ja})).toEqual({
      kind: 'zilliz',
      url: 'https://docs.zilliz.com/ja-JP/docs/nope',
    });
  });

  const root = site({
    'docs/a.mdx': '---\nslug: /a\n---\n',
    'docs/b.mdx': '---\nslug: /bee\n---\n',
    'static/byoc/x.png': 'png',
  });
  const options = {
    siteDir: root,
    set,
    sets: [set],
    zillizDocs: ZILLIZ,
    staticDirs: ['static'],
    imageHosts: ['https://assets.zilliz.com'],
  };

  it('turns raw <a href> (in admonitions, table cells) into links resolved the same way', () => {
    const tree = parse(
      '<Admonition>\n\n<p>See <a href="./bee" target="_self">B</a> and <a href="./quick-start">start</a>.</p>\n\n</Admonition>\n',
    );
    vi.stubEnv('DOCUSAURUS_CURRENT_LOCALE', 'zh-Hans');
    try {
      expect(processLinks(tree, {path: path.join(root, 'docs/a.mdx')}, options)).toEqual([]);
    } finally {
      vi.unstubAllEnvs();
    }
    expect(nodes(tree, 'mdxJsxTextElement').filter((n) => n.name === 'a')).toEqual([]);
    expect(nodes(tree, 'link').map((l) => [l.url, textOf(l), l.data?.hProperties])).toEqual([
      ['/bee', 'B', {target: '_self'}],
      ['https://docs.zilliz.com.cn/docs/quick-start', 'start', {}],
    ]);
  });

  it('links to the Zilliz docs in the language of the build, not of the file', () => {
    const tree = parse('[x](./quick-start)\n');
    vi.stubEnv('DOCUSAURUS_CURRENT_LOCALE', 'ja');
    try {
      processLinks(tree, {path: path.join(root, 'docs/a.mdx')}, options);
    } finally {
      vi.unstubAllEnvs();
    }
    expect(nodes(tree, 'link')[0]!.url).toBe('https://docs.zilliz.com/ja-JP/docs/quick-start');
  });

  it('fails the build naming file:line for links to nowhere and missing images; remote images get a fixed box', () => {
    const file = {path: path.join(root, 'docs/a.mdx')};
    const tree = parse(
      '# A\n\n![ok](/byoc/x.png)\n\n![remote](https://assets.zilliz.com/y.png)\n\n[empty]()\n\n![gone](/byoc/missing.png)\n',
    );
    expect(() => exportedLinks(options)(tree, file)).toThrow(
      `${file.path}:7: broken link: the link has no target\n${file.path}:9: missing image /byoc/missing.png: no such file in static`,
    );
    expect(nodes(tree, 'image').map((i) => i.data?.hProperties?.className)).toEqual([
      undefined,
      'remote-image',
      undefined,
    ]);
  });

  it('fails on a remote image from a host the content-security policy does not allow, naming the fix', () => {
    const file = {path: path.join(root, 'docs/a.mdx')};
    const tree = parse('# A\n\n![ok](https://assets.zilliz.com/y.png)\n\n![other](https://cdn.example.com/z.png)\n');
    expect(() => exportedLinks(options)(tree, file)).toThrow(
      `${file.path}:5: image https://cdn.example.com/z.png: the site's content-security policy blocks images from https://cdn.example.com (allowed: https://assets.zilliz.com); add the host to EXTERNAL_HOSTS.images in content.config.ts`,
    );
  });
});

describe('the pages links are checked against', () => {
  const pageSet: ContentSet = {...set, id: 'slugs-test', locales: ['zh-Hans'], defaultLocale: 'zh-Hans'};
  const added = (root: string, slug: string) => writeFileSync(path.join(root, 'docs', `${slug}.mdx`), '# New\n');

  it('are read once per set by a build (NODE_ENV=production): its files do not change while it runs', () => {
    const root = tempTree('slugs-build', {'docs/a.mdx': '# A\n'});
    vi.stubEnv('NODE_ENV', 'production');
    try {
      expect([...siteSlugs(root, pageSet)]).toEqual(['a']);
      added(root, 'b');
      expect([...siteSlugs(root, pageSet)]).toEqual(['a']);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('are read again for each page elsewhere (dev server, checks), so a page added meanwhile is found', () => {
    const root = tempTree('slugs-dev', {'docs/a.mdx': '# A\n'});
    vi.stubEnv('NODE_ENV', 'development');
    try {
      expect([...siteSlugs(root, pageSet)]).toEqual(['a']);
      added(root, 'b');
      expect([...siteSlugs(root, pageSet)].sort()).toEqual(['a', 'b']);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('components', () => {
  const root = site({'src/components/Procedures/index.tsx': 'export default 1;'});
  const check = (source: string) => () =>
    knownComponents({siteDir: root, globals: GLOBAL_MDX_COMPONENTS})(parse(source), {path: 'docs/p.mdx'});

  it('accepts imported components, the registered ones and HTML', () => {
    expect(
      check(
        'import Procedures from \'@site/src/components/Procedures\';\n\n<Procedures>\n\n1. Step\n\n</Procedures>\n\n<Admonition type="info">\n\n<details><summary>x</summary></details>\n\n</Admonition>\n',
      ),
    ).not.toThrow();
  });

  it('names an unknown component and a missing import with file:line', () => {
    expect(check('# T\n\n<Carousel items={3} />\n')).toThrow(
      /^docs\/p\.mdx:3: unknown component <Carousel>: the site does not have it/,
    );
    expect(check("import Nope from '@site/src/components/Nope';\n\n# T\n")).toThrow(
      'docs/p.mdx:1: imports "@site/src/components/Nope", which does not exist in this site',
    );
  });
});

describe('Chinese spacing at build time', () => {
  it('spaces text nodes and the joins with code, links and emphasis; leaves code alone', () => {
    const tree = parse(
      '# 设置VPC\n\n运行`terraform apply`后，在[控制台](https://x)中管理EC2实例和**3个**集群。\n\n```bash\necho 中文abc\n```\n\n<Admonition title="关于BYOC">\n\n<p>共3项</p>\n\n</Admonition>\n',
    );
    spaceChinese(tree);
    expect(textOf(tree.children![0]!)).toBe('设置 VPC');
    // textOf leaves out inline code: "运行 `terraform apply` 后".
    expect(nodes(tree, 'paragraph').map(textOf)).toEqual(['运行  后，在控制台中管理 EC2 实例和 3 个集群。', '共 3 项']);
    expect(nodes(tree, 'code')[0]!.value).toBe('echo 中文abc');
    expect(nodes(tree, 'mdxJsxFlowElement')[0]!.attributes![0]!.value).toBe('关于 BYOC');
  });

  it('only on Chinese pages, one-locale English pages included as English', () => {
    const root = '/site';
    const plugin = chineseSpacing({siteDir: root, sets: [set]});
    const text = (file: string) => {
      const tree = parse('管理EC2实例\n');
      plugin(tree, {path: `${root}/${file}`});
      return textOf(tree);
    };
    expect(text('docs/a.mdx')).toBe('管理 EC2 实例');
    expect(text('docs/a.en.mdx')).toBe('管理EC2实例');
    expect(text('i18n/ja/docusaurus-plugin-content-docs/current/a.mdx')).toBe('管理EC2实例');
  });
});

describe('front matter', () => {
  it('drops the product suffix, spaces Chinese titles and warns on an unknown beta, naming the file', () => {
    const warn = vi.fn();
    const out = normalizeFrontMatter(
      {
        title: '设置VPC | BYOC',
        sidebar_label: '设置VPC',
        description: '在AWS上设置VPC。 | BYOC',
        beta: 'LIMITED',
        keywords: ['BYOC'],
      },
      {language: 'zh-Hans', file: 'docs/a.mdx', warn},
    );
    expect(out).toEqual({
      title: '设置 VPC',
      sidebar_label: '设置 VPC',
      description: '在 AWS 上设置 VPC。',
      beta: 'LIMITED',
      keywords: ['BYOC'],
    });
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/^docs\/a\.mdx: front matter "beta": unknown value "LIMITED"/),
    );
  });

  it('accepts every beta value real exports carry', () => {
    const warn = vi.fn();
    for (const beta of [false, 'FALSE', 'CONTACT SALES', 'PUBLIC PREVIEW', 'PRIVATE PREVIEW', 'PRIVATE'])
      normalizeFrontMatter({title: 'Setup | BYOC', beta}, {language: 'en', file: 'x', warn});
    expect(warn).not.toHaveBeenCalled();
    expect(normalizeFrontMatter({title: 'Set up VPC | BYOC'}, {language: 'en', file: 'x', warn}).title).toBe(
      'Set up VPC',
    );
  });
});
