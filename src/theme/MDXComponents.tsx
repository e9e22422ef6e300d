import type {ComponentType} from 'react';
import MDXComponents from '@theme-original/MDXComponents';
import Admonition from '@theme/Admonition';
import ResponsibilityTable from '@site/src/components/ResponsibilityTable';
import ResponsibilityOverview from '@site/src/components/ResponsibilityOverview';
import DocTable from '@site/src/components/DocTable';
import MatrixMark from '@site/src/components/MatrixMark';
import UnknownComponent from '@site/src/components/UnknownComponent';
import UnparsedPage from '@site/src/components/UnparsedPage';
import type {SiteMdxComponent} from './mdxComponentNames';

// Wrapped, not swizzled: every MDX page gets these without an import.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each component has its own props
const site: Record<SiteMdxComponent, ComponentType<any>> = {
  Admonition,
  ResponsibilityTable,
  ResponsibilityOverview,
  // Targets of src/remark/exportedTables: exported raw tables render through these.
  DocTable,
  MatrixMark,
  // Target of src/remark/knownComponents: what a component the site does not have becomes.
  UnknownComponent,
  // Target of src/remark/mdxFallback: the notice above a page shown as its source.
  UnparsedPage,
};

export default {...MDXComponents, ...site};
