import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkContent, formatProblem, type Problem} from '../../scripts/content-check';
import {checkUiStrings} from '../../scripts/content-check/uiStrings';
import type {ContentSet} from '../../plugins/export-pipeline/contentSets';
import {matrix} from '@site/src/data/responsibilities/model';
import {tempTree} from './helpers/tempTree';
import {changedFiles, treeDigest} from '../helpers/scratchRepo';

const site = (files: Record<string, string>) => tempTree('content-check', files);

const page = (fm: string, body = '# T\n') => `---\n${fm}\n---\n\n${body}`;
const set: ContentSet = {
  id: 'default',
  path: 'docs',
  routeBasePath: '',
  locales: ['zh-Hans', 'en'],
  defaultLocale: 'zh-Hans',
  staticDir: 'static',
  headingIdLocale: 'en',
  sidebarPath: './sidebars.ts',
  sidebarIds: ['byocSidebar'],
};
const EN = 'i18n/en/docusaurus-plugin-content-docs/current';
const sets = [set];
const staticDirs = ['static'];
const errors = (problems: Problem[]) => problems.filter((p) => p.severity === 'error');
const lines = (problems: Problem[]) => problems.map(formatProblem);

describe('content check', () => {
  it('passes the site itself (the corpus’ unknown beta and English-only pages are not errors)', () => {
    const problems = checkContent({root: path.join(__dirname, '../..')});
    expect(errors(problems)).toEqual([]);
    expect(lines(problems)).toContain(
      'test/corpus/byoc-aws-iam.en.mdx:1: info: not translated into zh-Hans, ja: readers there see the en page with a notice',
    );
  });

  it('warns with file and line for each front-matter value the build leaves out; none is an error', () => {
    const root = site({
      'docs/a.mdx': page('title: 甲\nslug: /a\nbeta: MAYBE\nadded_since: 2024\ndisplayed_sidebar: restfulSidebar'),
      [`${EN}/a.mdx`]: page('title: A\nslug: /a\nsidebar_position: undefined'),
    });
    expect(lines(checkContent({root, sets, staticDirs}))).toEqual([
      'docs/a.mdx:4: warning: front matter "beta": expected one of CONTACT SALES, PUBLIC PREVIEW, PRIVATE PREVIEW, PRIVATE, FALSE (got "MAYBE"); left out',
      'docs/a.mdx:5: warning: front matter "added_since": expected a version such as v2024.3.x, or FALSE (got 2024); left out',
      'docs/a.mdx:6: warning: front matter "displayed_sidebar": this site has no sidebar "restfulSidebar" (it has: byocSidebar); the page shows its section\'s sidebar',
      `${EN}/a.mdx:4: warning: front matter "sidebar_position": expected a number (got "undefined"); left out`,
    ]);
  });

  it('accepts every field and value real exports carry', () => {
    const fm =
      'title: "甲 | BYOC"\nslug: /a\nbeta: PRIVATE\nnotebook: FALSE\ntype: origin\ntoken: abc\nsidebar_key: a\nsidebar_position: 3\nadded_since: v2024.3.x\nlast_modified: FALSE\ndeprecate_since: FALSE\nkeywords:\n  - BYOC\nsomething_new: 1';
    const root = site({'docs/a.mdx': page(fm), [`${EN}/a.mdx`]: page(fm.replace('甲', 'A'))});
    expect(checkContent({root, sets, staticDirs})).toEqual([]);
  });

  it('lists untranslated pages as information; a page Docusaurus would drop and slug mismatches are errors', () => {
    const root = site({
      'docs/a.mdx': page('title: 甲\nslug: /a'),
      'docs/b.mdx': page('title: 乙\nslug: /b'),
      'docs/vpc.en.mdx': page('title: VPC\nslug: /vpc'),
      [`${EN}/b.mdx`]: page('title: B\nslug: /bee'),
      [`${EN}/c.mdx`]: page('title: C\nslug: /c'),
    });
    expect(lines(checkContent({root, sets, staticDirs}))).toEqual([
      `docs/a.mdx:1: info: not translated into en: readers there see the zh-Hans page with a notice`,
      `${EN}/b.mdx:1: error: slug "/bee" differs from "/b" in docs/b.mdx; all locales of a page share its slug`,
      `docs/vpc.en.mdx:1: info: not translated into zh-Hans: readers there see the en page with a notice`,
      `${EN}/c.mdx:1: error: no page docs/c.mdx, so Docusaurus does not build this one: add the zh-Hans page, or if it exists only in en move it to docs/c.en.mdx (npm run import:pages does this)`,
    ]);
  });

  it('no longer reports Chinese spacing in pages: the build applies it', () => {
    const root = site({
      'docs/a.mdx': page('title: 设置VPC\nslug: /a', '# 设置VPC\n\n管理EC2实例，共3项。\n'),
      [`${EN}/a.mdx`]: page('title: A\nslug: /a'),
    });
    expect(checkContent({root, sets, staticDirs})).toEqual([]);
  });

  it('warns of duplicate heading ids in a page, and of ids two locales give one heading differently, naming the one used', () => {
    const root = site({
      'docs/a.mdx': page('title: 甲\nslug: /a', '## 一 {/* #x */}\n\n## 二 \\{#x}\n\n## 三\\{#backup}\n'),
      [`${EN}/a.mdx`]: page('title: A\nslug: /a', '## One\n\n## Two\n\n## Three{#backups}\n'),
    });
    expect(lines(checkContent({root, sets, staticDirs}))).toEqual([
      'docs/a.mdx:8: warning: heading id "x" is already used on line 6; links to it land on the first',
      `docs/a.mdx:10: warning: heading id "backup" differs from "backups" at ${EN}/a.mdx:10 (the same heading in another locale); every locale uses "backups" (the en one)`,
      `${EN}/a.mdx:8: warning: heading id "x" is already used on line 6; links to it land on the first`,
    ]);
  });

  it('warns of what the build degrades: MDX syntax, unknown components, links to nowhere, anchors, missing images', () => {
    const root = site({
      'docs/a.mdx': page(
        'title: 甲\nslug: /a',
        '## 甲 {#one}\n\n<Carousel />\n\n[空]()\n\n[锚点](#nowhere) [好](#one) [外部](./quick-start)\n\n![图](/byoc/gone.png)\n\n<p>未闭合\n',
      ),
      'docs/b.mdx': page(
        'title: 乙\nslug: /b',
        '# 乙\n\n<Admonition type="info" icon="📘" title="说明">\n\n<p><a href="">空</a></p>\n\n</Admonition>\n',
      ),
      [`${EN}/a.mdx`]: page('title: A\nslug: /a', '## A\n'),
      [`${EN}/b.mdx`]: page('title: B\nslug: /b'),
    });
    const all = lines(checkContent({root, sets, staticDirs}));
    expect(all).toContainEqual(
      expect.stringMatching(
        /^docs\/a\.mdx:16: warning: MDX cannot parse this: .*; the page is shown as its source until it is fixed$/,
      ),
    );
    const fixed = site({
      'docs/a.mdx': page(
        'title: 甲\nslug: /a',
        '## 甲 {#one}\n\n<Carousel />\n\n[空]()\n\n[锚点](#nowhere) [好](#one) [外部](./quick-start)\n\n![图](/byoc/gone.png)\n',
      ),
      [`${EN}/a.mdx`]: page('title: A\nslug: /a', '## A\n'),
    });
    expect(lines(checkContent({root: fixed, sets, staticDirs}))).toEqual([
      expect.stringMatching(/^docs\/a\.mdx:8: warning: unknown component <Carousel>: the site does not have it/),
      'docs/a.mdx:10: warning: broken link: the link has no target; shown as text',
      'docs/a.mdx:12: warning: broken link: no heading with the id "nowhere" on this page ("锚点"); shown as text',
      'docs/a.mdx:14: warning: missing image /byoc/gone.png: no such file in static; shown as its description',
    ]);
    expect(all).toContain('docs/b.mdx:10: warning: broken link: the link has no target; shown as text');
    expect(errors(checkContent({root, sets, staticDirs}))).toEqual([]);
  });

  it('checks that a ResponsibilityTable names a known section under its own heading', () => {
    const root = site({
      'docs/a.mdx': page(
        'title: 甲\nslug: /a',
        '## 云管理 {/* #cloud-management */}\n\n<ResponsibilityTable section="cloud-management" />\n\n## 不存在 {/* #no-such-section */}\n\n<ResponsibilityTable section="no-such-section" />\n',
      ),
      [`${EN}/a.mdx`]: page(
        'title: A\nslug: /a',
        '## Cloud {/* #access-control */}\n\n<ResponsibilityTable section="cloud-management" />\n\n## Billing\n',
      ),
    });
    expect(lines(errors(checkContent({root, sets, staticDirs})))).toEqual([
      expect.stringMatching(/^docs\/a\.mdx:12: error: ResponsibilityTable: unknown section "no-such-section"/),
      `${EN}/a.mdx:8: error: the heading above <ResponsibilityTable section="cloud-management"> must have the id {/* #cloud-management */}`,
      expect.stringMatching(/^i18n\/en\/.*a\.mdx:8: error: heading "Cloud" should read "Cloud management"/),
    ]);
  });

  it('flags an English UI string left in Chinese, with file and line', () => {
    const root = site({
      'i18n/en/code.json': JSON.stringify({'a.ok': {message: 'Fine'}, 'b.todo': {message: '表格'}}, null, 2),
    });
    expect(lines(checkContent({root, sets: [set], staticDirs}))).toEqual([
      'i18n/en/code.json:5: error: "b.todo" is not translated: "表格" (run npm run write-translations -- --locale en, then translate it)',
    ]);
  });

  it('reports matrix mistakes by task id: a missing label, a duplicate id, bad spacing', () => {
    const broken = JSON.parse(JSON.stringify(matrix));
    delete broken.sections[0].tasks[1].label.en;
    broken.sections[1].tasks[0].id = 'set-up-vpc';
    broken.sections[2].tasks[0].label['zh-Hans'] = '管理IAM角色';
    const root = site({});
    const messages = checkContent({root, sets, staticDirs, matrix: broken}).map((p) => `${p.where}: ${p.message}`);
    const file = 'src/data/responsibilities/sharedResponsibilities.ts';
    expect(messages).toContain(
      `${file}: task "manage-ec2-instances" (section "cloud-management") has no label for locale "en"`,
    );
    expect(messages).toContainEqual(
      expect.stringContaining(`task "set-up-vpc" (section "upgrade-and-security") reuses the id "set-up-vpc"`),
    );
    expect(messages).toContain(
      `${file} (task "manage-iam-roles-and-service-accounts"): spacing: "管理IAM角色" should be "管理 IAM 角色"`,
    );
  });

  it('as a command, prints each finding and exits non-zero only on errors', () => {
    const cli = path.join(__dirname, '../../scripts/check-content.ts');
    const jiti = path.join(__dirname, '../../node_modules/.bin/jiti');
    const degraded = site({'docs/a.mdx': page('title: 甲\nslug: /a', '# 甲\n\n<Nope />\n')});
    const degradedBefore = treeDigest(degraded);
    const warned = spawnSync(jiti, [cli], {cwd: degraded, encoding: 'utf8'});
    expect(warned.status).toBe(0);
    expect(warned.stdout).toContain('docs/a.mdx:1: info: not translated into en');
    expect(warned.stdout).toContain('docs/a.mdx:8: warning: unknown component <Nope>');
    expect(warned.stdout).toContain('content check: 0 error(s), 1 warning(s), 1 note(s)');
    expect(changedFiles(degradedBefore, treeDigest(degraded))).toEqual([]);
    const broken = site({'docs/a.mdx': page('title: 甲\nslug: /a\ntags: [unclosed', '# 甲\n')});
    const brokenBefore = treeDigest(broken);
    const run = spawnSync(jiti, [cli], {cwd: broken, encoding: 'utf8'});
    // A check reads; it writes nothing, passing or failing.
    expect(changedFiles(brokenBefore, treeDigest(broken))).toEqual([]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('docs/a.mdx:1: error: front matter is not valid YAML');
    expect(run.stdout).toMatch(/content check: 1 error\(s\), 0 warning\(s\)/);
  }, 30_000);
});

describe('content check: UI strings', () => {
  const component = `import React from 'react';
import Translate, {translate} from '@docusaurus/Translate';
export default function X() {
  return <p title={translate({id: 'x.title', message: '标题'})}><Translate id="x.text">正文</Translate></p>;
}
`;
  const themeConfig = {
    navbar: {title: 'BYOC', items: [{label: '文档', to: '/'}]},
    footer: {links: [], copyright: '版权所有'},
  };
  const json = (entries: Record<string, string>) =>
    JSON.stringify(Object.fromEntries(Object.entries(entries).map(([id, message]) => [id, {message}])));

  it('fails on an id missing from a locale’s code.json or theme file, naming the id and the file', async () => {
    const root = site({
      'src/components/X/index.tsx': component,
      'i18n/en/code.json': json({'x.title': 'Title', 'x.text': 'Text'}),
      'i18n/en/docusaurus-theme-classic/navbar.json': json({title: 'BYOC', 'item.label.文档': 'Docs'}),
      'i18n/en/docusaurus-theme-classic/footer.json': json({copyright: 'All rights reserved'}),
      'i18n/ja/code.json': json({'x.title': 'タイトル'}),
      'i18n/ja/docusaurus-theme-classic/navbar.json': json({title: 'BYOC'}),
      'i18n/ja/docusaurus-theme-classic/footer.json': json({copyright: '無断転載禁止'}),
    });
    const problems = await checkUiStrings({root, locales: ['en', 'ja'], themeConfig: themeConfig as never});
    expect(problems.map((p) => p.severity)).toEqual(['error', 'error']);
    expect(lines(problems)).toEqual([
      expect.stringMatching(
        /^i18n\/ja\/code\.json: error: UI string "x\.text" \(src\/components\/X\/index\.tsx: "正文"\) has no ja translation in i18n\/ja\/code\.json/,
      ),
      expect.stringMatching(
        /^i18n\/ja\/docusaurus-theme-classic\/navbar\.json: error: UI string "item\.label\.文档" .* has no ja translation/,
      ),
    ]);
  });

  it('fails on a string left as its Chinese source in a locale, except a name that reads the same everywhere', async () => {
    const withName = component.replace(
      '<Translate id="x.text">正文</Translate>',
      '<Translate id="x.text">正文</Translate><Translate id="x.format">JSON</Translate>',
    );
    const root = site({
      'src/components/X/index.tsx': withName,
      'i18n/en/code.json': json({'x.title': 'Title', 'x.text': 'Text', 'x.format': 'JSON'}),
      'i18n/en/docusaurus-theme-classic/navbar.json': json({title: 'BYOC', 'item.label.文档': 'Docs'}),
      'i18n/en/docusaurus-theme-classic/footer.json': json({copyright: 'All rights reserved'}),
      'i18n/ja/code.json': json({'x.title': 'タイトル', 'x.text': '正文', 'x.format': 'JSON'}),
      'i18n/ja/docusaurus-theme-classic/navbar.json': json({title: 'BYOC', 'item.label.文档': '文档'}),
      'i18n/ja/docusaurus-theme-classic/footer.json': json({copyright: '無断転載禁止'}),
    });
    const problems = await checkUiStrings({root, locales: ['en', 'ja'], themeConfig: themeConfig as never});
    expect(lines(problems)).toEqual([
      'i18n/ja/code.json: error: UI string "x.text" (src/components/X/index.tsx) is still its Chinese source "正文" in i18n/ja/code.json, so ja pages show it untranslated: translate it (a name that reads the same in every language belongs in SAME_IN_EVERY_LOCALE, scripts/content-check/uiStrings.ts)',
      'i18n/ja/docusaurus-theme-classic/navbar.json: error: UI string "item.label.文档" (docusaurus.config.ts (themeConfig)) is still its Chinese source "文档" in i18n/ja/docusaurus-theme-classic/navbar.json, so ja pages show it untranslated: translate it (a name that reads the same in every language belongs in SAME_IN_EVERY_LOCALE, scripts/content-check/uiStrings.ts)',
    ]);
  });

  it('passes the site itself: every locale has every string', async () => {
    const root = path.join(__dirname, '../..');
    const {default: config} = await import('../../docusaurus.config');
    expect(await checkUiStrings({root, locales: ['en', 'ja'], themeConfig: config.themeConfig ?? {}})).toEqual([]);
  });
});
