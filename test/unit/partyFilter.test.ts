import {afterEach, describe, expect, it} from 'vitest';
import {findSection, matrix} from '@site/src/data/responsibilities/model';
import {
  NARROWING_FILTERS,
  PARTY_FILTER_ATTRIBUTE,
  partyFilterBootScript,
  rowFilters,
  sectionFilterCss,
} from '@site/src/data/responsibilities/partyFilter';

describe('the filter CSS made from the data', () => {
  it('hides, for each filter, the rows it excludes unless a link points at them', () => {
    const css = sectionFilterCss(findSection(matrix, 'upgrade-and-security'));
    for (const f of NARROWING_FILTERS)
      expect(css).toContain(
        `html[data-party-filter="${f}"] [data-section="upgrade-and-security"] tr[data-filters]:not([data-filters~="${f}"]):not(:target){display:none}`,
      );
  });

  it('hides a section left empty by a filter as a whole: heading, table and contents entry', () => {
    // Cloud management has no shared task; upgrade and security has some.
    const cloud = sectionFilterCss(findSection(matrix, 'cloud-management'));
    expect(cloud).toContain(
      'html[data-party-filter="shared"]:not(:has([data-section="cloud-management"] tr:target)) :is(#cloud-management,[data-section="cloud-management"],.table-of-contents li:has(>a[href="#cloud-management"])){display:none}',
    );
    expect(cloud).not.toMatch(/html\[data-party-filter="(customer|zilliz)"\]:not\(:has/);
    expect(sectionFilterCss(findSection(matrix, 'upgrade-and-security'))).not.toContain(':not(:has(');
  });

  it('gives each row the filters that include it', () => {
    const task = (id: string) => matrix.sections.flatMap((s) => s.tasks).find((t) => t.id === id)!;
    expect(rowFilters(task('set-up-vpc'))).toBe('customer');
    expect(rowFilters(task('monitoring'))).toBe('zilliz');
    expect(rowFilters(task('break-glass-access'))).toBe('customer zilliz shared');
  });
});

describe('the boot script', () => {
  afterEach(() => {
    document.documentElement.removeAttribute(PARTY_FILTER_ATTRIBUTE);
    window.history.replaceState(null, '', '/');
  });
  const run = (search: string) => {
    window.history.replaceState(null, '', `/shared-responsibilities${search}#manage-s3-bucket`);
    new Function(partyFilterBootScript())();
    return document.documentElement.getAttribute(PARTY_FILTER_ATTRIBUTE);
  };

  it('puts a known ?party= on <html> before the body is parsed', () => {
    expect(run('?party=customer')).toBe('customer');
    expect(run('?x=1&party=shared')).toBe('shared');
  });

  it('ignores a missing, unknown or "all" value', () => {
    expect(run('')).toBeNull();
    expect(run('?party=aws')).toBeNull();
    expect(run('?party=all')).toBeNull();
  });
});
