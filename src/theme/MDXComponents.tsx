import MDXComponents from '@theme-original/MDXComponents';
import Admonition from '@theme/Admonition';
import ResponsibilityTable from '@site/src/components/ResponsibilityTable';
import ResponsibilityOverview from '@site/src/components/ResponsibilityOverview';
import DocTable from '@site/src/components/DocTable';
import MatrixMark from '@site/src/components/MatrixMark';

// Wrapped, not swizzled: every MDX page gets these without an import.
export default {
  ...MDXComponents,
  Admonition,
  ResponsibilityTable,
  ResponsibilityOverview,
  // Targets of src/remark/exportedTables: exported raw tables render through these.
  DocTable,
  MatrixMark,
};
