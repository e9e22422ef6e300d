import type {ChangeLog} from './changes';

/**
 * What changed in the matrix, and when: appended by `npm run import:matrix` (one entry per import that changes
 * the matrix), oldest first. Each entry records ids and data; the page, the feed and the downloads put it into
 * every locale's words (changeText.ts). test/unit/changeLog.test.ts fails when the data and the last entry
 * disagree.
 */
export const changeLog: ChangeLog = [
  {
    date: '2026-11-29',
    fingerprint: '2b977f08311b07db',
    changes: [
      {kind: 'initial', sections: 5, tasks: 17},
    ],
  },
];
