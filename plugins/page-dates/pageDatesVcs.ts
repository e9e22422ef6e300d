import {spawnSync} from 'node:child_process';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import type {VcsChangeInfo, VcsConfig} from '@docusaurus/types';

/** Data a page renders besides its own text: its date follows theirs too. */
export interface PageDependency {
  /** Whether the page (its source text) renders this data. */
  renders: (source: string) => boolean;
  /** The data's source file, relative to the site folder. */
  file: string;
  /** A date the data states for itself (`YYYY-MM-DD`), which the page's date is never earlier than. */
  statedDate?: string;
}

export interface PageDatesOptions {
  siteDir: string;
  /** The change dates of single files: Docusaurus' own git reader in a build. */
  base: VcsConfig;
  dependencies: readonly PageDependency[];
  /** Told once when the site is not in a git work tree, so no page has a date. */
  warn?: (message: string) => void;
}

/** Midnight UTC of a `YYYY-MM-DD` date, or an error naming where the date comes from. */
function statedTimestamp(date: string, file: string): number {
  const time = /^\d{4}-\d{2}-\d{2}$/.test(date) ? Date.parse(`${date}T00:00:00Z`) : Number.NaN;
  if (Number.isNaN(time)) throw new Error(`${file}: the date "${date}" is not a YYYY-MM-DD date`);
  return time;
}

const latest = (changes: readonly VcsChangeInfo[]): VcsChangeInfo =>
  changes.reduce((a, b) => (b.timestamp > a.timestamp ? b : a));

function insideGitWorkTree(dir: string): boolean {
  const git = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], {cwd: dir, encoding: 'utf8'});
  return git.status === 0 && git.stdout.trim() === 'true';
}

/**
 * When each page last changed, for the docs plugin's `showLastUpdateTime` and the sitemap's `lastmod` (both read
 * Docusaurus' `future.experimental_vcs`): the page file's last commit, or, for a page that renders data kept in
 * another file (the matrix), the latest of the page's commit, the data file's commit and the date the data states
 * (its version), so the page never claims to be older than the matrix it shows. A file with no commit (new, not yet
 * committed) has no date, and neither has any page of a site outside a git work tree (a copy without `.git`).
 */
export function pageDatesVcs({siteDir, base, dependencies, warn = console.warn}: PageDatesOptions): VcsConfig {
  let tracked: boolean | undefined;
  const inGit = () => {
    if (tracked === undefined) {
      tracked = insideGitWorkTree(siteDir);
      if (!tracked) warn(`${siteDir} is not in a git work tree: pages show no last-updated date`);
    }
    return tracked;
  };
  return {
    initialize: (params) => {
      if (inGit()) base.initialize(params);
    },
    getFileCreationInfo: async (filePath) => (inGit() ? base.getFileCreationInfo(filePath) : null),
    getFileLastUpdateInfo: async (filePath) => {
      if (!inGit()) return null;
      const own = await base.getFileLastUpdateInfo(filePath);
      if (own === null || !/\.mdx?$/.test(filePath)) return own;
      const source = await readFile(filePath, 'utf8');
      const changes = [own];
      for (const dependency of dependencies.filter((d) => d.renders(source))) {
        const data = await base.getFileLastUpdateInfo(path.join(siteDir, dependency.file));
        if (data) changes.push(data);
        if (dependency.statedDate !== undefined)
          changes.push({timestamp: statedTimestamp(dependency.statedDate, dependency.file), author: own.author});
      }
      return latest(changes);
    },
  };
}
