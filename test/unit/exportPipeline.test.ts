import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import {describe, expect, it, vi} from 'vitest';
import type {ContentSet} from '../../plugins/export-pipeline/contentSets';
import chineseSpacing, {spaceChinese} from '../../plugins/export-pipeline/chineseSpacing';
import {normalizeFrontMatter} from '../../plugins/export-pipeline/exportFrontMatter';
import exportedLinks, {processLinks, resolveLink, type LinkContext} from '../../plugins/export-pipeline/exportedLinks';
import {degradeUnknownComponents} from '../../plugins/export-pipeline/knownComponents';
import {siteSlugs} from '../../plugins/export-pipeline/sitePages';
import {decodeEntities} from '../../plugins/export-pipeline/exportedEntities';
import {nameDemos} from '../../plugins/export-pipeline/exportedDemos';
import {withoutEmojiIcon} from '../../src/theme/Admonition/emoji';
import {visit} from 'unist-util-visit';
import {textOf, type Nodes, type Root} from '../../plugins/export-pipeline/mdast';
import type {LooseNode} from './helpers/looseNode';
import {GLOBAL_MDX_COMPONENTS} from '../../src/theme/mdxComponentNames';
import {tempTree} from './helpers/tempTree';

const parse = (source: string): Root => unified().use(remarkParse).use(remarkMdx).parse(source);
const nodes = (tree: Root, type: string) => {
  const out: (Nodes & LooseNode)[] = [];
  visit(tree, (n) => {
    if (n.type === type) out.push(n as Nodes & LooseNode);
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
  headingIdLocale: 'en',
  sidebarPath: './sidebars.ts',
  sidebarIds: ['byocSidebar'],
};
const ZILLIZ = {
  sites: {
    'zh-Hans': 'https://docs.zilliz.com.cn/',
    en: 'https://docs.zilliz.com/',
    ja: 'https://docs.zilliz.com/ja-JP/',
  },
  sections: ['docs', 'reference'],
};

describe('links', () => {
  const ctx: LinkContext = {
    slugs: new Set(['byoc-network', 'shared-responsibilities']),
    routeBasePath: '',
    zillizSite: ZILLIZ.sites.en,
    zillizSections: ZILLIZ.sections,
  };

  it.each([
    ['./byoc-network', {kind: 'page', url: '/byoc-network'}],
    ['byoc-network#preparation', {kind: 'page', url: '/byoc-network#preparation'}],
    ['../byoc-network.md', {kind: 'page', url: '/byoc-network'}],
    ['/docs/byoc-network', {kind: 'page', url: '/byoc-network'}],
    ['/docs/byoc/shared-responsibilities', {kind: 'page', url: '/shared-responsibilities'}],
    ['./quick-start', {kind: 'zilliz', url: 'https://docs.zilliz.com/docs/quick-start'}],
    ['/docs/byoc/byoc-faq#limits', {kind: 'zilliz', url: 'https://docs.zilliz.com/docs/byoc/byoc-faq#limits'}],
    // Every section of the Zilliz docs, with or without a language prefix, in the reader's language.
    [
      '/reference/restful/list-collections-v2',
      {kind: 'zilliz', url: 'https://docs.zilliz.com/reference/restful/list-collections-v2'},
    ],
    [
      '/reference/python/python/Collections-create',
      {kind: 'zilliz', url: 'https://docs.zilliz.com/reference/python/python/Collections-create'},
    ],
    ['/ja-JP/docs/quick-start#install', {kind: 'zilliz', url: 'https://docs.zilliz.com/docs/quick-start#install'}],
    ['/zh-CN/reference/restful', {kind: 'zilliz', url: 'https://docs.zilliz.com/reference/restful'}],
    // A page this site carries stays here, whatever the prefix.
    ['/ja-JP/docs/byoc/byoc-network', {kind: 'page', url: '/byoc-network'}],
    ['/docs/byoc-network/', {kind: 'page', url: '/byoc-network'}],
    ['https://zilliz.com', {kind: 'keep'}],
    ['#anchor', {kind: 'keep'}],
    ['/shared-responsibilities', {kind: 'keep'}],
    ['/shared-responsibilities.csv', {kind: 'keep'}],
    ['./diagram.png', {kind: 'keep'}],
    ['', {kind: 'broken', reason: 'the link has no target'}],
    [
      '/pricing',
      {
        kind: 'broken',
        reason: '/pricing is neither a page of this site nor in a section of the Zilliz docs (/docs/, /reference/)',
      },
    ],
    [
      '/ja-JP/',
      {
        kind: 'broken',
        reason: '/ja-JP/ is neither a page of this site nor in a section of the Zilliz docs (/docs/, /reference/)',
      },
    ],
  ] as const)('%s', (url, expected) => {
    expect(resolveLink(url, ctx)).toEqual(expected);
  });

  it('resolves a corpus route and each locale’s Zilliz site', () => {
    expect(resolveLink('./a', {...ctx, slugs: new Set(['a']), routeBasePath: 'corpus'})).toEqual({
      kind: 'page',
      url: '/corpus/a',
    });
    expect(resolveLink('./nope', {...ctx, zillizSite: ZILLIZ.sites.ja})).toEqual({
      kind: 'zilliz',
      url: 'https://docs.zilliz.com/ja-JP/docs/nope',
    });
    expect(resolveLink('/ja-JP/reference/restful/x', {...ctx, zillizSite: ZILLIZ.sites['zh-Hans']})).toEqual({
      kind: 'zilliz',
      url: 'https://docs.zilliz.com.cn/reference/restful/x',
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

  it('degrades links to nowhere to their text and missing or blocked images to their description, reporting file:line', () => {
    const file = {path: path.join(root, 'docs/a.mdx')};
    const tree = parse(
      '# A\n\n![ok](/byoc/x.png)\n\n![remote](https://assets.zilliz.com/y.png)\n\n[empty]() and [away](/pricing) and [here](#a) and [gone](#nowhere)\n\n![a missing diagram](/byoc/missing.png)\n\n![blocked](https://cdn.example.com/z.png)\n\n<p><a href="/nope">raw</a></p>\n',
    );
    expect(processLinks(tree, file, options).map((p) => `${p.line}: ${p.message}`)).toEqual([
      '7: broken link: the link has no target; shown as text',
      '7: broken link: /pricing is neither a page of this site nor in a section of the Zilliz docs (/docs/, /reference/); shown as text',
      '7: broken link: no heading with the id "nowhere" on this page ("gone"); shown as text',
      '9: missing image /byoc/missing.png: no such file in static; shown as its description',
      "11: image https://cdn.example.com/z.png: the site's content-security policy blocks images from https://cdn.example.com (allowed: https://assets.zilliz.com); add the host to EXTERNAL_HOSTS.images in content.config.ts. Shown as its description",
      '13: broken link: /nope is neither a page of this site nor in a section of the Zilliz docs (/docs/, /reference/); shown as text',
    ]);
    expect(nodes(tree, 'link').map((l) => l.url)).toEqual(['#a']);
    expect(nodes(tree, 'image').map((i) => [i.url, i.data?.hProperties?.className])).toEqual([
      ['/byoc/x.png', undefined],
      ['https://assets.zilliz.com/y.png', ['remote-image']],
    ]);
    // An image's text is its description.
    expect(nodes(tree, 'paragraph').map(textOf)).toEqual([
      'ok',
      'remote',
      'empty and away and here and gone',
      'a missing diagram',
      'blocked',
      'raw',
    ]);
  });

  it('finds anchors as Docusaurus ids headings: inline code is text, an id comment is not', () => {
    const file = {path: path.join(root, 'docs/a.mdx')};
    const tree = parse(
      '# A\n\n## Run `terraform apply`\n\n## Limits {/* #limits */}\n\n[a](#run-terraform-apply) [b](#limits) [c](#run)\n',
    );
    expect(processLinks(tree, file, options).map((p) => `${p.line}: ${p.message}`)).toEqual([
      '7: broken link: no heading with the id "run" on this page ("c"); shown as text',
    ]);
    expect(textOf(tree.children[2]!)).toBe('Limits ');
  });

  it('reports through a build warning, once, instead of failing the build', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const file = {path: path.join(root, 'docs/a.mdx')};
      const plugin = exportedLinks(options);
      expect(() => plugin(parse('[x](/nowhere-at-all)\n'), file)).not.toThrow();
      plugin(parse('[x](/nowhere-at-all)\n'), file);
      expect(warn.mock.calls).toEqual([
        [
          `[WARNING] ${path.relative(process.cwd(), file.path)}:1: broken link: /nowhere-at-all is neither a page of this site nor in a section of the Zilliz docs (/docs/, /reference/); shown as text`,
        ],
      ]);
    } finally {
      warn.mockRestore();
    }
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
  const degrade = (source: string) => {
    const tree = parse(source);
    const problems = degradeUnknownComponents(
      tree,
      {path: 'docs/p.mdx'},
      {siteDir: root, globals: GLOBAL_MDX_COMPONENTS},
    );
    return {tree, problems: problems.map((p) => `${p.line}: ${p.message}`)};
  };

  it('accepts imported components, the registered ones and HTML', () => {
    const {tree, problems} = degrade(
      'import Procedures from \'@site/src/components/Procedures\';\n\n<Procedures>\n\n1. Step\n\n</Procedures>\n\n<Admonition type="info">\n\n<details><summary>x</summary></details>\n\n</Admonition>\n',
    );
    expect(problems).toEqual([]);
    expect(nodes(tree, 'mdxJsxFlowElement').map((n) => n.name)).toEqual(['Procedures', 'Admonition']);
  });

  it('turns an unknown component into UnknownComponent with its content only, and drops a missing import', () => {
    const {tree, problems} = degrade(
      "import Nope from '@site/src/components/Nope';\nimport Procedures from '@site/src/components/Procedures';\n\n# T\n\n<Nope data={rows}>\n\nKept **text**.\n\n</Nope>\n\nInline <Carousel items={3} /> too.\n",
    );
    expect(problems).toEqual([
      '1: imports "@site/src/components/Nope", which does not exist in this site; the import is left out',
      '6: unknown component <Nope>: the site does not have it, so only its content is shown (see CONTRIBUTING.md for the components writers may use)',
      '12: unknown component <Carousel>: the site does not have it, so only its content is shown (see CONTRIBUTING.md for the components writers may use)',
    ]);
    const esm = nodes(tree, 'mdxjsEsm')[0]!.data!.estree as {body: {source: {value: string}}[]};
    expect(esm.body.map((s) => s.source.value)).toEqual(['@site/src/components/Procedures']);
    const unknown = [...nodes(tree, 'mdxJsxFlowElement'), ...nodes(tree, 'mdxJsxTextElement')];
    expect(unknown.map((n) => [n.name, n.attributes])).toEqual([
      ['UnknownComponent', [{type: 'mdxJsxAttribute', name: 'name', value: 'Nope'}]],
      ['UnknownComponent', [{type: 'mdxJsxAttribute', name: 'name', value: 'Carousel'}]],
    ]);
    expect(textOf(unknown[0]!)).toBe('Kept text.');
  });
});

describe('Chinese spacing at build time', () => {
  it('spaces text nodes and the joins with code, links and emphasis; leaves code alone', () => {
    const tree = parse(
      '# 设置VPC\n\n运行`terraform apply`后，在[控制台](https://x)中管理EC2实例和**3个**集群。\n\n```bash\necho 中文abc\n```\n\n<Admonition title="关于BYOC">\n\n<p>共3项</p>\n\n</Admonition>\n',
    );
    spaceChinese(tree);
    expect(textOf(tree.children![0]!)).toBe('设置 VPC');
    expect(nodes(tree, 'inlineCode').map((c) => c.value)).toEqual(['terraform apply']);
    expect(nodes(tree, 'paragraph').map(textOf)).toEqual([
      '运行 terraform apply 后，在控制台中管理 EC2 实例和 3 个集群。',
      '共 3 项',
    ]);
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
  const sidebarIds = ['byocSidebar'];

  it('drops the export suffix, spaces Chinese titles, and leaves out what the site cannot use, saying why', () => {
    const {frontMatter, problems} = normalizeFrontMatter(
      {
        title: '设置VPC | BYOC',
        sidebar_label: '设置VPC',
        description: '在AWS上设置VPC。 | Cloud',
        beta: 'LIMITED',
        keywords: ['BYOC', 2024],
        displayed_sidebar: 'restfulSidebar',
        sidebar_position: 'undefined',
        added_since: 'FALSE',
        deprecate_since: 'v2024.3.x',
        last_modified: 'soon',
        token: 'Ahgkw1upqiFne0kMJBaciMyEnac',
      },
      {language: 'zh-Hans', sidebarIds},
    );
    expect(frontMatter).toEqual({
      title: '设置 VPC',
      sidebar_label: '设置 VPC',
      description: '在 AWS 上设置 VPC。',
      keywords: ['BYOC', '2024'],
      deprecate_since: 'v2024.3.x',
      token: 'Ahgkw1upqiFne0kMJBaciMyEnac',
    });
    expect(problems).toEqual([
      {
        key: 'beta',
        message:
          'front matter "beta": expected one of CONTACT SALES, PUBLIC PREVIEW, PRIVATE PREVIEW, PRIVATE, FALSE (got "LIMITED"); left out',
      },
      {
        key: 'sidebar_position',
        message: 'front matter "sidebar_position": expected a number (got "undefined"); left out',
      },
      {
        key: 'last_modified',
        message: 'front matter "last_modified": expected a version such as v2024.3.x, or FALSE (got "soon"); left out',
      },
      {
        key: 'displayed_sidebar',
        message:
          'front matter "displayed_sidebar": this site has no sidebar "restfulSidebar" (it has: byocSidebar); the page shows its section\'s sidebar',
      },
    ]);
  });

  it("accepts every beta value real exports carry, in canonical spelling, and the site's own sidebar", () => {
    for (const [beta, canonical] of [
      [false, undefined],
      ['FALSE', undefined],
      ['CONTACT SALES', 'CONTACT SALES'],
      ['Public Preview', 'PUBLIC PREVIEW'],
      ['PRIVATE PREVIEW', 'PRIVATE PREVIEW'],
      ['PRIVATE', 'PRIVATE'],
    ] as const) {
      const {frontMatter, problems} = normalizeFrontMatter(
        {title: 'Set up VPC | BYOC', beta, displayed_sidebar: 'byocSidebar'},
        {language: 'en', sidebarIds},
      );
      expect(problems, String(beta)).toEqual([]);
      expect(frontMatter).toEqual({
        title: 'Set up VPC',
        displayed_sidebar: 'byocSidebar',
        ...(canonical && {beta: canonical}),
      });
    }
  });
});

describe('text, images and demos as the export writes them', () => {
  it('decodes the character references the export escapes, in text only', () => {
    const tree = parse('将 \\&lt;endpoint\\&gt; 替换 \\&amp; 保存\\&nbsp;。\n\n`\\&lt;code\\&gt;`\n');
    decodeEntities(tree);
    expect(textOf(tree.children![0]!)).toBe('将 <endpoint> 替换 & 保存\u00a0。');
    expect(nodes(tree, 'inlineCode')[0]!.value).toBe('\\&lt;code\\&gt;');
  });

  it('describes an image named by the editor’s token by its caption, or not at all', () => {
    const root = site({'static/byoc/x.png': 'png'});
    const tree = parse(
      '![QJ1jwpa8YhQegqbrAYWcJEOUnWf](/byoc/x.png)\n\n![Fm1aXq7TbWz0PqLcN3dRkY5uVe2](/byoc/x.png "网络拓扑")\n\n![A network diagram](/byoc/x.png)\n',
    );
    const options = {siteDir: root, set, sets: [set], zillizDocs: ZILLIZ, staticDirs: ['static'], imageHosts: []};
    expect(processLinks(tree, {path: path.join(root, 'docs/a.mdx')}, options)).toEqual([]);
    expect(nodes(tree, 'image').map((i) => i.alt)).toEqual(['', '网络拓扑', 'A network diagram']);
  });

  it('names a demo without a title by the heading it sits under', () => {
    const tree = parse(
      '# 页面\n\n<Supademo id="a" title=""/>\n\n## 创建项目\n\n<Supademo id="b"/>\n\n<Supademo id="c" title="已有标题"/>\n',
    );
    nameDemos(tree);
    expect(nodes(tree, 'mdxJsxFlowElement').map((n) => n.attributes!.find((a) => a.name === 'title')?.value)).toEqual([
      '页面',
      '创建项目',
      '已有标题',
    ]);
  });

  it('admonitions lose the export’s emoji icon and the emoji before their title', () => {
    expect(withoutEmojiIcon({type: 'info', icon: '📘', title: '📘 注'})).toEqual({type: 'info', title: '注'});
    expect(withoutEmojiIcon({type: 'caution', icon: '🚧', title: 'Warning'})).toEqual({
      type: 'caution',
      title: 'Warning',
    });
    expect(withoutEmojiIcon({type: 'info', title: '📘'})).toEqual({type: 'info', title: undefined});
    const icon = {} as never;
    expect(withoutEmojiIcon({type: 'tip', icon, title: 'Tip'})).toEqual({type: 'tip', icon, title: 'Tip'});
  });
});
