import {describe, expect, it} from 'vitest';
import {allTasks, matrix, type Matrix} from '@site/src/data/responsibilities/model';

/**
 * The section and task ids the Zilliz console may link to (`#<id>`), frozen
 * here and not read from the data or from console-links.json (both change
 * with the data). Add the ids of a new section or task; never edit or remove
 * a line: an id may leave the page only as a `retired` entry of the data,
 * which sends its old links to a section.
 */
const PUBLIC_SECTION_IDS = [
  'cloud-management',
  'upgrade-and-security',
  'access-control',
  'service-availability',
  'technical-support',
];
const PUBLIC_TASK_IDS = [
  'set-up-vpc',
  'manage-ec2-instances',
  'manage-kubernetes-cluster',
  'manage-s3-bucket',
  'provision-milvus-instance',
  'upgrade-milvus-instance',
  'patch-software-vulnerabilities',
  'patch-infrastructure-vulnerabilities',
  'scale-resources',
  'manage-iam-roles-and-service-accounts',
  'implement-access-control-and-auditing',
  'disaster-recovery',
  'service-level-agreement',
  'logging',
  'audit-logging',
  'monitoring',
  'break-glass-access',
];

/** The frozen ids a matrix no longer lands on: neither on the page (as the same kind) nor retired. */
function lostIds(m: Matrix): string[] {
  const sections = new Set(m.sections.map((s) => s.id));
  const tasks = new Set(allTasks(m).map((t) => t.id));
  const retired = new Set(Object.keys(m.retired ?? {}));
  return [
    ...PUBLIC_SECTION_IDS.filter((id) => !sections.has(id) && !retired.has(id)).map((id) => `section "${id}"`),
    ...PUBLIC_TASK_IDS.filter((id) => !tasks.has(id) && !retired.has(id)).map((id) => `task "${id}"`),
  ];
}

describe('the public ids', () => {
  it('every id the console may link to is still on the page, or retired on purpose', () => {
    expect(lostIds(matrix)).toEqual([]);
  });

  it('the guard fails on a renamed task or section, and passes an added id or a retired one', () => {
    const renamed: Matrix = {
      ...matrix,
      sections: matrix.sections.map((s, i) => ({
        ...s,
        id: i === 1 ? `${s.id}-renamed` : s.id,
        tasks: s.tasks.map((t) => (t.id === 'logging' ? {...t, id: 'log-collection'} : t)),
      })),
    };
    expect(lostIds(renamed)).toEqual(['section "upgrade-and-security"', 'task "logging"']);
    expect(
      lostIds({...renamed, retired: {'upgrade-and-security': 'cloud-management', logging: 'technical-support'}}),
    ).toEqual([]);
    const added: Matrix = {
      ...matrix,
      sections: [...matrix.sections, {id: 'new-section', title: matrix.sections[0]!.title, tasks: []}],
    };
    expect(lostIds(added)).toEqual([]);
  });

  it('a task id that became a section id (or the reverse) is lost: the console links it as what it was', () => {
    const swapped: Matrix = {
      ...matrix,
      sections: matrix.sections.map((s) =>
        s.id === 'technical-support'
          ? {...s, id: 'monitoring', tasks: s.tasks.filter((t) => t.id !== 'monitoring')}
          : s,
      ),
    };
    expect(lostIds(swapped)).toEqual(['section "technical-support"', 'task "monitoring"']);
  });
});
