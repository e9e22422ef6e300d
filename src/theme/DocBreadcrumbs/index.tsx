import React, {type ReactNode} from 'react';
import DocBreadcrumbs from '@theme-original/DocBreadcrumbs';
import type DocBreadcrumbsType from '@theme/DocBreadcrumbs';
import type {WrapperProps} from '@docusaurus/types';
import {useActiveDocContext, useActivePlugin} from '@docusaurus/plugin-content-docs/client';
import PageActions from '@site/src/components/PageActions';
import styles from './styles.module.css';

type Props = WrapperProps<typeof DocBreadcrumbsType>;

// Wrapped, not swizzled: a doc's "Copy page" and "View as Markdown" share the breadcrumbs' line, so they take no
// room of their own above the doc. A page that is not a doc (a category's generated index) has no Markdown twin.
export default function DocBreadcrumbsWrapper(props: Props): ReactNode {
  const plugin = useActivePlugin();
  const {activeDoc} = useActiveDocContext(plugin?.pluginId);
  if (!activeDoc) return <DocBreadcrumbs {...props} />;
  return (
    <div className={styles.line}>
      <DocBreadcrumbs {...props} />
      <PageActions permalink={activeDoc.path} />
    </div>
  );
}
