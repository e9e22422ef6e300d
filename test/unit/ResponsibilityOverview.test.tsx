// @vitest-environment jsdom
import React from 'react';
import {MemoryRouter, Route} from 'react-router-dom';
import {describe, expect, it} from 'vitest';
import {fireEvent, render, screen, within} from '@testing-library/react';
import ResponsibilityOverview from '@site/src/components/ResponsibilityOverview';
import {allTasks, countMatching, matrix, PARTY_FILTERS} from '@site/src/data/responsibilities/model';

// From the data, so adding a task (the recipe in src/data/responsibilities/README.md) does not break these tests.
const TOTAL = allTasks(matrix).length;
import {setTestLocale} from './stubs/locale';
import {setHydrated} from './stubs/useIsBrowser';

function renderOverview(url = '/shared-responsibilities') {
  let search = '';
  const utils = render(
    <MemoryRouter initialEntries={[url]}>
      <ResponsibilityOverview />
      <Route
        render={({location}) => {
          search = location.search;
          return null;
        }}
      />
    </MemoryRouter>,
  );
  return {...utils, search: () => search};
}

describe('ResponsibilityOverview', () => {
  it('explains the marks in one line, and nothing more', () => {
    setTestLocale('en');
    const {container} = renderOverview();
    const legend = container.querySelector('dl')!;
    expect([...legend.querySelectorAll('dd')].map((d) => d.textContent)).toEqual([
      'responsible',
      'not responsible',
      'shared',
    ]);
    // The version: in the toolbar, and in the download menu (phones show only that one).
    const times = screen.getAllByText(matrix.version).map((el) => el.closest('time'));
    expect(times).toHaveLength(2);
    for (const time of times) expect(time).toHaveAttribute('dateTime', matrix.version);
  });

  it('links the downloads of its own locale, in a menu', () => {
    setTestLocale('en');
    const {container} = renderOverview();
    const menu = container.querySelector('details')!;
    expect(within(menu).getByText('Download').closest('summary')).not.toBeNull();
    expect(container.querySelector('a[data-export="csv"]')).toHaveAttribute(
      'href',
      '/en/shared-responsibilities.en.csv',
    );
    expect(container.querySelector('a[data-export="json"]')).toHaveAttribute(
      'href',
      '/en/shared-responsibilities.en.json',
    );
    menu.open = true;
    fireEvent.keyDown(document, {key: 'Escape'});
    expect(menu.open).toBe(false);
    menu.open = true;
    fireEvent.click(document.body);
    expect(menu.open).toBe(false);
  });

  it('counts a linked row shown outside the filter, and says why it is there', () => {
    setTestLocale('en');
    renderOverview('/shared-responsibilities?party=zilliz#manage-s3-bucket');
    const matching = countMatching(matrix, 'zilliz');
    expect(screen.getByTestId('filter-status')).toHaveTextContent(
      `Showing ${matching + 1} of ${TOTAL} tasks: ${matching} match the filter, plus “Manage S3 bucket”, which the link points to`,
    );
  });

  it('counts a linked row inside the filter once', () => {
    renderOverview('/shared-responsibilities?party=customer#manage-s3-bucket');
    expect(screen.getByTestId('filter-status')).toHaveTextContent(
      `显示 ${countMatching(matrix, 'customer')} / ${TOTAL} 项任务`,
    );
  });

  it('prints a line naming the filter, only when there is one', () => {
    setTestLocale('en');
    const {container} = renderOverview('/shared-responsibilities?party=shared');
    expect(container.querySelector('[data-print-filter]')).toHaveTextContent(
      `Filtered: “Shared”. This printout shows ${countMatching(matrix, 'shared')} of ${TOTAL} tasks.`,
    );
    const all = renderOverview('/shared-responsibilities');
    expect(all.container.querySelector('[data-print-filter]')).toBeNull();
  });

  it('offers the four views as a labelled group with pressed state and counts', () => {
    renderOverview('/shared-responsibilities?party=zilliz');
    const group = screen.getByRole('group', {name: '按负责方筛选'});
    const buttons = within(group).getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('data-filter'))).toEqual(['all', 'customer', 'zilliz', 'shared']);
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'false', 'true', 'false']);
    expect(screen.getByTestId('filter-status')).toHaveTextContent(
      `显示 ${countMatching(matrix, 'zilliz')} / ${TOTAL} 项任务`,
    );
  });

  it('writes the choice to ?party= and clears it for All', () => {
    const view = renderOverview('/shared-responsibilities');
    fireEvent.click(screen.getByRole('button', {name: /^客户/}));
    expect(view.search()).toBe('?party=customer');
    expect(screen.getByRole('button', {name: /^客户/})).toHaveAttribute('aria-pressed', 'true');
    fireEvent.click(screen.getByRole('button', {name: /^全部/}));
    expect(view.search()).toBe('');
  });

  it('does not offer the filter before hydration (or without JavaScript)', () => {
    setHydrated(false);
    try {
      const {container} = renderOverview('/shared-responsibilities?party=shared');
      expect(screen.queryByRole('group', {name: '按负责方筛选'})).toBeNull();
      const buttons = container.querySelectorAll('button');
      expect(buttons).toHaveLength(PARTY_FILTERS.length);
      buttons.forEach((b) => expect(b).toBeDisabled());
      expect(container.querySelector('[data-ready="false"]')).toHaveAttribute('aria-hidden', 'true');
      expect(screen.getByTestId('filter-status')).toBeEmptyDOMElement();
    } finally {
      setHydrated(true);
    }
  });
});
