// What the browser build's `tslib` resolves to: only the helpers its modules call, so the rest of tslib stays out of
// every page. Docusaurus' CommonJS modules reach tslib through a variable (`tslib_1.__importDefault`), which the
// bundler cannot tree-shake. ./tslibHelpers.ts fails the build when a module calls a helper not listed here.
export {__importDefault} from 'tslib/tslib.es6.mjs';
