import {readFileSync} from 'node:fs';
import path from 'node:path';
import {parse} from 'csv-parse/sync';
import {describe, expect, it} from 'vitest';
import {consoleLinks} from '@site/src/data/responsibilities/consoleLinks';
import {csvField, matrixToCsv, responsibleLabel} from '@site/src/data/responsibilities/exports';
import {exportFileName} from '@site/src/data/responsibilities/pages';
import {allTasks, matrix, type Matrix} from '@site/src/data/responsibilities/model';
import {LOCALES} from '@site/src/i18n/locales';
import {changeLog} from '@site/src/data/responsibilities/changeLog';
import type {ChangeLog} from '@site/src/data/responsibilities/changes';

const TRICKY_LOG: ChangeLog = [
  {date: '2030-05-06', fingerprint: '-', changes: [{kind: 'initial', sections: 1, tasks: 1}]},
];

const parseCsv = (text: string): string[][] => parse(text, {bom: true, relax_column_count: false});

// The exact text of both downloads and of the console contract: publishedFiles.test.ts.
describe('CSV export', () => {
  it('starts with a UTF-8 byte-order mark and ends lines with CRLF', () => {
    const csv = matrixToCsv(matrix, changeLog, 'zh-Hans');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n')).toHaveLength(allTasks(matrix).length + 2);
  });

  it('names who is responsible in the file’s language: a party, or Shared', () => {
    const task = (id: string) => allTasks(matrix).find((t) => t.id === id)!;
    expect(responsibleLabel(matrix, task('set-up-vpc'), 'en')).toBe('Customer');
    expect(responsibleLabel(matrix, task('monitoring'), 'en')).toBe('Zilliz BYOC');
    expect(responsibleLabel(matrix, task('break-glass-access'), 'en')).toBe('Shared');
    expect(responsibleLabel(matrix, task('set-up-vpc'), 'zh-Hans')).toBe('客户');
    expect(responsibleLabel(matrix, task('break-glass-access'), 'zh-Hans')).toBe('共同负责');
  });

  it('names each locale’s file apart, so downloads do not overwrite each other', () => {
    const names = LOCALES.flatMap((l) => [exportFileName(l, 'csv'), exportFileName(l, 'json')]);
    expect(new Set(names).size).toBe(names.length);
    expect(exportFileName('zh-Hans', 'csv')).toBe('shared-responsibilities.zh-Hans.csv');
    expect(exportFileName('en', 'json')).toBe('shared-responsibilities.en.json');
  });

  it('quotes commas, quotes and line breaks so they survive a round trip', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    const tricky: Matrix = {
      ...matrix,
      sections: [
        {
          id: 'x',
          title: {'zh-Hans': '章节, "一"', en: 'Section, "one"', ja: 'セクション, "一"'},
          tasks: [
            {
              id: 't',
              label: {'zh-Hans': '第一行\n第二行', en: 'Back up, then "restore"', ja: 'バックアップ, "復元"'},
              responsible: ['customer'],
            },
          ],
        },
      ],
    };
    for (const locale of LOCALES) {
      const [, row] = parseCsv(matrixToCsv(tricky, TRICKY_LOG, locale));
      expect(row).toEqual([
        't',
        tricky.sections[0]!.title[locale],
        tricky.sections[0]!.tasks[0]!.label[locale],
        matrix.parties.find((p) => p.id === 'customer')!.label[locale],
        '',
        '✔',
        matrix.version,
        '2030-05-06',
      ]);
    }
  });
});

describe('console-links.json', () => {
  const committed = JSON.parse(readFileSync(path.join(__dirname, '../../console-links.json'), 'utf8'));

  it('is up to date with the data (run `npm run write-console-links` after changing it)', () => {
    expect(committed).toEqual(consoleLinks(matrix));
  });
});
