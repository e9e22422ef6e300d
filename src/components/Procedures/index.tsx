import React, {type ReactNode} from 'react';
import styles from './styles.module.css';

/**
 * A procedure as the editor exports it: an ordered list of steps, the first
 * paragraph of each item being the step's title. The list stays a plain
 * <ol> (screen readers announce "list, N items"); only the look changes.
 */
export default function Procedures({children}: {children: ReactNode}): ReactNode {
  return <div className={styles.procedures}>{children}</div>;
}
