import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {getVcsPreset} from '@docusaurus/utils';
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest';
import {pageDatesVcs, type PageDependency} from '../../plugins/page-dates/pageDatesVcs';
import {matrixDependency} from '../../plugins/page-dates/matrixDependency';

/** Milliseconds since the epoch of a UTC date and time, as Docusaurus gives a commit time. */
const at = (iso: string) => Date.parse(iso);

/** A scratch git repository with commits at chosen dates. */
function scratchGit(): {dir: string; commit: (files: Record<string, string>, iso: string) => void} {
  const dir = mkdtempSync(path.join(tmpdir(), 'byoc-page-dates-'));
  const git = (args: string[], env: Record<string, string> = {}) =>
    execFileSync('git', ['-c', 'user.name=Writer', '-c', 'user.email=writer@example.com', ...args], {
      cwd: dir,
      env: {...process.env, ...env},
    });
  git(['init', '-q']);
  return {
    dir,
    commit: (files, iso) => {
      for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
      git(['add', '.']);
      git(['commit', '-q', '-m', iso], {GIT_AUTHOR_DATE: iso, GIT_COMMITTER_DATE: iso});
    },
  };
}

const MATRIX: PageDependency = {
  renders: (source) => source.includes('<ResponsibilityTable'),
  file: 'matrix.ts',
  statedDate: '2026-11-01',
};

describe('pageDatesVcs: when each page last changed', () => {
  let repo: ReturnType<typeof scratchGit>;
  const vcs = (dependencies = [MATRIX]) =>
    pageDatesVcs({siteDir: repo.dir, base: getVcsPreset('git-ad-hoc'), dependencies, warn: () => {}});
  const date = async (file: string, dependencies?: PageDependency[]) =>
    (await vcs(dependencies).getFileLastUpdateInfo(path.join(repo.dir, file)))?.timestamp;

  beforeAll(() => {
    repo = scratchGit();
    repo.commit({'plain.mdx': '# Plain\n', 'matrix.ts': 'export {};\n'}, '2026-11-10T08:00:00Z');
    repo.commit({'page.mdx': '# Matrix\n\n<ResponsibilityTable section="a" />\n'}, '2026-11-05T09:00:00Z');
    repo.commit({'matrix.ts': 'export const changed = 1;\n'}, '2026-11-20T10:00:00Z');
    repo.commit({'plain.mdx': '# Plain, edited\n'}, '2026-11-25T11:00:00Z');
    writeFileSync(path.join(repo.dir, 'new.mdx'), '# Not committed yet\n');
  });
  afterAll(() => rmSync(repo.dir, {recursive: true, force: true}));

  it("a page's date is its file's last commit", async () => {
    expect(await date('plain.mdx')).toBe(at('2026-11-25T11:00:00Z'));
  });

  it('a page that renders the matrix is never older than the matrix data', async () => {
    expect(await date('page.mdx')).toBe(at('2026-11-20T10:00:00Z'));
  });

  it('nor older than the date the matrix states (its version), even when that is the latest', async () => {
    expect(await date('page.mdx', [{...MATRIX, statedDate: '2026-11-28'}])).toBe(at('2026-11-28T00:00:00Z'));
  });

  it('a file never committed has no date (the page shows none)', async () => {
    expect(await date('new.mdx')).toBeUndefined();
  });

  it('a bad stated date names the data file', async () => {
    await expect(date('page.mdx', [{...MATRIX, statedDate: '28.11.2026'}])).rejects.toThrow(
      'matrix.ts: the date "28.11.2026" is not a YYYY-MM-DD date',
    );
  });

  it('outside a git work tree (a copy without .git), no page has a date, and the build says so once', async () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'byoc-no-git-'));
    writeFileSync(path.join(copy, 'page.mdx'), '# Page\n');
    const warn = vi.fn();
    const outside = pageDatesVcs({siteDir: copy, base: getVcsPreset('git-ad-hoc'), dependencies: [MATRIX], warn});
    outside.initialize({siteDir: copy});
    expect(await outside.getFileLastUpdateInfo(path.join(copy, 'page.mdx'))).toBeNull();
    expect(await outside.getFileLastUpdateInfo(path.join(copy, 'page.mdx'))).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/not in a git work tree/);
    rmSync(copy, {recursive: true, force: true});
  });

  it("the site's matrix dependency is the matrix data file and its version, on the pages with a matrix component", () => {
    expect(matrixDependency.file).toBe('src/data/responsibilities/sharedResponsibilities.ts');
    expect(matrixDependency.statedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(matrixDependency.renders('<ResponsibilityOverview />')).toBe(true);
    expect(matrixDependency.renders('<ResponsibilityTable section="x" />')).toBe(true);
    expect(matrixDependency.renders('# A page\n\n<DocTable>')).toBe(false);
  });
});
