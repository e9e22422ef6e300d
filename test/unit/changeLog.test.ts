// @vitest-environment node
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {sharedResponsibilities as baseline} from '../fixtures/import-matrix/baseline/sharedResponsibilities';
import {
  sharedResponsibilities,
  SHARED_RESPONSIBILITIES_FILE,
} from '@site/src/data/responsibilities/sharedResponsibilities';
import {changeLog} from '@site/src/data/responsibilities/changeLog';
import {
  entryId,
  lastChanged,
  parseDay,
  tasksChangedSince,
  type ChangeLog,
} from '@site/src/data/responsibilities/changes';
import {describeEntry, namesOf, partsToText} from '@site/src/data/responsibilities/changeText';
import {CHANGE_WORDS} from '@site/src/data/responsibilities/changeWords';
import type {Matrix} from '@site/src/data/responsibilities/types';
import {changeLogProblems, matrixFingerprint} from '@site/plugins/responsibility-matrix/fingerprint';
import {appendEntry} from '@site/scripts/import-matrix/changeLogEntry';
import {importMatrix, type Exports} from '@site/scripts/import-matrix/importMatrix';
import {parseExport} from '@site/scripts/import-matrix/parseExport';
import {CHANGE_LOG_FILE} from '@site/scripts/import-matrix/index';
import {changeLogSource} from '@site/scripts/import-matrix/writeChangeLog';
import {LOCALES, type Locale} from '@site/src/i18n/locales';

const ROOT = path.join(__dirname, '../..');
const FIXTURES = 'test/fixtures/import-matrix';
const DAY = '2031-01-02';
const BASELINE_LOG: ChangeLog = [
  {
    date: baseline.version,
    fingerprint: matrixFingerprint(baseline),
    changes: [{kind: 'initial', sections: 5, tasks: 17}],
  },
];
const exportsOf = (name: (l: Locale) => string): Exports =>
  Object.fromEntries(
    LOCALES.map((l) => [l, parseExport(readFileSync(path.join(ROOT, name(l)), 'utf8'), name(l))]),
  ) as Exports;
/** Imports a fixture (`<name>.<locale>.mdx`) into the baseline; returns the new matrix and log. */
function importFixture(name: string, retire: Record<string, string | undefined> = {}, log = BASELINE_LOG) {
  const file = (l: Locale) => `${FIXTURES}/${name}.${l}.mdx`;
  // A locale the fixture leaves out is the baseline's last imported export.
  const given = (l: Locale) =>
    existsSync(path.join(ROOT, file(l))) ? file(l) : `${FIXTURES}/baseline/editor-exports/${l}.mdx`;
  const {matrix, changes} = importMatrix(baseline, exportsOf(given), {today: DAY, retire});
  return {matrix, log: appendEntry(log, baseline, matrix, changes, DAY)};
}
const texts = (m: Matrix, log: ChangeLog, locale: Locale, index = log.length - 1) => {
  const {changes, note} = describeEntry(log[index]!, m, namesOf(m, log, locale), CHANGE_WORDS[locale], locale);
  return [...changes.map(partsToText), ...(note ? [note] : [])];
};

describe('the change log and the data', () => {
  it('agree: the last entry is of this matrix, and the version is the day of its last change', () => {
    expect(changeLogProblems(sharedResponsibilities, changeLog, CHANGE_LOG_FILE)).toEqual([]);
    expect(changeLog[0]!.changes).toEqual([{kind: 'initial', sections: 5, tasks: 17}]);
  });

  it('an edit of the data without an entry fails, naming the file and the way out', () => {
    const edited: Matrix = {
      ...sharedResponsibilities,
      sections: sharedResponsibilities.sections.map((s, i) =>
        i === 0 ? {...s, tasks: s.tasks.map((t, j) => (j === 0 ? {...t, responsible: ['zilliz']} : t))} : s,
      ),
    };
    expect(changeLogProblems(edited, changeLog, SHARED_RESPONSIBILITIES_FILE)).toEqual([
      `${SHARED_RESPONSIBILITIES_FILE}: the matrix data changed without a change-log entry (its fingerprint is ${matrixFingerprint(edited)}, the last entry's ${changeLog.at(-1)!.fingerprint}); change the matrix with npm run import:matrix, or append an entry by hand`,
    ]);
    // A new version date alone does not make an entry.
    expect(changeLogProblems({...sharedResponsibilities, version: DAY}, changeLog, 'x')).toEqual([
      `x: the matrix version is ${DAY}, but the last change of marks, tasks or sections is dated ${changeLog.at(-1)!.date}`,
    ]);
  });

  it('the fingerprint ignores the order of an object literal, not the order of tasks', () => {
    const reordered: Matrix = JSON.parse(
      JSON.stringify(baseline, [
        'version',
        'parties',
        'sections',
        'tasks',
        'responsible',
        'label',
        'title',
        'id',
        'zh-Hans',
        'en',
        'ja',
      ]),
    );
    expect(matrixFingerprint(reordered)).toBe(matrixFingerprint(baseline));
    const swapped: Matrix = {
      ...baseline,
      sections: [baseline.sections[1]!, baseline.sections[0]!, ...baseline.sections.slice(2)],
    };
    expect(matrixFingerprint(swapped)).not.toBe(matrixFingerprint(baseline));
  });

  it('the file is written as it is committed', () => {
    expect(changeLogSource(changeLog)).toBe(readFileSync(path.join(ROOT, CHANGE_LOG_FILE), 'utf8'));
  });
});

describe('an import appends an entry from its diff', () => {
  it('a mark changed, a task added, a task retired: one entry, the data it needs, in order', () => {
    const {matrix, log} = importFixture('e2e', {'break-glass-access': undefined});
    expect(log).toHaveLength(2);
    expect(log[1]).toEqual({
      date: DAY,
      fingerprint: matrixFingerprint(matrix),
      changes: [
        {
          kind: 'task-added',
          task: 'rotate-tls-certificates',
          label: {'zh-Hans': '轮换 TLS 证书', en: 'Rotate TLS certificates', ja: 'TLS 証明書のローテーション'},
          section: 'upgrade-and-security',
          responsible: ['zilliz'],
        },
        {kind: 'responsible', task: 'logging', before: ['customer'], after: ['zilliz', 'customer']},
        {
          kind: 'task-retired',
          task: 'break-glass-access',
          label: {'zh-Hans': '应急访问', en: 'Break-glass access', ja: '緊急アクセス (ブレークグラス)'},
          to: 'technical-support',
        },
      ],
    });
    expect(changeLogProblems(matrix, log, 'x')).toEqual([]);
    expect(entryId(log, 1)).toBe(DAY);
  });

  it("says each change in every locale's words", () => {
    const {matrix, log} = importFixture('e2e', {'break-glass-access': undefined});
    expect(texts(matrix, log, 'en')).toEqual([
      'Added Rotate TLS certificates to Upgrade and security (responsible: Zilliz BYOC).',
      'Logging: responsibility moved from “Customer” to “Shared”.',
      'Retired “Break-glass access”; its links now go to Technical support.',
    ]);
    expect(texts(matrix, log, 'zh-Hans')).toEqual([
      '新增任务 轮换 TLS 证书（升级与安全；负责方：Zilliz BYOC）。',
      '日志记录：负责方由“客户”改为“共同负责”。',
      '移除任务“应急访问”；原链接现指向 技术支持。',
    ]);
    expect(texts(matrix, log, 'ja')).toEqual([
      'アップグレードとセキュリティ にタスク TLS 証明書のローテーション を追加（担当：Zilliz BYOC）。',
      'ロギング：担当が「お客様」から「共同で担当」に変わりました。',
      'タスク「緊急アクセス (ブレークグラス)」を廃止。既存のリンクは テクニカルサポート に移動します。',
    ]);
    expect(texts(matrix, log, 'en', 0)).toEqual(['First published: 17 tasks in 5 sections.']);
  });

  it('links each name still on the page to its row or section; a retired task names where it went', () => {
    const {matrix, log} = importFixture('e2e', {'break-glass-access': undefined});
    const {changes} = describeEntry(log[1]!, matrix, namesOf(matrix, log, 'en'), CHANGE_WORDS.en, 'en');
    const links = changes.map((parts) => parts.flatMap((p) => (typeof p === 'string' ? [] : [p.id])));
    expect(links).toEqual([['rotate-tls-certificates', 'upgrade-and-security'], ['logging'], ['technical-support']]);
  });

  it('a label-only import is recorded as such, per locale', () => {
    const {matrix, log} = importFixture('reworded');
    expect(log[1]!.changes.every((c) => c.kind === 'label')).toBe(true);
    expect(texts(matrix, log, 'en')).toEqual([
      'Reworded Implement access control and auditing: “Implement access control & auditing” → “Implement access control and auditing” (wording only).',
      'Reworded Monitoring and alerting: “Monitoring” → “Monitoring and alerting” (wording only).',
      'Wording only: no responsibility changed.',
    ]);
    // Only the English words changed: the other locales say so, in their own words.
    expect(texts(matrix, log, 'ja')).toEqual([
      'アクセス制御と監査の実施 の English の表記を変更（表記のみ）。',
      'モニタリング の English の表記を変更（表記のみ）。',
      '表記のみの変更で、担当は変わっていません。',
    ]);
    expect(changeLogProblems(matrix, log, 'x')).toEqual([]);
  });

  it('importing the same exports again adds no entry; a second import the same day gets its own id', () => {
    const first = importFixture('changed-mark');
    const again = importMatrix(
      first.matrix,
      exportsOf((l) => `${FIXTURES}/changed-mark.${l}.mdx`),
      {today: DAY},
    );
    expect(appendEntry(first.log, first.matrix, again.matrix, again.changes, DAY)).toBe(first.log);
    const twice = [...first.log, {...first.log[1]!}];
    expect([entryId(twice, 0), entryId(twice, 1), entryId(twice, 2)]).toEqual([baseline.version, DAY, `${DAY}-2`]);
  });
});

describe('when rows changed', () => {
  const {matrix, log} = importFixture('e2e', {'break-glass-access': undefined});
  it('dates each task by its last change, the first entry dating the rest', () => {
    const dates = lastChanged(matrix, log);
    expect(dates.get('logging')).toBe(DAY);
    expect(dates.get('rotate-tls-certificates')).toBe(DAY);
    expect(dates.get('set-up-vpc')).toBe(baseline.version);
    expect(dates.has('break-glass-access')).toBe(false);
  });

  it('?since= marks the rows changed after the day, not on it', () => {
    expect([...tasksChangedSince(matrix, log, '2031-01-01')].sort()).toEqual(['logging', 'rotate-tls-certificates']);
    expect([...tasksChangedSince(matrix, log, DAY)]).toEqual([]);
  });

  it('reads real calendar days only', () => {
    expect(parseDay('2026-02-28')).toBe('2026-02-28');
    expect(['2026-02-30', '2026-13-01', '26-01-01', '2026-1-1', 'yesterday', '']).toEqual(expect.arrayContaining([]));
    for (const bad of ['2026-02-30', '2026-13-01', '26-01-01', '2026-1-1', 'yesterday', ''])
      expect(parseDay(bad), bad).toBeNull();
  });
});

describe("every locale's words", () => {
  const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  it('has every template, with the same names to fill in as the default locale', () => {
    const keys = Object.keys(CHANGE_WORDS['zh-Hans']);
    expect(keys.length).toBeGreaterThan(10);
    for (const locale of LOCALES) {
      expect(Object.keys(CHANGE_WORDS[locale]), locale).toEqual(keys);
      for (const key of keys) {
        const k = key as keyof (typeof CHANGE_WORDS)['en'];
        const value = CHANGE_WORDS[locale][k];
        const source = CHANGE_WORDS['zh-Hans'][k];
        if (typeof value === 'string' && typeof source === 'string')
          expect(placeholders(value), `${locale} ${key}`).toEqual(placeholders(source));
        else {
          // A count with its noun: each form says where the number goes.
          expect(typeof value, `${locale} ${key}`).toBe('object');
          const forms = Object.values(value);
          expect(forms.length, `${locale} ${key}`).toBeGreaterThan(0);
          for (const form of forms) expect(placeholders(form), `${locale} ${key}`).toEqual(['n']);
        }
      }
    }
  });
});
