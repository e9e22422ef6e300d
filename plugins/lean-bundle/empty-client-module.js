// Stands in for @docusaurus/theme-classic/lib/prism-include-languages when no
// extra Prism languages are configured (see ./index.ts).
export {};
