import type {Matrix} from '@site/src/data/responsibilities/types';
import type {ChangeLog} from '@site/src/data/responsibilities/changes';

/**
 * A small matrix for tests whose expectations are written out by hand (the
 * files, the contract and the page it must produce): two sections, one task
 * per kind of responsibility, and a label that CSV must quote.
 */
export const TINY_MATRIX: Matrix = {
  version: '2030-01-02',
  parties: [
    {id: 'zilliz', label: {'zh-Hans': 'Zilliz BYOC', en: 'Zilliz BYOC', ja: 'Zilliz BYOC'}},
    {id: 'customer', label: {'zh-Hans': '客户', en: 'Customer', ja: 'お客様'}},
  ],
  sections: [
    {
      id: 'alpha',
      title: {'zh-Hans': '甲章', en: 'Alpha', ja: 'アルファ'},
      tasks: [
        {
          id: 'back-up',
          label: {'zh-Hans': '备份, "恢复"', en: 'Back up, then "restore"', ja: 'バックアップ'},
          responsible: ['customer'],
        },
        {id: 'watch', label: {'zh-Hans': '监控', en: 'Watch', ja: '監視'}, responsible: ['zilliz']},
      ],
    },
    {
      id: 'beta',
      title: {'zh-Hans': '乙章', en: 'Beta', ja: 'ベータ'},
      tasks: [{id: 'share', label: {'zh-Hans': '共享', en: 'Share', ja: '共有'}, responsible: ['zilliz', 'customer']}],
    },
  ],
};

/**
 * Its change log: first published with "alpha" (Back up by Zilliz, Watch by Zilliz), then "beta" and its task
 * added and Back up moved to the customer.
 */
export const TINY_LOG: ChangeLog = [
  {date: '2030-01-01', fingerprint: 'tiny-1', changes: [{kind: 'initial', sections: 1, tasks: 2}]},
  {
    date: '2030-01-02',
    fingerprint: 'tiny-2',
    changes: [
      {kind: 'section-added', section: 'beta', title: {'zh-Hans': '乙章', en: 'Beta', ja: 'ベータ'}},
      {
        kind: 'task-added',
        task: 'share',
        label: {'zh-Hans': '共享', en: 'Share', ja: '共有'},
        section: 'beta',
        responsible: ['zilliz', 'customer'],
      },
      {kind: 'responsible', task: 'back-up', before: ['zilliz'], after: ['customer']},
    ],
  },
];
