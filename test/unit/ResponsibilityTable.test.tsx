// @vitest-environment jsdom
import React from 'react';
import {MemoryRouter} from 'react-router-dom';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {act, cleanup, fireEvent, render, screen, within} from '@testing-library/react';
import ResponsibilityTable, {
  ResponsibilityTableView,
  SHORT_TABLE_ROWS,
  type TableStrings,
} from '@site/src/components/ResponsibilityTable';
import {findSection, matrix} from '@site/src/data/responsibilities/model';
// The view's tests read a frozen copy of the data, so tasks added by the recipes in src/data/responsibilities/README.md do not change what they expect.
import {sharedResponsibilities as baseline} from '../fixtures/import-matrix/baseline/sharedResponsibilities';
import {setTestLocale} from './stubs/locale';
import {collectedAnchors} from './stubs/useBrokenLinks';
import {setTestCustomFields} from './stubs/useDocusaurusContext';
import {setHydrated} from './stubs/useIsBrowser';

const strings: TableStrings = {
  task: 'Task',
  copyLink: (t) => `Copy link to ${t}`,
  linkCopied: 'Link copied',
  linkedOutsideFilter: 'Outside this filter; shown because the link points here',
  changed: 'Changed',
  reportRow: (t) => `Report a problem with ${t}`,
};

function renderPage(sectionId: string, url = '/shared-responsibilities') {
  return render(
    <MemoryRouter initialEntries={[url]}>
      <h2 id={sectionId}>heading</h2>
      <ResponsibilityTable section={sectionId} />
    </MemoryRouter>,
  );
}

describe('ResponsibilityTableView', () => {
  const section = findSection(baseline, 'upgrade-and-security');

  it('renders a data table with column and row headers', () => {
    render(<ResponsibilityTableView section={section} parties={matrix.parties} locale="en" strings={strings} />);
    const table = screen.getByRole('table', {name: 'Upgrade and security'});
    const cols = within(table).getAllByRole('columnheader');
    expect(cols.map((c) => c.textContent)).toEqual(['Task', 'Zilliz BYOC', 'Customer']);
    cols.forEach((c) => expect(c).toHaveAttribute('scope', 'col'));
    const rowHeaders = within(table).getAllByRole('rowheader');
    expect(rowHeaders.map((h) => h.getAttribute('scope'))).toEqual(section.tasks.map(() => 'row'));
    expect(table.querySelector('thead')).not.toBeNull();
    expect(table.querySelectorAll('tbody > tr')).toHaveLength(section.tasks.length);
  });

  it('puts the task id on each row and a text alternative on each mark', () => {
    setTestLocale('en');
    const {container} = render(
      <ResponsibilityTableView section={section} parties={matrix.parties} locale="en" strings={strings} />,
    );
    for (const task of section.tasks) {
      const row = container.querySelector(`tr#${task.id}`) as HTMLTableRowElement;
      expect(row).not.toBeNull();
      const cells = [...row.querySelectorAll('td')];
      expect(cells.map((c) => c.textContent)).toEqual(
        matrix.parties.map((p) => (task.responsible.includes(p.id) ? '✔Responsible' : 'Not responsible')),
      );
      // The glyph itself is hidden from assistive tech; the words are not.
      const glyphs = [...row.querySelectorAll('[aria-hidden="true"]')];
      expect(glyphs).toHaveLength(task.responsible.length);
      glyphs.forEach((el) => expect(el.textContent).toBe('✔'));
    }
  });

  it('tags each row with the filters it shows under, and its root with the filters that leave it empty', () => {
    const {container} = render(
      <ResponsibilityTableView section={section} parties={matrix.parties} locale="en" strings={strings} />,
    );
    expect([...container.querySelectorAll('tbody tr')].map((r) => [r.id, r.getAttribute('data-filters')])).toEqual([
      ['upgrade-milvus-instance', 'zilliz'],
      ['patch-software-vulnerabilities', 'zilliz'],
      ['patch-infrastructure-vulnerabilities', 'customer zilliz shared'],
      ['scale-resources', 'customer zilliz shared'],
    ]);
    // Every row is in the HTML: hiding is the stylesheet's job, so the server HTML is already filtered by CSS.
    expect(container.querySelectorAll('tbody tr[hidden]')).toHaveLength(0);
    // Upgrade and security has a row under every filter; cloud management has no shared task.
    expect(container.querySelector('[data-section]')).toHaveAttribute('data-empty-under', '');
    const cloud = render(
      <ResponsibilityTableView
        section={findSection(baseline, 'cloud-management')}
        parties={matrix.parties}
        locale="en"
        strings={strings}
      />,
    );
    expect(cloud.container.querySelector('[data-section]')).toHaveAttribute('data-empty-under', 'shared');
    // The table renders only its table: no stylesheet, nothing outside its own element.
    expect(container.querySelector('style')).toBeNull();
  });

  it('marks a table short enough to print on one page', () => {
    const {container} = render(
      <ResponsibilityTableView section={section} parties={matrix.parties} locale="en" strings={strings} />,
    );
    expect(container.querySelector('[data-section]')).toHaveAttribute('data-short', 'true');
    const long = {
      ...section,
      tasks: Array.from({length: SHORT_TABLE_ROWS + 1}, (_, i) => ({...section.tasks[0]!, id: `t${i}`})),
    };
    const tall = render(
      <ResponsibilityTableView section={long} parties={matrix.parties} locale="en" strings={strings} />,
    );
    expect(tall.container.querySelector('[data-section]')).not.toHaveAttribute('data-short');
  });

  it('keeps the copy-link button beside the label, in one box', () => {
    const {container} = render(
      <ResponsibilityTableView section={section} parties={matrix.parties} locale="en" strings={strings} />,
    );
    const rowHeaders = container.querySelectorAll('tbody th');
    expect(rowHeaders).toHaveLength(section.tasks.length);
    for (const th of rowHeaders) {
      const box = th.firstElementChild!;
      expect([...box.children].map((c) => c.tagName)).toEqual(['SPAN', 'BUTTON', 'SPAN']);
    }
  });
});

describe('ResponsibilityTable in a site', () => {
  it('uses the Chinese labels on the default locale', () => {
    renderPage('cloud-management');
    const table = screen.getByRole('table', {name: '云管理'});
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['任务', 'Zilliz BYOC', '客户']);
    expect(within(table).getByRole('rowheader', {name: /设置 VPC/})).toBeInTheDocument();
    expect(within(table).getAllByText('负责').length).toBeGreaterThan(0);
  });

  it('uses the English labels and translations on /en/', () => {
    setTestLocale('en');
    renderPage('technical-support');
    const table = screen.getByRole('table', {name: 'Technical support'});
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Task', 'Zilliz BYOC', 'Customer']);
    expect(within(table).getByRole('button', {name: 'Copy link to “Break-glass access”'})).toBeInTheDocument();
  });

  it('registers every row as an anchor for the broken-anchor check', () => {
    renderPage('access-control');
    expect(collectedAnchors()).toEqual(
      expect.arrayContaining(findSection(matrix, 'access-control').tasks.map((t) => t.id)),
    );
  });

  it('fails loudly on an unknown section', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderPage('no-such-section')).toThrow(/unknown section "no-such-section"/);
  });

  it('copies the row URL with its #task-id and confirms it', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.assign(navigator, {clipboard: {writeText}});
    renderPage('technical-support');
    const button = screen.getByRole('button', {name: '复制“监控”的链接'});
    await act(async () => {
      fireEvent.click(button);
    });
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}${window.location.pathname}#monitoring`);
    expect(within(button.closest('th')!).getByRole('status')).toHaveTextContent('链接已复制');
  });

  it('confirms only the row copied last, and says nothing after a failed copy', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.assign(navigator, {clipboard: {writeText}});
    renderPage('technical-support');
    const statusOf = (task: string) =>
      within(screen.getByRole('button', {name: `复制“${task}”的链接`}).closest('th')!).getByRole('status');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', {name: '复制“监控”的链接'}));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', {name: '复制“日志记录”的链接'}));
    });
    expect(statusOf('日志记录')).toHaveTextContent('链接已复制');
    expect(statusOf('监控')).toHaveTextContent('');
    writeText.mockRejectedValueOnce(new Error('denied'));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', {name: '复制“监控”的链接'}));
    });
    expect(statusOf('监控')).toHaveTextContent('');
    expect(statusOf('日志记录')).toHaveTextContent('');
  });

  describe('a row’s report link', () => {
    afterEach(() => setHydrated(true));
    const report = 'Report a problem with the row “Manage S3 bucket”';

    it('opens a prefilled issue in the repository naming the row, its marks in words and the matrix version', () => {
      setTestCustomFields({repositoryUrl: 'https://github.com/owner/docs'});
      setTestLocale('en');
      renderPage('cloud-management');
      const links = screen.getAllByRole('link');
      expect(links).toHaveLength(findSection(matrix, 'cloud-management').tasks.length);
      const link = screen.getByRole('link', {name: report});
      expect(link.closest('tr')).toHaveAttribute('id', 'manage-s3-bucket');
      const issue = new URL(link.getAttribute('href')!);
      expect(`${issue.origin}${issue.pathname}`).toBe('https://github.com/owner/docs/issues/new');
      expect(issue.searchParams.get('title')).toBe(
        'Shared Responsibilities: row “Manage S3 bucket” (manage-s3-bucket)',
      );
      expect(issue.searchParams.get('body')).toBe(
        [
          `Page: ${window.location.origin}${window.location.pathname}#manage-s3-bucket`,
          'Language: English (en)',
          'Row: manage-s3-bucket (Manage S3 bucket)',
          'Marks: Zilliz BYOC: Not responsible; Customer: Responsible',
          `Matrix version: ${matrix.version}`,
          '',
          'What is wrong:',
          '',
        ].join('\n'),
      );
    });

    it('is not in the server HTML (it appears once hydrated), nor where the build does not know its repository', () => {
      setTestCustomFields({repositoryUrl: 'https://github.com/owner/docs'});
      setHydrated(false);
      renderPage('cloud-management');
      expect(screen.queryAllByRole('link')).toEqual([]);
      cleanup();
      setHydrated(true);
      setTestCustomFields({repositoryUrl: null});
      renderPage('cloud-management');
      expect(screen.queryAllByRole('link')).toEqual([]);
      expect(screen.getAllByRole('button').length).toBe(findSection(matrix, 'cloud-management').tasks.length);
    });
  });
});

describe('?since=', () => {
  const section = findSection(matrix, 'technical-support');
  const badges = (container: HTMLElement) =>
    [...container.querySelectorAll('tbody tr')].map((tr) => [
      tr.id,
      tr.querySelector('th')!.textContent!.includes('有变更'),
      tr.hasAttribute('data-changed'),
    ]);

  it('marks every row changed after the day, in the row header (read with the task)', () => {
    setTestLocale('zh-Hans');
    const dayBeforeTheLog = '2000-01-01';
    const {container} = renderPage(section.id, `/shared-responsibilities?since=${dayBeforeTheLog}&party=customer`);
    expect(section.tasks.length).toBeGreaterThan(0);
    expect(badges(container)).toEqual(section.tasks.map((t) => [t.id, true, true]));
  });

  it('marks nothing for a day after the last change, or a value that is not a day', () => {
    setTestLocale('zh-Hans');
    for (const since of ['2999-01-01', '2026-02-30', 'last-week']) {
      const {container, unmount} = renderPage(section.id, `/shared-responsibilities?since=${since}`);
      expect(badges(container), since).toEqual(section.tasks.map((t) => [t.id, false, false]));
      unmount();
    }
  });
});
