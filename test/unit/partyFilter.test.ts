// @vitest-environment jsdom
import {afterEach, describe, expect, it} from 'vitest';
import {findSection, matrix} from '@site/src/data/responsibilities/model';
import {
  emptyUnder,
  isSectionEmpty,
  isSectionShown,
  NARROWING_FILTERS,
  PARTY_FILTER_ATTRIBUTE,
  partyFilterBootScript,
  partyFilterCss,
  rowFilters,
  sectionHiddenSelectors,
} from '@site/src/data/responsibilities/partyFilter';
import partyFilterClient from '@site/plugins/responsibility-matrix/partyFilterClient';

// Cloud management has no shared task; upgrade and security has a row under every filter.
const cloud = findSection(matrix, 'cloud-management');
const upgrade = findSection(matrix, 'upgrade-and-security');

describe('section visibility, from the data', () => {
  it('calls a section empty under a filter that shows none of its rows', () => {
    expect(isSectionEmpty(cloud, 'shared')).toBe(true);
    expect(isSectionEmpty(cloud, 'customer')).toBe(false);
    expect(isSectionEmpty(cloud, 'all')).toBe(false);
    for (const f of NARROWING_FILTERS) expect(isSectionEmpty(upgrade, f), f).toBe(false);
    expect(emptyUnder(cloud)).toBe('shared');
    expect(emptyUnder(upgrade)).toBe('');
  });

  it('shows an empty section only when it holds the linked row', () => {
    expect(isSectionShown(cloud, 'shared')).toBe(false);
    expect(isSectionShown(cloud, 'shared', 'technical-support')).toBe(false);
    expect(isSectionShown(cloud, 'shared', 'manage-s3-bucket')).toBe(true);
    expect(isSectionShown(cloud, 'customer')).toBe(true);
  });

  it('states the same rule as CSS for the first paint', () => {
    const tasks = cloud.tasks.map((t) => `#${t.id}`).join(',');
    expect(sectionHiddenSelectors(cloud)).toEqual([`html[data-party-filter="shared"]:not(:has(:is(${tasks}):target))`]);
    expect(sectionHiddenSelectors(upgrade)).toEqual([]);
  });
});

/** Whether a selector has a :has() inside a :has(), which CSS forbids. */
function hasNestedHas(selector: string): boolean {
  const open: boolean[] = []; // for each open parenthesis: is it a :has( ?
  for (let i = 0; i < selector.length; i++) {
    if (selector[i] === '(') {
      const isHas = selector.slice(0, i).endsWith(':has');
      if (isHas && open.includes(true)) return true;
      open.push(isHas);
    } else if (selector[i] === ')') open.pop();
  }
  return false;
}

describe('the filter CSS', () => {
  const css = partyFilterCss();

  it('hides, for each filter, the rows it excludes unless a link points at them', () => {
    for (const f of NARROWING_FILTERS)
      expect(css).toContain(
        `html[data-party-filter="${f}"] tr[data-filters]:not([data-filters~="${f}"]):not(:target){display:none}`,
      );
  });

  it('hides a table the filter empties, and the heading right before it, unless it holds the linked row', () => {
    for (const f of NARROWING_FILTERS) {
      const on = `html[data-party-filter="${f}"]`;
      const emptied = `[data-empty-under~="${f}"]`;
      expect(css).toContain(
        `${on} ${emptied}:not(:has(tr:target)),${on} h2:has(+${emptied}):not(:has(+${emptied} tr:target)){display:none}`,
      );
    }
    // A :has() inside a :has() is invalid: the browser would drop the rule (and all a minifier merges into it).
    for (const rule of css.split('\n')) expect(hasNestedHas(rule), rule).toBe(false);
    expect(hasNestedHas('h2:has(+[x]:not(:has(tr:target)))')).toBe(true);
    // Nothing else on the page: the table of contents hides its own entries.
    expect(css).not.toContain('table-of-contents');
  });

  it('gives each row the filters that include it', () => {
    const task = (id: string) => matrix.sections.flatMap((s) => s.tasks).find((t) => t.id === id)!;
    expect(rowFilters(task('set-up-vpc'))).toBe('customer');
    expect(rowFilters(task('monitoring'))).toBe('zilliz');
    expect(rowFilters(task('break-glass-access'))).toBe('customer zilliz shared');
  });
});

describe('<html data-party-filter>', () => {
  afterEach(() => {
    document.documentElement.removeAttribute(PARTY_FILTER_ATTRIBUTE);
    window.history.replaceState(null, '', '/');
  });
  const run = (search: string) => {
    window.history.replaceState(null, '', `/shared-responsibilities${search}#manage-s3-bucket`);
    new Function(partyFilterBootScript())();
    return document.documentElement.getAttribute(PARTY_FILTER_ATTRIBUTE);
  };
  const routeTo = (search: string) => {
    const location = {pathname: '/shared-responsibilities', search, hash: '', state: undefined};
    partyFilterClient.onRouteDidUpdate!({location, previousLocation: null});
    return document.documentElement.getAttribute(PARTY_FILTER_ATTRIBUTE);
  };

  it('is set by the boot script from a known ?party= before the body is parsed', () => {
    expect(run('?party=customer')).toBe('customer');
    expect(run('?x=1&party=shared')).toBe('shared');
  });

  it('is not set by the boot script for a missing, unknown or "all" value', () => {
    expect(run('')).toBeNull();
    expect(run('?party=aws')).toBeNull();
    expect(run('?party=all')).toBeNull();
  });

  it('follows the URL on every route update, and goes with the query', () => {
    expect(routeTo('?party=zilliz')).toBe('zilliz');
    expect(routeTo('?party=shared')).toBe('shared');
    expect(routeTo('?party=aws')).toBeNull();
    expect(routeTo('?party=customer')).toBe('customer');
    expect(routeTo('')).toBeNull();
  });
});
