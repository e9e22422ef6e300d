import {createHash} from 'node:crypto';
import {cpSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

/** The repository these tests belong to. */
export const REPO_ROOT = path.join(__dirname, '../..');

/** Left out of a scratch copy: dependencies (linked instead), git, build output and caches. */
const NOT_COPIED = new Set([
  'node_modules',
  '.git',
  '.docusaurus',
  'test-results',
  'playwright-report',
  'artifacts',
  '.bench',
]);

/**
 * A scratch copy of the repository under the system's temp folder, its
 * node_modules linked to the real one, for tests that run a command: the
 * command reads and writes the copy, never the repository. Returns its path.
 */
export function scratchRepo(prefix = 'byoc-scratch'): string {
  const copy = mkdtempSync(path.join(tmpdir(), `${prefix}-`));
  for (const entry of readdirSync(REPO_ROOT))
    if (!NOT_COPIED.has(entry) && !entry.startsWith('build'))
      cpSync(path.join(REPO_ROOT, entry), path.join(copy, entry), {recursive: true});
  symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  return copy;
}

export const removeScratch = (dir: string) => rmSync(dir, {recursive: true, force: true});

/** Every file below `root` (symbolic links not followed), relative path → SHA-256 of its bytes. */
export function treeDigest(root: string): Map<string, string> {
  const digest = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile())
        digest.set(path.relative(root, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
      else if (lstatSync(full).isSymbolicLink()) digest.set(path.relative(root, full), 'symlink');
    }
  };
  walk(root);
  return digest;
}

/** The files added, changed or removed between two digests of one tree, sorted, each as `+ path`, `~ path`, `- path`. */
export function changedFiles(before: Map<string, string>, after: Map<string, string>): string[] {
  const changes: string[] = [];
  for (const [file, hash] of after)
    if (!before.has(file)) changes.push(`+ ${file}`);
    else if (before.get(file) !== hash) changes.push(`~ ${file}`);
  for (const file of before.keys()) if (!after.has(file)) changes.push(`- ${file}`);
  return changes.sort((a, b) => a.slice(2).localeCompare(b.slice(2)));
}
