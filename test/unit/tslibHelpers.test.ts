import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {
  allTslibHelpers,
  helpersNamedIn,
  reexportedNames,
  TSLIB_HELPERS_MODULE,
  TslibHelpersCheck,
} from '../../plugins/lean-bundle/tslibHelpers';
import {tempTree} from './helpers/tempTree';

// The bundler Docusaurus builds the site with.
const {rspack} = createRequire(require.resolve('@docusaurus/faster'))('@rspack/core') as typeof import('@rspack/core');

/** Bundles `entry` of `dir` for Node as the site's browser build treats tslib; resolves with the errors and the output. */
function bundle(dir: string, entry: string): Promise<{errors: string[]; output: string}> {
  const compiler = rspack({
    mode: 'production',
    target: 'node',
    context: dir,
    entry: `./${entry}`,
    output: {path: path.join(dir, 'dist'), filename: 'out.js', library: {type: 'commonjs2'}},
    resolve: {alias: {tslib$: TSLIB_HELPERS_MODULE}},
    plugins: [new TslibHelpersCheck()],
  });
  return new Promise((resolve, reject) =>
    compiler.run((error, stats) => {
      if (error || !stats) return reject(error);
      const errors = stats.toJson({all: false, errors: true}).errors!.map((e) => e.message);
      compiler.close(() =>
        resolve({errors, output: errors.length ? '' : readFileSync(path.join(dir, 'dist/out.js'), 'utf8')}),
      );
    }),
  );
}

describe("the browser build's tslib", () => {
  it('reads the names a re-export module gives', () => {
    expect(reexportedNames('export {__a, __b} from \'x\';\nexport { __c } from "y";')).toEqual(['__a', '__b', '__c']);
  });

  it("finds the tslib helpers a module's source names, however it reaches them", () => {
    const helpers = ['__awaiter', '__importDefault', '__importStar', '__rest'];
    expect(helpersNamedIn('const t = require("tslib"); t.__importDefault(a); t.__importStar(b);', helpers)).toEqual([
      '__importDefault',
      '__importStar',
    ]);
    expect(helpersNamedIn('import {__awaiter as aw} from "tslib";', helpers)).toEqual(['__awaiter']);
    expect(helpersNamedIn('const __restless = 1;', helpers)).toEqual([]);
  });

  it("knows tslib's helpers from the installed package", () => {
    expect(allTslibHelpers()).toEqual(expect.arrayContaining(['__importDefault', '__awaiter', '__generator']));
  });

  it('gives a module the helper it calls, and leaves the other helpers out of the bundle', async () => {
    const dir = tempTree('tslib-helpers', {
      'uses.cjs': '"use strict";\nconst tslib_1 = require("tslib");\nmodule.exports = tslib_1.__importDefault({x: 1});',
    });
    const {errors, output} = await bundle(dir, 'uses.cjs');
    expect(errors).toEqual([]);
    expect(createRequire(__filename)(path.join(dir, 'dist/out.js'))).toEqual({default: {x: 1}});
    // The generator helper's own text: without the alias the whole of tslib comes along.
    expect(output).not.toMatch(/Generator is already executing/);
  });

  it('fails the build, naming the module and the helper, when a module calls a helper the build does not give', async () => {
    const dir = tempTree('tslib-helpers', {
      'awaits.cjs': '"use strict";\nconst tslib_1 = require("tslib");\nmodule.exports = tslib_1.__awaiter;',
    });
    const {errors} = await bundle(dir, 'awaits.cjs');
    expect(errors).toEqual([
      expect.stringMatching(
        /plugins\/lean-bundle: .*awaits\.cjs uses tslib's __awaiter, which .*tslib-helpers\.mjs does not give: add it to its export list\./,
      ),
    ]);
  });
});
