#!/usr/bin/env node
/**
 * `npm run preview`: builds every locale into build/, then serves it the way
 * GitHub Pages does (scripts/serve-gh-pages.mjs). One process does both, so
 * stopping npm (Ctrl+C, or the SIGTERM an IDE or a CI sends to npm alone)
 * stops the build or the server; a shell's `build && serve` left the server
 * running after npm had gone.
 *
 *   npm run preview [-- --no-build] [--port 3000] [--base /] [--gzip]
 *
 * `--no-build` serves the last build as it is.
 */
import {spawn} from 'node:child_process';
import {createRequire} from 'node:module';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {serveFromArgs} from './serve-gh-pages.mjs';

const require = createRequire(import.meta.url);
// --no-build is the preview's own; the rest (folder, --base, --port, --gzip) is the server's, which checks it.
const {values, tokens} = parseArgs({
  options: {'no-build': {type: 'boolean', default: false}},
  strict: false,
  allowPositionals: true,
  tokens: true,
});
const serverArgs = process.argv
  .slice(2)
  .filter((_, i) => !tokens.some((t) => t.index === i && t.kind === 'option' && t.name === 'no-build'));

/** @type {import('node:child_process').ChildProcess | undefined} */
let build;
/** @type {import('node:http').Server | undefined} */
let server;

const SIGNAL_EXIT_CODES = {SIGINT: 130, SIGTERM: 143, SIGHUP: 129};
for (const [signal, code] of Object.entries(SIGNAL_EXIT_CODES))
  process.on(signal, () => {
    build?.kill(/** @type {NodeJS.Signals} */ (signal));
    server?.close();
    process.exit(code);
  });

if (!values['no-build']) {
  const jiti = require.resolve('jiti/bin/jiti.js');
  const status = await new Promise((done) => {
    build = spawn(process.execPath, [jiti, fileURLToPath(new URL('build.ts', import.meta.url)), '--cache'], {
      stdio: 'inherit',
    });
    build.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
  build = undefined;
  if (status !== 0) process.exit(status);
}
server = await serveFromArgs(serverArgs);
