import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import type {Compiler, Module} from 'webpack';

/** The module the browser build's `tslib` is aliased to: it re-exports the helpers the build's modules call. */
export const TSLIB_HELPERS_MODULE = path.join(__dirname, 'tslib-helpers.mjs');

/** Every helper tslib has, read from the installed package. */
export function allTslibHelpers(): string[] {
  return Object.keys(createRequire(__filename)('tslib') as object).filter((name) => name.startsWith('__'));
}

/** The names a re-export module (`export {a, b} from '…'`) gives. */
export function reexportedNames(source: string): string[] {
  return [...source.matchAll(/export\s*\{([^}]*)\}\s*from/g)].flatMap((m) =>
    m[1]!
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean),
  );
}

/** The tslib helpers a module's source names (any mention counts: a false alarm is safer than a missing helper). */
export function helpersNamedIn(source: string, helpers: readonly string[]): string[] {
  return helpers.filter((helper) => new RegExp(`\\b${helper}\\b`).test(source));
}

const NAME = 'lean-bundle:tslib-helpers';

/**
 * Bundler plugin: each module that imports `tslib` may only call helpers that TSLIB_HELPERS_MODULE gives; another
 * would be `undefined` in the browser, so the build fails and names the module and the helper.
 */
export class TslibHelpersCheck {
  constructor(private readonly helpersModule: string = TSLIB_HELPERS_MODULE) {}

  apply(compiler: Compiler): void {
    const given = new Set(reexportedNames(readFileSync(this.helpersModule, 'utf8')));
    const helpers = allTslibHelpers();
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.finishModules.tap(NAME, (modules: Iterable<Module>) => {
        const shim = [...modules].find((m) => resourceOf(m) === this.helpersModule);
        if (!shim) return;
        for (const {originModule} of compilation.moduleGraph.getIncomingConnections(shim)) {
          const file = originModule && resourceOf(originModule);
          if (!file) continue;
          const missing = helpersNamedIn(readFileSync(file, 'utf8'), helpers).filter((h) => !given.has(h));
          if (missing.length > 0)
            compilation.errors.push(
              new compiler.webpack.WebpackError(
                `plugins/lean-bundle: ${file} uses tslib's ${missing.join(', ')}, which ` +
                  `${path.relative(process.cwd(), this.helpersModule)} does not give: add ${missing.length > 1 ? 'them' : 'it'} to its export list.`,
              ),
            );
        }
      });
    });
  }
}

function resourceOf(module: Module): string | undefined {
  const resource = (module as {resource?: string}).resource;
  return resource?.replace(/\?.*$/, '');
}
