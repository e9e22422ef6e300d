import React, {type ReactNode} from 'react';
import EditThisPage from '@theme-original/EditThisPage';
import type EditThisPageType from '@theme/EditThisPage';
import type {WrapperProps} from '@docusaurus/types';
import ReportProblem from '@site/src/components/ReportProblem';
import styles from './styles.module.css';

type Props = WrapperProps<typeof EditThisPageType>;

// Wrapped, not swizzled: writers edit the page's source, readers report a problem with it, side by side.
export default function EditThisPageWrapper(props: Props): ReactNode {
  return (
    <span className={styles.actions}>
      <EditThisPage {...props} />
      <ReportProblem />
    </span>
  );
}
