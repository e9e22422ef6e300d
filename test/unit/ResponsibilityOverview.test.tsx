import React from 'react';
import {MemoryRouter, Route} from 'react-router-dom';
import {describe, expect, it} from 'vitest';
import {fireEvent, render, screen, within} from '@testing-library/react';
import ResponsibilityOverview from '@site/src/components/ResponsibilityOverview';
import {countMatching, matrix, summarize} from '@site/src/data/responsibilities/model';
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
  it('summarises the matrix with a number per party and for shared tasks', () => {
    setTestLocale('en');
    renderOverview();
    const s = summarize(matrix);
    expect(screen.getByTestId('matrix-summary')).toHaveTextContent(
      `${s.total} tasks: ${s.customerOnly} held by the customer alone, ${s.zillizOnly} by Zilliz BYOC alone, and ${s.shared} shared by both.`,
    );
  });

  it('offers the four views as a labelled group with pressed state and counts', () => {
    renderOverview('/shared-responsibilities?party=zilliz');
    const group = screen.getByRole('group', {name: '按负责方筛选'});
    const buttons = within(group).getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('data-filter'))).toEqual(['all', 'customer', 'zilliz', 'shared']);
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'false', 'true', 'false']);
    expect(screen.getByRole('status')).toHaveTextContent(`显示 ${countMatching(matrix, 'zilliz')} / 17 项任务`);
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
      expect(screen.queryByRole('group')).toBeNull();
      container.querySelectorAll('button').forEach((b) => expect(b).toBeDisabled());
      expect(container.querySelector('[data-ready="false"]')).toHaveAttribute('aria-hidden', 'true');
    } finally {
      setHydrated(true);
    }
  });
});
