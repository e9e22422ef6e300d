import type {Page} from '@playwright/test';

export interface RenderedSection {
  id: string;
  title: string;
  tasks: {id: string; label: string; responsible: string[]}[];
}

/** The matrix as a reader sees it: headings, rows and the visible ✔ of each party column. */
export function readMatrix(page: Page): Promise<RenderedSection[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-section]')].map((wrapper) => {
      const id = wrapper.dataset.section!;
      const heading = document.getElementById(id);
      const parties = [...wrapper.querySelectorAll('thead th[data-party]')].map((th) => th.getAttribute('data-party')!);
      return {
        id,
        title: heading ? (heading.firstChild?.textContent ?? '').trim() : '',
        tasks: [...wrapper.querySelectorAll<HTMLTableRowElement>('tbody tr')]
          .filter((tr) => tr.checkVisibility())
          .map((tr) => ({
            id: tr.id,
            label: tr.querySelector('th')!.querySelector('span')!.textContent!.trim(),
            responsible: [...tr.querySelectorAll('td')]
              .map((td, i) => ({
                party: parties[i]!,
                marked: [...td.querySelectorAll('[aria-hidden="true"]')].some(
                  (m) => m.textContent === '✔' && (m as HTMLElement).checkVisibility(),
                ),
              }))
              .filter((c) => c.marked)
              .map((c) => c.party),
          })),
      };
    }),
  );
}
