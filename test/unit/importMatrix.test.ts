// @vitest-environment node
import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {changedFiles, removeScratch, scratchRepo, treeDigest} from '../helpers/scratchRepo';
import {
  sharedResponsibilities,
  SHARED_RESPONSIBILITIES_FILE,
} from '@site/src/data/responsibilities/sharedResponsibilities';
// The matrix and exports the fixtures were written against, frozen, so that a
// task added to the live data (the recipes in src/data/responsibilities/README.md) does not break these tests.
import {sharedResponsibilities as baseline} from '../fixtures/import-matrix/baseline/sharedResponsibilities';
import {allTasks, type Matrix} from '@site/src/data/responsibilities/model';
import {LOCALES, type Locale} from '@site/src/i18n/locales';
import {consoleLinks} from '@site/src/data/responsibilities/consoleLinks';
import {formatChanges} from '@site/scripts/import-matrix/formatChanges';
import {ImportError} from '@site/scripts/import-matrix/ImportError';
import {idFromLabel, importMatrix, type Exports, type ImportOptions} from '@site/scripts/import-matrix/importMatrix';
import {
  CHANGE_LOG_FILE,
  CONSOLE_LINKS_FILE,
  EDITOR_EXPORTS_DIR,
  editorExportPath,
  runImport,
} from '@site/scripts/import-matrix/index';
import {pageFile, updatePage} from '@site/scripts/import-matrix/pages';
import {parseExport} from '@site/scripts/import-matrix/parseExport';
import {rewriteDataSource} from '@site/scripts/import-matrix/writeDataSource';
import {matrixFingerprint} from '@site/plugins/responsibility-matrix/fingerprint';
import {changeLogSource} from '@site/scripts/import-matrix/writeChangeLog';
import type {ChangeLog} from '@site/src/data/responsibilities/changes';

const ROOT = path.join(__dirname, '../..');
const FIXTURES = 'test/fixtures/import-matrix';
const SEED = 'test/fixtures/seed-shared-responsibilities.mdx';
const TODAY = '2031-01-02';

/** The baseline's log: it was published as it is. */
const BASELINE_LOG: ChangeLog = [
  {
    date: baseline.version,
    fingerprint: matrixFingerprint(baseline),
    changes: [{kind: 'initial', sections: 5, tasks: 17}],
  },
];

const fixture = (name: string) => `${FIXTURES}/${name}`;
const BASELINE = `${FIXTURES}/baseline`;
const baselineExport = (locale: Locale) => `${BASELINE}/editor-exports/${locale}.mdx`;
/** Each locale's Shared Responsibilities page as it was for the baseline (a section added since is not in it). */
const baselinePage = (locale: Locale) => `${BASELINE}/pages/${locale}.mdx`;
const parse = (file: string) => parseExport(readFileSync(path.join(ROOT, file), 'utf8'), file);
/** The exports last imported, with some locales replaced by other files. */
const exportsWith = (files: Partial<Record<Locale, string>>): Exports =>
  Object.fromEntries(LOCALES.map((l) => [l, parse(files[l] ?? baselineExport(l))]));
/** A change exported in every locale: `<name>.<locale>.mdx`. */
const everyLocale = (name: string) =>
  Object.fromEntries(LOCALES.map((l) => [l, fixture(`${name}.${l}.mdx`)])) as Record<Locale, string>;
const run = (
  files: Partial<Record<Locale, string>>,
  options: Partial<ImportOptions> = {},
  current: Matrix = baseline,
) => importMatrix(current, exportsWith(files), {today: TODAY, ...options});
const refusal = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    expect((e as Error).message).not.toContain('\n');
    return (e as Error).message;
  }
  throw new Error('the import was not refused');
};
const task = (m: Matrix, id: string) => allTasks(m).find((t) => t.id === id);
/** A scratch copy of what the import reads and writes, holding the baseline data and exports. */
const scratchCopy = (): string => {
  const dir = mkdtempSync(path.join(tmpdir(), 'import-matrix-'));
  for (const p of [CONSOLE_LINKS_FILE, FIXTURES]) cpSync(path.join(ROOT, p), path.join(dir, p), {recursive: true});
  for (const l of LOCALES) cpSync(path.join(ROOT, baselinePage(l)), path.join(dir, pageFile(l)));
  cpSync(path.join(ROOT, BASELINE, 'sharedResponsibilities.ts'), path.join(dir, SHARED_RESPONSIBILITIES_FILE));
  cpSync(path.join(ROOT, BASELINE, 'editor-exports'), path.join(dir, EDITOR_EXPORTS_DIR), {recursive: true});
  writeFileSync(path.join(dir, CHANGE_LOG_FILE), changeLogSource(BASELINE_LOG));
  return dir;
};

describe('the data and the exports last imported', () => {
  it(`agree: importing ${EDITOR_EXPORTS_DIR} again changes nothing`, () => {
    const live = Object.fromEntries(LOCALES.map((l) => [l, parse(editorExportPath(l))])) as Exports;
    const {matrix, changes, notes} = importMatrix(sharedResponsibilities, live, {today: TODAY});
    expect(formatChanges(changes)).toEqual([]);
    expect(notes).toEqual([]);
    expect(matrix).toEqual(sharedResponsibilities);
  });

  it('writes the data file exactly as it is (one line per task)', () => {
    const source = readFileSync(path.join(ROOT, SHARED_RESPONSIBILITIES_FILE), 'utf8');
    expect(rewriteDataSource(source, sharedResponsibilities, SHARED_RESPONSIBILITIES_FILE)).toBe(source);
  });
});

describe('reading exports', () => {
  it('reads the seed: raw <table>, <p> in cells, &amp;, no heading ids', () => {
    const seed = parse(SEED);
    expect(seed.sections.map((s) => [s.title, s.id, s.rows.length])).toEqual([
      ['Cloud Management', undefined, 5],
      ['Upgrade and security', undefined, 4],
      ['Access control', undefined, 2],
      ['Service availability', undefined, 2],
      ['Technical support', undefined, 4],
    ]);
    expect(seed.sections[0]!.parties).toEqual(['Zilliz BYOC', 'Customer']);
    expect(seed.sections[2]!.rows[1]).toEqual({
      label: 'Implement access control & auditing',
      marks: [true, true],
      line: 107,
    });
    expect(seed.sections[0]!.rows[0]).toMatchObject({label: 'Set up VPC', marks: [false, true]});
  });

  it('takes heading ids in every form the export writes', () => {
    const source = (heading: string) =>
      `---\ntitle: x\n---\n\n${heading}\n\n| Task | Zilliz BYOC | Customer |\n| --- | --- | --- |\n| Logging |  | ✔ |\n`;
    const idOf = (heading: string) => parseExport(source(heading), 'x.mdx').sections[0]!;
    expect(idOf('## Technical support{#technical-support}')).toMatchObject({
      title: 'Technical support',
      id: 'technical-support',
    });
    expect(idOf('## Technical support {#technical-support}')).toMatchObject({
      title: 'Technical support',
      id: 'technical-support',
    });
    expect(idOf('## テクニカルサポート\\{#technical-support}')).toMatchObject({
      title: 'テクニカルサポート',
      id: 'technical-support',
    });
    expect(idOf('## 技术支持\\{#}')).toMatchObject({title: '技术支持', id: undefined});
    expect(idOf('## 技术支持 {/* #technical-support */}')).toMatchObject({title: '技术支持', id: 'technical-support'});
    expect(idOf('## 技术支持')).toMatchObject({title: '技术支持', id: undefined});
  });

  it('reads a Japanese export: お客様 and a transliterated "ジリズBYOC" in the header, ids as \\{#id}', () => {
    const ja = parse(baselineExport('ja'));
    expect(ja.sections[0]!.parties).toEqual(['ジリズBYOC', 'お客様']);
    expect(ja.sections.map((s) => s.id)).toEqual(baseline.sections.map((s) => s.id));
    // Columns follow the English header by position: the import changes nothing.
    expect(run({ja: baselineExport('ja')})).toEqual({matrix: baseline, changes: [], notes: []});
  });

  it('reads a file saved on Windows (byte-order mark, CRLF) and code in a cell', () => {
    const source = readFileSync(path.join(ROOT, baselineExport('en')), 'utf8').replace(
      '<p>Logging</p>',
      '<p><code>syslog</code> logging</p>',
    );
    const windows = parseExport(`\uFEFF${source.replace(/\n/g, '\r\n')}`, 'windows.mdx');
    expect(windows.sections.map((s) => s.id)).toEqual(baseline.sections.map((s) => s.id));
    expect(windows.sections[4]!.rows[0]).toMatchObject({label: 'syslog logging', marks: [false, true], line: 147});
  });

  it('reads the GFM pipe tables of newer exports like the raw tables', () => {
    const gfm = parse(fixture('zh-Hans-gfm.mdx'));
    const html = parse(baselineExport('zh-Hans'));
    const shape = (e: typeof gfm) => e.sections.map((s) => [s.title, s.parties, s.rows.map((r) => [r.label, r.marks])]);
    expect(shape(gfm)).toEqual(shape(html));
    expect(run({'zh-Hans': fixture('zh-Hans-gfm.mdx')}).changes).toEqual([]);
  });
  it('reads every look-alike mark the page pipeline reads as a mark', () => {
    const file = baselineExport('en');
    const source = readFileSync(path.join(ROOT, file), 'utf8');
    const shape = (e: ReturnType<typeof parseExport>) => e.sections.map((s) => s.rows.map((r) => r.marks));
    const expected = shape(parseExport(source, file));
    const lookAlikes = ['✔︎', '✔️', '✅', '✓', '√'];
    expect(source.split('<p>✔</p>').length - 1).toBeGreaterThan(10);
    for (const mark of lookAlikes)
      expect(shape(parseExport(source.replaceAll('<p>✔</p>', `<p>${mark}</p>`), file)), mark).toEqual(expected);
  });
});

describe('importing a change', () => {
  it('the seed: shows its typo and capitalisation as label changes, keeps the Chinese labels and says so', () => {
    const {changes, notes, matrix} = run({en: SEED, 'zh-Hans': SEED});
    expect(formatChanges(changes)).toEqual([
      '~ label section "cloud-management" [en]: "Cloud management" → "Cloud Management"',
      '~ label task "scale-resources" [en]: "Scale resources" → "Scale resoures"  (a small spelling change: typo made or fixed?)',
    ]);
    expect(notes).toEqual([`${SEED} (zh-Hans): 22 labels are still in English; kept the existing zh-Hans labels`]);
    expect(task(matrix, 'set-up-vpc')!.label['zh-Hans']).toBe('设置 VPC');
    // Labels only: the "updated" date stays.
    expect(matrix.version).toBe(baseline.version);
  });

  it('a Japanese export still in English keeps the Japanese labels and says so', () => {
    const {matrix, notes, changes} = run({ja: SEED, en: SEED});
    expect(notes).toEqual([`${SEED} (ja): 22 labels are still in English; kept the existing ja labels`]);
    expect(changes.filter((c) => c.kind === 'label' && c.locale === 'ja')).toEqual([]);
    expect(task(matrix, 'set-up-vpc')!.label.ja).toBe(task(baseline, 'set-up-vpc')!.label.ja);
  });

  it('a changed mark: prints task, party, before → after, and dates the matrix', () => {
    const {changes, matrix} = run(everyLocale('changed-mark'));
    expect(formatChanges(changes)).toEqual(['~ mark "logging" (Logging), Zilliz BYOC: (empty) → ✔']);
    expect(task(matrix, 'logging')!.responsible).toEqual(['zilliz', 'customer']);
    expect(matrix.version).toBe(TODAY);
  });

  it('an added task: an id from its English label, AutoCorrect spacing in Chinese, a console link', () => {
    const {changes, matrix} = run(everyLocale('added-task'));
    expect(formatChanges(changes)).toEqual([
      '+ task "rotate-tls-certificates" in "upgrade-and-security": Rotate TLS certificates [Zilliz BYOC]',
    ]);
    const section = matrix.sections.find((s) => s.id === 'upgrade-and-security')!;
    expect(section.tasks.map((t) => t.id).slice(-2)).toEqual(['scale-resources', 'rotate-tls-certificates']);
    expect(task(matrix, 'rotate-tls-certificates')).toEqual({
      id: 'rotate-tls-certificates',
      label: {'zh-Hans': '轮换 TLS 证书', en: 'Rotate TLS certificates', ja: 'TLS 証明書のローテーション'},
      responsible: ['zilliz'],
    });
    expect(matrix.version).toBe(TODAY);
    expect(consoleLinks(matrix).links).toContainEqual({
      locale: 'en',
      kind: 'task',
      path: '/en/shared-responsibilities#rotate-tls-certificates',
      target: 'rotate-tls-certificates',
    });
  });

  it('a label reworded in one locale keeps its id; the version stays', () => {
    const {changes, matrix} = run({en: fixture('reworded.en.mdx')});
    expect(formatChanges(changes)).toEqual([
      '~ label task "implement-access-control-and-auditing" [en]: "Implement access control & auditing" → "Implement access control and auditing"',
      '~ label task "monitoring" [en]: "Monitoring" → "Monitoring and alerting"',
    ]);
    expect(allTasks(matrix).map((t) => t.id)).toEqual(allTasks(baseline).map((t) => t.id));
    expect(matrix.version).toBe(baseline.version);
  });

  it('is idempotent: the imported matrix imports to itself', () => {
    const files = everyLocale('added-task');
    const once = run(files).matrix;
    const twice = run(files, {today: '2032-12-31'}, once);
    expect(twice.changes).toEqual([]);
    expect(twice.matrix).toEqual(once);
  });

  it('makes kebab-case ids from English labels', () => {
    expect(idFromLabel('Rotate TLS certificates')).toBe('rotate-tls-certificates');
    expect(idFromLabel('  Back up & restore (DR) ')).toBe('back-up-and-restore-dr');
    expect(idFromLabel('Café résumé')).toBe('cafe-resume');
  });
});

describe('public ids', () => {
  it('refuses to drop a task id, naming it and the flag', () => {
    expect(refusal(() => run(everyLocale('dropped-task')))).toBe(
      'the exports drop public id the console may link to: "break-glass-access" (task "Break-glass access" of "technical-support"); keep it in the exports, or retire on purpose with --retire break-glass-access',
    );
  });

  it('retires a dropped task on purpose: its id lands on its section', () => {
    const files = everyLocale('dropped-task');
    const {changes, matrix} = run(files, {retire: {'break-glass-access': undefined}});
    expect(formatChanges(changes)).toEqual([
      '- retired "break-glass-access": its links now land on #technical-support',
    ]);
    expect(matrix.retired).toEqual({'break-glass-access': 'technical-support'});
    expect(task(matrix, 'break-glass-access')).toBeUndefined();
    expect(matrix.version).toBe(TODAY);
    // The retired list survives the next import of the same exports, with the flag again or without.
    expect(run(files, {}, matrix)).toEqual({matrix, changes: [], notes: []});
    expect(run(files, {retire: {'break-glass-access': undefined}}, matrix)).toEqual({matrix, changes: [], notes: []});
  });

  it('a retired id that comes back in an export is in use again', () => {
    const current = {...baseline, retired: {'rotate-tls-certificates': 'upgrade-and-security'}};
    const {matrix, changes} = run(everyLocale('added-task'), {}, current);
    expect(formatChanges(changes)).toEqual([
      '+ "rotate-tls-certificates" is in use again (no longer retired)',
      '+ task "rotate-tls-certificates" in "upgrade-and-security": Rotate TLS certificates [Zilliz BYOC]',
    ]);
    expect(matrix.retired).toBeUndefined();
  });

  it('refuses a section id renamed in an export, and retires the old one when asked', () => {
    const files = {en: fixture('renamed-section-id.en.mdx'), ja: fixture('renamed-section-id.ja.mdx')};
    expect(refusal(() => run(files))).toContain(
      'drop public id the console may link to: "technical-support" (section "Technical support")',
    );
    const {matrix, changes} = run(files, {retire: {'technical-support': undefined}});
    expect(matrix.sections.at(-1)!.id).toBe('support');
    expect(matrix.retired).toEqual({'technical-support': 'support'});
    expect(formatChanges(changes)).toEqual([
      '+ section "support": Technical support',
      '~ task "logging" (Logging) moved: section "technical-support" → "support"',
      '~ task "audit-logging" (Audit logging) moved: section "technical-support" → "support"',
      '~ task "monitoring" (Monitoring) moved: section "technical-support" → "support"',
      '~ task "break-glass-access" (Break-glass access) moved: section "technical-support" → "support"',
      '- retired "technical-support": its links now land on #support',
    ]);
  });

  it('refuses --retire for an id the exports still carry, or one that never existed', () => {
    expect(refusal(() => run({}, {retire: {logging: undefined}}))).toBe(
      '--retire logging: "logging" is still in the exports; only an id they drop can be retired',
    );
    expect(refusal(() => run({}, {retire: {'no-such-id': undefined}}))).toBe(
      '--retire no-such-id: no section or task has the id "no-such-id"',
    );
  });
});

describe('no drift between locales', () => {
  it('refuses exports that disagree on a mark, naming the row and both files', () => {
    expect(refusal(() => run({'zh-Hans': fixture('drift-mark.zh-Hans.mdx')}))).toBe(
      `the exports disagree on a mark: row 3 of "Technical support": ${baselineExport('en')}:157 "Monitoring" marks Zilliz BYOC, ${fixture('drift-mark.zh-Hans.mdx')}:157 "监控" marks Customer`,
    );
  });

  it('refuses exports that disagree on the order of tasks', () => {
    expect(refusal(() => run({'zh-Hans': fixture('drift-order.zh-Hans.mdx')}))).toBe(
      `the exports disagree on the tasks of "Cloud management", row 2: ${baselineExport('en')}:43 "Manage EC2 instances" is task "manage-ec2-instances", ${fixture('drift-order.zh-Hans.mdx')}:43 "管理 Kubernetes 集群" is task "manage-kubernetes-cluster"`,
    );
  });

  it('refuses exports that disagree on the set of tasks', () => {
    expect(refusal(() => run({en: fixture('added-task.en.mdx')}))).toBe(
      `the exports disagree on the tasks of "Upgrade and security": ${fixture('added-task.en.mdx')}:65 has 5 rows, ${baselineExport('zh-Hans')}:65 has 4 (${fixture('added-task.en.mdx')}:94 "Rotate TLS certificates" has no counterpart)`,
    );
  });

  it('refuses exports that disagree on sections', () => {
    const source = readFileSync(path.join(ROOT, baselineExport('zh-Hans')), 'utf8');
    const oneLess = source.slice(0, source.indexOf('## 技术支持'));
    const zh = parseExport(oneLess, 'zh-four-sections.mdx');
    expect(refusal(() => importMatrix(baseline, {...exportsWith({}), 'zh-Hans': zh}, {today: TODAY}))).toBe(
      `the exports disagree on sections: ${baselineExport('en')} has 5, zh-four-sections.mdx has 4 (${baselineExport('en')}:138 "Technical support" has no counterpart in zh-four-sections.mdx)`,
    );
  });

  it('refuses a section id that differs between locales', () => {
    const zh = parseExport(
      readFileSync(path.join(ROOT, baselineExport('zh-Hans')), 'utf8').replace(
        '## 技术支持\\{#}',
        '## 技术支持\\{#tech-support}',
      ),
      'zh-with-id.mdx',
    );
    expect(refusal(() => importMatrix(baseline, {...exportsWith({}), 'zh-Hans': zh}, {today: TODAY}))).toBe(
      `the exports disagree on a section id: ${baselineExport('en')}:138 "Technical support" has {#technical-support}, zh-with-id.mdx:138 "技术支持" has {#tech-support}`,
    );
  });

  it('refuses a new task still in English in the Chinese export', () => {
    const zh = parseExport(
      readFileSync(path.join(ROOT, fixture('added-task.zh-Hans.mdx')), 'utf8').replace(
        '轮换TLS证书',
        'Rotate TLS certificates',
      ),
      'zh-untranslated.mdx',
    );
    expect(
      refusal(() => importMatrix(baseline, {...exportsWith(everyLocale('added-task')), 'zh-Hans': zh}, {today: TODAY})),
    ).toBe(
      `${fixture('added-task.en.mdx')}:94: new task "Rotate TLS certificates" is still in English in zh-untranslated.mdx (zh-Hans); translate it in the editor and export again`,
    );
  });
});

describe('bad input fails with one line naming the file and row', () => {
  const cases: [string, Partial<Record<Locale, string>>, string][] = [
    [
      'not an export',
      {en: fixture('not-an-export.md')},
      `${fixture('not-an-export.md')}:1: not an export of the editor: it has no front matter (--- title: … ---)`,
    ],
    [
      'no matrix table',
      {en: fixture('no-table.en.mdx')},
      `${fixture('no-table.en.mdx')}: no matrix table: expected "##" section headings, each with a <table> or a | pipe | table of ✔ marks`,
    ],
    [
      'an unknown party in the English header',
      {en: fixture('unknown-party.en.mdx')},
      `${fixture('unknown-party.en.mdx')}:35: unknown party "AWS" in the header (known: Zilliz BYOC, Customer)`,
    ],
    [
      'a table with a different number of columns',
      {en: fixture('extra-column.en.mdx')},
      `${fixture('extra-column.en.mdx')}:75: the table of "Upgrade and security" has 3 columns, the first table (line 33) has 4`,
    ],
    [
      'a locale with a different number of columns',
      {'zh-Hans': fixture('extra-column.zh-Hans.mdx')},
      `${fixture('extra-column.zh-Hans.mdx')}:31: 4 columns, but ${baselineExport('en')}:33 has 3`,
    ],
    [
      'a row with a missing cell',
      {en: fixture('short-row.en.mdx')},
      `${fixture('short-row.en.mdx')}:53: row "Manage S3 bucket" of "Cloud management" has 2 cells, its header has 3`,
    ],
    [
      'a mark that is neither ✔ nor empty',
      {en: fixture('bad-mark.en.mdx')},
      `${fixture('bad-mark.en.mdx')}:54: row "Manage S3 bucket" of "Cloud management", column "Zilliz BYOC": "Yes" is not a mark (✔ ✔︎ ✔️ ✅ ✓ √ or empty)`,
    ],
  ];
  it.each(cases)('%s', (_, files, message) => {
    expect(refusal(() => run(files))).toBe(message);
  });
});

describe('the marks a writer or the editor may type', () => {
  const base = readFileSync(path.join(ROOT, baselineExport('en')), 'utf8');
  // Line 54: "Manage S3 bucket", Zilliz BYOC (empty); line 55: the same row, Customer (✔).
  const S3_ROW = '     <td><p>Manage S3 bucket</p></td>\n     <td></td>\n     <td><p>✔</p></td>\n';
  const withCells = (zilliz: string, customer: string) => {
    expect(base).toContain(S3_ROW);
    return base.replace(
      S3_ROW,
      `     <td><p>Manage S3 bucket</p></td>\n     <td>${zilliz}</td>\n     <td>${customer}</td>\n`,
    );
  };
  const importEn = (text: string) =>
    importMatrix(baseline, {...exportsWith({}), en: parseExport(text, 'marks.en.mdx')}, {today: TODAY});

  // The set the page pipeline renders as a mark (src/components/MatrixMark/marks.ts): each imports as ✔.
  it.each(['✔', '✔︎', '✔️', '✅', '✓', '√'])('imports %s as a mark', (mark) => {
    expect(importEn(withCells('', `<p>${mark}</p>`))).toEqual({matrix: baseline, changes: [], notes: []});
    const both = parseExport(withCells(`<p>${mark}</p>`, `<p>${mark}</p>`), 'marks.en.mdx');
    expect(both.sections[0]!.rows[3]).toEqual({label: 'Manage S3 bucket', marks: [true, true], line: 53});
  });

  // Anything else is a mistake to fix in the editor, refused naming the file, the line, the row and the column.
  it.each(['✗', '✘', '✕', '×', 'x', 'X', 'v', 'V', 'Y', 'Yes', '☑', '☑️', '☒', '✔✔', '√√', '○', '●', '-', '/'])(
    'refuses %s, naming file and line',
    (mark) => {
      expect(refusal(() => importEn(withCells(`<p>${mark}</p>`, '<p>✔</p>')))).toMatch(
        new RegExp(
          `^marks\\.en\\.mdx:54: row "Manage S3 bucket" of "Cloud management", column "Zilliz BYOC": "${mark.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}" is not a mark`,
        ),
      );
    },
  );
});

describe('the pages follow the sections', () => {
  const page = (locale: Locale) => readFileSync(path.join(ROOT, baselinePage(locale)), 'utf8');

  it('a retitled section gets its new heading text, keeping its id; nothing else moves', () => {
    const {matrix} = run({en: SEED, 'zh-Hans': SEED});
    const before = page('en');
    const after = updatePage(before, 'en', baseline, matrix);
    expect(after).toBe(
      before.replace('## Cloud management {/* #cloud-management */}', '## Cloud Management {/* #cloud-management */}'),
    );
    expect(updatePage(page('zh-Hans'), 'zh-Hans', baseline, matrix)).toBe(page('zh-Hans'));
  });

  it('a section under a new id replaces the retired one: heading and table', () => {
    const {matrix} = run(
      {en: fixture('renamed-section-id.en.mdx'), ja: fixture('renamed-section-id.ja.mdx')},
      {retire: {'technical-support': undefined}},
    );
    const after = updatePage(page('zh-Hans'), 'zh-Hans', baseline, matrix);
    expect(after).not.toContain('technical-support');
    // In the place of the old one: after the section before it, above the change history that ends the page.
    expect(
      after.endsWith(
        '<ResponsibilityTable section="service-availability" />\n\n## 技术支持 {/* #support */}\n\n<ResponsibilityTable section="support" />\n\n## 变更记录 {/* #matrix-changes */}\n\n<MatrixChangeLog />\n',
      ),
    ).toBe(true);
    // Imported again, the page stays as it is.
    expect(updatePage(after, 'zh-Hans', matrix, matrix)).toBe(after);
  });
});

// Each case starts Node and jiti: seconds, not milliseconds, on a busy 2-core machine. The command runs in a scratch
// copy of the repository (its own data, scripts and exports), and each case says which of the copy's files it wrote.
describe('npm run import:matrix (the command)', {timeout: 30_000}, () => {
  let copy = '';
  beforeAll(() => {
    copy = scratchRepo('import-matrix-command');
  });
  afterAll(() => removeScratch(copy));

  /** Runs the copy's own import:matrix in the copy; returns its result and the files it added, changed or removed. */
  const command = (args: string[], root = copy) => {
    const before = treeDigest(root);
    const result = spawnSync(
      process.execPath,
      [path.join(root, 'node_modules/jiti/bin/jiti.js'), path.join(root, 'scripts/import-matrix.ts'), ...args],
      {cwd: root, encoding: 'utf8'},
    );
    return {...result, written: changedFiles(before, treeDigest(root))};
  };
  /** The live exports with one change made in every locale: Zilliz also marks "logging". */
  const loggingMarkedByZilliz = (dir: string) => {
    const logging = task(sharedResponsibilities, 'logging')!;
    return LOCALES.flatMap((l) => {
      const file = path.join(dir, `${l}.mdx`);
      const text = readFileSync(path.join(ROOT, editorExportPath(l)), 'utf8');
      const row = `<td><p>${logging.label[l]}</p></td>\n     <td></td>`;
      expect(text, l).toContain(row);
      writeFileSync(file, text.replace(row, `<td><p>${logging.label[l]}</p></td>\n     <td><p>✔</p></td>`));
      return [`--${l}`, file];
    });
  };

  it('refuses bad input with exit code 1 and one line on stderr, writing nothing', () => {
    const result = command(['--en', fixture('bad-mark.en.mdx'), '--dry-run']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `import:matrix: ${fixture('bad-mark.en.mdx')}:54: row "Manage S3 bucket" of "Cloud management", column "Zilliz BYOC": "Yes" is not a mark (✔ ✔︎ ✔️ ✅ ✓ √ or empty) (nothing was written)\n`,
    );
    expect(result.written).toEqual([]);
  });

  it('names an unknown option and shows the usage, writing nothing', () => {
    const result = command(['--fr', 'x.mdx']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Unknown option '--fr'");
    expect(result.stderr).toContain(
      `usage: npm run import:matrix -- ${LOCALES.map((l) => (l === 'en' ? '--en <file>' : `[--${l} <file>]`)).join(' ')}`,
    );
    expect(result.written).toEqual([]);
  });

  it('prints the diff of a dry run, exits 0 and writes nothing', () => {
    const exportsDir = mkdtempSync(path.join(tmpdir(), 'import-matrix-exports-'));
    try {
      const result = command([...loggingMarkedByZilliz(exportsDir), '--dry-run']);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('~ mark "logging" (Logging), Zilliz BYOC: (empty) → ✔\n');
      expect(result.written).toEqual([]);
    } finally {
      rmSync(exportsDir, {recursive: true, force: true});
    }
  });

  it('without --dry-run, writes the data, console-links.json and the editor exports, and nothing else', () => {
    const own = scratchRepo('import-matrix-write');
    try {
      const exportsDir = mkdtempSync(path.join(tmpdir(), 'import-matrix-exports-'));
      const result = command(loggingMarkedByZilliz(exportsDir), own);
      rmSync(exportsDir, {recursive: true, force: true});
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(result.written).toEqual([
        '~ console-links.json',
        '~ src/data/responsibilities/changeLog.ts',
        '~ src/data/responsibilities/editor-exports/en.mdx',
        '~ src/data/responsibilities/editor-exports/ja.mdx',
        '~ src/data/responsibilities/editor-exports/zh-Hans.mdx',
        '~ src/data/responsibilities/sharedResponsibilities.ts',
      ]);
    } finally {
      removeScratch(own);
    }
  });
});

describe('npm run import:matrix (files)', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, {recursive: true, force: true});
    dir = undefined;
  });
  const scratch = () => (dir = scratchCopy());
  const snapshot = (root: string) =>
    [
      SHARED_RESPONSIBILITIES_FILE,
      CONSOLE_LINKS_FILE,
      CHANGE_LOG_FILE,
      ...LOCALES.map(editorExportPath),
      ...LOCALES.map(pageFile),
    ].map((f) => readFileSync(path.join(root, f), 'utf8'));

  it('writes the data, console-links.json and the exports, then finds nothing to do the second time', () => {
    const root = scratch();
    const files = everyLocale('added-task');
    const first = runImport({root, files, today: TODAY, current: baseline, log: BASELINE_LOG});
    expect(first.lines).toEqual([
      '+ task "rotate-tls-certificates" in "upgrade-and-security": Rotate TLS certificates [Zilliz BYOC]',
      `change log: an entry dated ${TODAY}, 1 change(s)`,
      `version (the matrix's "updated" date): ${baseline.version} → ${TODAY}`,
      `wrote ${[SHARED_RESPONSIBILITIES_FILE, CONSOLE_LINKS_FILE, CHANGE_LOG_FILE, ...LOCALES.map(editorExportPath)].join(', ')}`,
    ]);
    const data = readFileSync(path.join(root, SHARED_RESPONSIBILITIES_FILE), 'utf8');
    expect(data).toContain(`  version: '${TODAY}',\n`);
    expect(data).toMatch(
      /\n {8}\{id: 'rotate-tls-certificates', label: \{'zh-Hans': '轮换 TLS 证书', en: 'Rotate TLS certificates'.*\}, responsible: \['zilliz'\]\},\n/,
    );
    expect(JSON.parse(readFileSync(path.join(root, CONSOLE_LINKS_FILE), 'utf8')).links).toContainEqual({
      locale: 'zh-Hans',
      kind: 'task',
      path: '/shared-responsibilities#rotate-tls-certificates',
      target: 'rotate-tls-certificates',
    });
    expect(readFileSync(path.join(root, editorExportPath('en')), 'utf8')).toBe(
      readFileSync(path.join(ROOT, files.en), 'utf8'),
    );

    const before = snapshot(root);
    const second = runImport({root, files, today: '2032-12-31', current: first.matrix, log: first.log});
    expect(second.lines).toEqual(['no changes: the data already matches these exports']);
    expect(snapshot(root)).toEqual(before);
  });

  it('checks a locale not given against its last imported export', () => {
    const root = scratch();
    expect(() =>
      runImport({
        root,
        files: {en: fixture('changed-mark.en.mdx')},
        today: TODAY,
        current: baseline,
        log: BASELINE_LOG,
      }),
    ).toThrow(
      `the exports disagree on a mark: row 1 of "Technical support": ${fixture('changed-mark.en.mdx')}:147 "Logging" marks Zilliz BYOC + Customer, ${editorExportPath('zh-Hans')}:147 "日志记录" marks Customer [no --zh-Hans given: ${editorExportPath('zh-Hans')} is the last imported zh-Hans export]`,
    );
  });

  it('leaves every file untouched when it refuses, including a file that cannot be read', () => {
    const root = scratch();
    const before = snapshot(root);
    expect(() =>
      runImport({root, files: {en: fixture('bad-mark.en.mdx')}, today: TODAY, current: baseline, log: BASELINE_LOG}),
    ).toThrow(ImportError);
    expect(() =>
      runImport({
        root,
        files: {en: 'exports/missing.mdx', 'zh-Hans': editorExportPath('zh-Hans')},
        today: TODAY,
        current: baseline,
        log: BASELINE_LOG,
      }),
    ).toThrow('exports/missing.mdx: cannot read the file (ENOENT)');
    expect(snapshot(root)).toEqual(before);
  });

  it('a dry run reports and writes nothing', () => {
    const root = scratch();
    const before = snapshot(root);
    const {lines} = runImport({
      root,
      files: everyLocale('changed-mark'),
      today: TODAY,
      write: false,
      current: baseline,
      log: BASELINE_LOG,
    });
    expect(lines.at(-1)).toBe(
      `dry run: would write ${[SHARED_RESPONSIBILITIES_FILE, CONSOLE_LINKS_FILE, CHANGE_LOG_FILE, ...LOCALES.map(editorExportPath)].join(', ')}`,
    );
    expect(snapshot(root)).toEqual(before);
  });
});
