// Pagefind's Node API is an ES module only (its package exports just `import`). Docusaurus loads the config and
// its plugins through jiti, which turns `import()` into `require()` and so cannot load it; a .cjs file is required
// by Node itself, whose `import()` works.
/** @type {() => Promise<typeof import('pagefind')>} */
module.exports = () => import('pagefind');
