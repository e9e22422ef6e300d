import {describe, expect, it} from 'vitest';
import {allTasks, matrix} from '@site/src/data/responsibilities/model';
import {withMatrixTasks, type SearchDocument} from '../../plugins/search-local/matrixDocuments';

const pageUrl = '/docs/en/shared-responsibilities';
const index = (): SearchDocument[][] => [
  [
    {i: 1, t: 'Overview', u: '/docs/en/', b: ['Docs']},
    {i: 2, t: 'Shared responsibilities', u: pageUrl, b: ['Docs']},
  ],
  [{i: 3, t: 'Cloud management', u: pageUrl, h: '#cloud-management', p: 2}],
  [],
  [],
  [{i: 7, t: 'This page outlines…', s: 'Shared responsibilities', u: pageUrl, h: '', p: 2}],
];

describe('search documents of the matrix', () => {
  it('adds one content document per task: its label, under its section, linked to its row', () => {
    const out = withMatrixTasks(index(), {matrix, locale: 'en', pageUrl});
    const added = out[4]!.slice(1);
    expect(added).toHaveLength(allTasks(matrix).length);
    const s3 = added.find((d) => d.h === '#manage-s3-bucket')!;
    expect(s3).toMatchObject({t: 'Manage S3 bucket', s: 'Cloud management', u: pageUrl, p: 2});
    // Ids stay unique across the whole index.
    const ids = out.flat().map((d) => d.i);
    expect(new Set(ids).size).toBe(ids.length);
    // The other documents are untouched.
    expect(out.slice(0, 4)).toEqual(index().slice(0, 4));
    expect(out[4]![0]).toEqual(index()[4]![0]);
  });

  it('writes each locale’s labels', () => {
    const out = withMatrixTasks(index(), {matrix, locale: 'zh-Hans', pageUrl});
    expect(out[4]!.find((d) => d.h === '#manage-s3-bucket')?.t).toBe('管理 S3 存储桶');
  });

  it('fails, naming the page, when the page is not in the index', () => {
    expect(() => withMatrixTasks(index(), {matrix, locale: 'en', pageUrl: '/docs/en/elsewhere'})).toThrow(
      /the Shared Responsibilities page \/docs\/en\/elsewhere is not indexed/,
    );
  });
});
