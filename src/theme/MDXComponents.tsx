import MDXComponents from '@theme-original/MDXComponents';
import Admonition from '@theme/Admonition';
import ResponsibilityTable from '@site/src/components/ResponsibilityTable';
import ResponsibilityOverview from '@site/src/components/ResponsibilityOverview';

// Wrapped, not swizzled: every MDX page gets these without an import.
export default {
  ...MDXComponents,
  Admonition,
  ResponsibilityTable,
  ResponsibilityOverview,
};
