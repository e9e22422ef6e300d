/**
 * Components an MDX page may use without importing them: the theme's own
 * (@theme-original/MDXComponents) and the site's (MDXComponents.tsx, which
 * must register exactly SITE_MDX_COMPONENTS; TypeScript checks it). The
 * remark plugin in plugins/export-pipeline/knownComponents.ts and the content check use
 * this list to name a component the site does not have.
 */
export const THEME_MDX_COMPONENTS = ['Head', 'Details', 'details', 'Mermaid'] as const;
export const SITE_MDX_COMPONENTS = [
  'Admonition',
  'ResponsibilityTable',
  'ResponsibilityOverview',
  'MatrixChangeLog',
  'DocTable',
  'MatrixMark',
  'UnknownComponent',
  'UnparsedPage',
] as const;
export type SiteMdxComponent = (typeof SITE_MDX_COMPONENTS)[number];
export const GLOBAL_MDX_COMPONENTS: readonly string[] = [...THEME_MDX_COMPONENTS, ...SITE_MDX_COMPONENTS];
