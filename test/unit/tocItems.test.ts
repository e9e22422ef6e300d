import {describe, expect, it} from 'vitest';
import {matrix} from '@site/src/data/responsibilities/model';
import {isSectionEmpty, sectionHiddenSelectors} from '@site/src/data/responsibilities/partyFilter';
import {firstPaintCss, shownEntries} from '@site/src/theme/TOCItems/matrixEntries';

const toc = [
  {value: 'Intro', id: 'intro', level: 2},
  ...matrix.sections.map((s) => ({value: s.title.en, id: s.id, level: 2})),
];

describe('the table of contents under the party filter', () => {
  it('lists every entry when nothing is filtered', () => {
    expect(shownEntries(toc, 'all')).toEqual(toc);
  });

  it('leaves out the matrix sections a filter empties, and keeps any other entry', () => {
    const emptied = matrix.sections.filter((s) => isSectionEmpty(s, 'shared')).map((s) => s.id);
    expect(emptied.length).toBeGreaterThan(0);
    const ids = shownEntries(toc, 'shared').map((e) => e.id);
    expect(ids).toEqual(toc.map((e) => e.id).filter((id) => !emptied.includes(id)));
    expect(ids).toContain('intro');
  });

  it('keeps an emptied section that holds the linked row', () => {
    const section = matrix.sections.find((s) => isSectionEmpty(s, 'shared'))!;
    const ids = shownEntries(toc, 'shared', section.tasks[0]!.id).map((e) => e.id);
    expect(ids).toContain(section.id);
  });

  it('states the same rule as CSS for the first paint, only for matrix sections', () => {
    const css = firstPaintCss(toc);
    const rules = matrix.sections.flatMap((s) =>
      sectionHiddenSelectors(s).map((when) => `${when} .table-of-contents li:has(>a[href="#${s.id}"]){display:none}`),
    );
    expect(rules.length).toBeGreaterThan(0);
    expect(css.split('\n')).toEqual(rules);
    expect(firstPaintCss([{value: 'Intro', id: 'intro', level: 2}])).toBe('');
  });
});
