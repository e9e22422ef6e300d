import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkContent} from '../../scripts/content-check';
import {matrix} from '@site/src/data/responsibilities/model';

function site(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'content-check-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), {recursive: true});
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

const page = (fm: string, body = '# T\n') => `---\n${fm}\n---\n\n${body}`;
const pairs = [{zh: 'docs', en: 'en'}];

describe('content check', () => {
  it('passes the site itself', () => {
    expect(checkContent({root: path.join(__dirname, '../..')})).toEqual([]);
  });

  it('names file and line for front matter that breaks the schema', () => {
    const root = site({
      'docs/a.mdx': page('title: 甲\nslug: /a\nbeta: MAYBE\nadded_since: 2024'),
      'en/a.mdx': page('title: A\nslug: /a'),
    });
    const problems = checkContent({root, pairs});
    expect(problems).toContainEqual(expect.objectContaining({where: 'docs/a.mdx:4', message: expect.stringMatching(/^front matter "beta"/)}));
    expect(problems).toContainEqual(
      expect.objectContaining({where: 'docs/a.mdx:5', message: expect.stringMatching(/^front matter "added_since".*v2024\.3\.x/)}),
    );
  });

  it('accepts the export’s fields and unknown keys', () => {
    const fm =
      'title: "甲 | BYOC"\nslug: /a\nbeta: FALSE\nnotebook: FALSE\ntype: origin\ntoken: abc\nsidebar_key: a\nsidebar_position: 3\nadded_since: v2024.3.x\nlast_modified: FALSE\ndeprecate_since: FALSE\nkeywords:\n  - BYOC\nsomething_new: 1';
    const root = site({'docs/a.mdx': page(fm), 'en/a.mdx': page(fm.replace('甲', 'A'))});
    expect(checkContent({root, pairs})).toEqual([]);
  });

  it('requires every page in both locales with the same slug', () => {
    const root = site({
      'docs/a.mdx': page('title: 甲\nslug: /a'),
      'docs/b.mdx': page('title: 乙\nslug: /b'),
      'en/b.mdx': page('title: B\nslug: /bee'),
      'en/c.mdx': page('title: C\nslug: /c'),
    });
    const messages = checkContent({root, pairs}).map((p) => `${p.where}: ${p.message}`);
    expect(messages).toContain('docs/a.mdx:1: no English version: add en/a.mdx');
    expect(messages).toContain('en/c.mdx:1: no Chinese version: add docs/c.mdx');
    expect(messages).toContainEqual(expect.stringMatching(/^en\/b\.mdx:1: slug "\/bee" differs from the Chinese page's "\/b"/));
  });

  it('flags Chinese text not spaced from Latin words and digits, with line and column', () => {
    const root = site({
      'docs/a.mdx': page('title: 甲\nslug: /a', '# 甲\n\n管理EC2实例，共3项。\n\n```bash\necho 中文abc\n```\n'),
      'en/a.mdx': page('title: A\nslug: /a'),
    });
    const problems = checkContent({root, pairs});
    expect(problems).toEqual([
      {where: 'docs/a.mdx:8:1', message: 'spacing: "管理EC2实例，共3项。" should be "管理 EC2 实例，共 3 项。"'},
    ]);
  });

  it('rejects duplicate heading ids in a page', () => {
    const root = site({
      'docs/a.mdx': page('title: 甲\nslug: /a', '## 一 {/* #x */}\n\n## 二 \\{#x}\n'),
      'en/a.mdx': page('title: A\nslug: /a'),
    });
    expect(checkContent({root, pairs})).toEqual([{where: 'docs/a.mdx:8', message: 'heading id "x" is already used on line 6'}]);
  });

  it('checks that a ResponsibilityTable names a known section under its own heading', () => {
    const root = site({
      'docs/a.mdx': page(
        'title: 甲\nslug: /a',
        '## 云管理 {/* #cloud-management */}\n\n<ResponsibilityTable section="cloud-management" />\n\n## 计费 {/* #billing */}\n\n<ResponsibilityTable section="billing" />\n',
      ),
      'en/a.mdx': page('title: A\nslug: /a', '## Cloud {/* #access-control */}\n\n<ResponsibilityTable section="cloud-management" />\n'),
    });
    const messages = checkContent({root, pairs}).map((p) => `${p.where}: ${p.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^docs\/a\.mdx:12: ResponsibilityTable: unknown section "billing"/),
      'en/a.mdx:8: the heading above <ResponsibilityTable section="cloud-management"> must have the id {/* #cloud-management */}',
      expect.stringMatching(/^en\/a\.mdx:8: heading "Cloud" should read "Cloud management"/),
    ]);
  });

  it('flags an English UI string left in Chinese, with file and line', () => {
    const root = site({
      'i18n/en/code.json': JSON.stringify({'a.ok': {message: 'Fine'}, 'b.todo': {message: '表格'}}, null, 2),
    });
    expect(checkContent({root, pairs: []})).toEqual([
      {where: 'i18n/en/code.json:5', message: '"b.todo" is not translated: "表格" (run npm run write-translations -- --locale en, then translate it)'},
    ]);
  });

  it('reports matrix mistakes by task id: a missing label, a duplicate id, bad spacing', () => {
    const broken = JSON.parse(JSON.stringify(matrix));
    delete broken.sections[0].tasks[1].label.en;
    broken.sections[1].tasks[0].id = 'set-up-vpc';
    broken.sections[2].tasks[0].label['zh-Hans'] = '管理IAM角色';
    const root = site({});
    const messages = checkContent({root, pairs, matrix: broken}).map((p) => `${p.where}: ${p.message}`);
    const file = 'src/data/responsibilities/sharedResponsibilities.ts';
    expect(messages).toContain(`${file}: task "manage-ec2-instances" (section "cloud-management") has no label for locale "en"`);
    expect(messages).toContainEqual(expect.stringContaining(`task "set-up-vpc" (section "upgrade-and-security") reuses the id "set-up-vpc"`));
    expect(messages).toContain(`${file} (task "manage-iam-roles-and-service-accounts"): spacing: "管理IAM角色" should be "管理 IAM 角色"`);
  });

  it('as a command, prints each problem and exits non-zero', () => {
    const root = site({'docs/a.mdx': page('title: 甲\nslug: /a', '# 甲\n\n共3项。\n')});
    const cli = path.join(__dirname, '../../scripts/check-content.ts');
    const jiti = path.join(__dirname, '../../node_modules/.bin/jiti');
    const run = spawnSync(jiti, [cli], {cwd: root, encoding: 'utf8'});
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('docs/a.mdx:1: no English version: add i18n/en/docusaurus-plugin-content-docs/current/a.mdx');
    expect(run.stderr).toContain('docs/a.mdx:8:1: spacing: "共3项。" should be "共 3 项。"');
    expect(run.stdout).toContain('content check: 2 problem(s)');
  });
});
