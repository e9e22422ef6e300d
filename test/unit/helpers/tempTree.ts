import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

/** A throwaway folder holding `files` (relative path → text); returns its path. */
export function tempTree(prefix: string, files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), `${prefix}-`));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), {recursive: true});
    writeFileSync(path.join(root, file), text);
  }
  return root;
}
