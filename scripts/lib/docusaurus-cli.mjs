/**
 * `docusaurus <command>` as @docusaurus/core's bin/docusaurus.mjs runs it,
 * less its update check: that loads update-notifier and a dozen packages
 * in every locale's build process of `npm run build`, only to tell whether a
 * newer Docusaurus is out. Errors end the process as the bin's do.
 */
import {inspect} from 'node:util';
// The package has no entry point of its own: the bin imports this file too.
import {runCLI} from '@docusaurus/core/lib/index.js';

process.env.BABEL_ENV ??= 'development';
process.env.NODE_ENV ??= 'development';

/** @param {unknown} error */
function fail(error) {
  console.error(`\n[ERROR] ${inspect(error, {depth: Infinity})}`);
  process.exit(1);
}

process.on('unhandledRejection', fail);
try {
  await runCLI(/** @type {[string, string, ...string[]]} */ (process.argv));
} catch (error) {
  fail(error);
}
