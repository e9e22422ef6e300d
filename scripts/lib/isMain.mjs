// Whether a module is the script node was started with (`node scripts/x.mjs`), not an import.
import {realpathSync} from 'node:fs';
import {pathToFileURL} from 'node:url';

/**
 * Compares file URLs, so a checkout under a path with spaces or non-ASCII
 * letters (which import.meta.url percent-encodes) is still recognised, and a
 * symlinked path too (Node resolves the main module's real path).
 * @param {string} moduleUrl the caller's `import.meta.url`
 * @returns {boolean}
 */
export function isMain(moduleUrl) {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return pathToFileURL(realpathSync(script)).href === moduleUrl;
  } catch {
    return false;
  }
}
