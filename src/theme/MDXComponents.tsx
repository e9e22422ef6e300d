import type {ComponentType} from 'react';
import MDXComponents from '@theme-original/MDXComponents';
import Admonition from '@theme/Admonition';
import ResponsibilityTable from '@site/src/components/ResponsibilityTable';
import ResponsibilityOverview from '@site/src/components/ResponsibilityOverview';
import MatrixChangeLog from '@site/src/components/MatrixChangeLog';
import DocTable from '@site/src/components/DocTable';
import MatrixMark from '@site/src/components/MatrixMark';
import UnknownComponent from '@site/src/components/UnknownComponent';
import UnparsedPage from '@site/src/components/UnparsedPage';
import DocImage from '@site/src/components/DocImage';
import DocLink from '@site/src/components/DocLink';
import type {SiteMdxComponent} from './mdxComponentNames';

// Wrapped, not swizzled: every MDX page gets these without an import.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each component has its own props
const site: Record<SiteMdxComponent, ComponentType<any>> = {
  Admonition,
  ResponsibilityTable,
  ResponsibilityOverview,
  MatrixChangeLog,
  // Targets of plugins/export-pipeline/exportedTables: exported raw tables render through these.
  DocTable,
  MatrixMark,
  // Target of plugins/export-pipeline/knownComponents: what a component the site does not have becomes.
  UnknownComponent,
  // Target of plugins/export-pipeline/mdxFallback: the notice above a page shown as its source.
  UnparsedPage,
};

// Every Markdown image: its own size, and a placeholder if it fails to load; every link to another site says it
// opens a new tab.
export default {...MDXComponents, ...site, img: DocImage, a: DocLink};
