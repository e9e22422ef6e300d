import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {unreachableTargets, type ConsoleLinks} from '@site/src/data/responsibilities/consoleLinks';
import {
  allTasks,
  countMatching,
  matchesFilter,
  matrix,
  parsePartyFilter,
  summarize,
  type Matrix,
} from '@site/src/data/responsibilities/model';
import {LOCALES} from '@site/src/i18n/locales';
import {formatMatrixProblems, validateMatrix} from '@site/plugins/responsibility-matrix/validate';

function clone(): {-readonly [K in keyof Matrix]: any} {
  return JSON.parse(JSON.stringify(matrix));
}

describe('the Shared Responsibilities data', () => {
  // The ids the console may link to are frozen in publicIds.test.ts; unreachableTargets compares a contract
  // (a console-links.json) with the data.
  describe('unreachableTargets: the ids of a console-links.json the data no longer has', () => {
    const committed: ConsoleLinks = JSON.parse(readFileSync(path.join(__dirname, '../../console-links.json'), 'utf8'));

    it('a removed task or section fails; an added one passes; a retired one still lands', () => {
      const m = clone();
      const [removedTask] = m.sections[0].tasks.splice(0, 1);
      const [removedSection] = m.sections.splice(1, 1);
      expect(unreachableTargets(committed, m)).toEqual([
        removedSection.id,
        removedTask.id,
        ...removedSection.tasks.map((t: {id: string}) => t.id),
      ]);
      m.retired = {[removedTask.id]: m.sections[0].id};
      expect(unreachableTargets(committed, m)).not.toContain(removedTask.id);
      const added = clone();
      added.sections[0].tasks.push({...added.sections[0].tasks[0], id: 'a-new-task'});
      expect(unreachableTargets(committed, added)).toEqual([]);
    });
  });

  it('gives every task a label in every locale and at least one party', () => {
    for (const task of allTasks(matrix)) {
      for (const locale of LOCALES) expect(task.label[locale].trim(), `${task.id} in ${locale}`).not.toBe('');
      expect(task.responsible.length, task.id).toBeGreaterThan(0);
    }
  });

  it('spaces Chinese labels from Latin words and digits', () => {
    for (const task of allTasks(matrix)) {
      expect(task.label['zh-Hans'], task.id).not.toMatch(/[\u4e00-\u9fff][A-Za-z0-9]|[A-Za-z0-9][\u4e00-\u9fff]/);
    }
  });
});

describe('validateMatrix', () => {
  const FILE = 'src/data/responsibilities/sharedResponsibilities.ts';
  /** The problems as the build prints them, each naming the file and the row. */
  const problemsOf = (m: unknown, locales?: readonly string[]) => {
    const problems = validateMatrix(m as Matrix, FILE, locales);
    expect(problems.length, 'validateMatrix accepted bad data').toBeGreaterThan(0);
    for (const p of problems) expect(p.where).toBe(FILE);
    return formatMatrixProblems(problems);
  };

  it('accepts the site data', () => {
    expect(validateMatrix(matrix, FILE)).toEqual([]);
  });

  it('returns each problem as {where, message}', () => {
    const m = clone();
    m.sections[1].tasks[2].responsible = ['zilliz', 'aws'];
    expect(validateMatrix(m, FILE)).toEqual([
      {
        where: FILE,
        message:
          'task "patch-infrastructure-vulnerabilities" (section "upgrade-and-security") names unknown party "aws" (known: zilliz, customer)',
      },
    ]);
  });

  it('names the file and the task for an unknown party', () => {
    const m = clone();
    m.sections[1].tasks[2].responsible = ['zilliz', 'aws'];
    expect(problemsOf(m)).toContain(
      `${FILE}: task "patch-infrastructure-vulnerabilities" (section "upgrade-and-security") names unknown party "aws"`,
    );
  });

  it('names both places of a duplicate id', () => {
    const m = clone();
    m.sections[4].tasks[0].id = 'set-up-vpc';
    expect(problemsOf(m)).toContain(
      `${FILE}: task "set-up-vpc" (section "technical-support") reuses the id "set-up-vpc" already taken by task "set-up-vpc" (section "cloud-management")`,
    );
  });

  it('rejects a task with no responsible party', () => {
    const m = clone();
    m.sections[3].tasks[1].responsible = [];
    expect(problemsOf(m)).toContain(
      `task "service-level-agreement" (section "service-availability") has no responsible party`,
    );
  });

  it('rejects a label missing in a locale, for tasks, sections and parties', () => {
    const m = clone();
    delete m.sections[0].tasks[3].label.en;
    m.sections[2].title['zh-Hans'] = ' ';
    delete m.parties[1].label.en;
    const message = problemsOf(m);
    expect(message).toContain(`task "manage-s3-bucket" (section "cloud-management") has no label for locale "en"`);
    expect(message).toContain(`section "access-control" has no title for locale "zh-Hans"`);
    expect(message).toContain(`party "customer" has no label for locale "en"`);
    expect(message).toMatch(/3 problems/);
  });

  it('checks the locales the site is built in', () => {
    expect(problemsOf(matrix, ['zh-Hans', 'en', 'ja', 'ko'])).toContain(
      `task "set-up-vpc" (section "cloud-management") has no label for locale "ko"`,
    );
  });

  it('rejects a retired id in use again or pointing to no section', () => {
    const m = clone();
    m.retired = {logging: 'technical-support', 'old-task': 'no-such-section'};
    const message = problemsOf(m);
    expect(message).toContain(
      `${FILE}: retired id "logging" is in use again by task "logging" (section "technical-support"); remove it from retired`,
    );
    expect(message).toContain(`${FILE}: retired id "old-task" points to unknown section "no-such-section"`);
  });

  it('rejects ids that cannot be URL fragments', () => {
    const m = clone();
    m.sections[0].id = 'Cloud Management';
    expect(problemsOf(m)).toContain(`section "Cloud Management" has an invalid id`);
  });
});

describe('filters and summary', () => {
  it('counts each task once in the summary', () => {
    const s = summarize(matrix);
    const tasks = allTasks(matrix);
    expect(s.total).toBe(tasks.length);
    expect(s.customerOnly + s.zillizOnly + s.shared).toBe(s.total);
    expect(s.shared).toBe(tasks.filter((t) => t.responsible.length === 2).length);
    expect(s.customerOnly).toBe(tasks.filter((t) => t.responsible.join() === 'customer').length);
  });

  it('includes shared tasks in each party’s view', () => {
    const s = summarize(matrix);
    expect(countMatching(matrix, 'customer')).toBe(s.customerOnly + s.shared);
    expect(countMatching(matrix, 'zilliz')).toBe(s.zillizOnly + s.shared);
    expect(countMatching(matrix, 'shared')).toBe(s.shared);
    expect(countMatching(matrix, 'all')).toBe(s.total);
    const logging = allTasks(matrix).find((t) => t.id === 'logging')!;
    expect(matchesFilter(logging, 'customer')).toBe(true);
    expect(matchesFilter(logging, 'zilliz')).toBe(false);
    expect(matchesFilter(logging, 'shared')).toBe(false);
  });

  it('reads the ?party= value, falling back to all', () => {
    expect(parsePartyFilter('customer')).toBe('customer');
    expect(parsePartyFilter('shared')).toBe('shared');
    expect(parsePartyFilter('aws')).toBe('all');
    expect(parsePartyFilter(null)).toBe('all');
  });
});
