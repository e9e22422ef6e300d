import React, {type ReactNode} from 'react';
import styles from './styles.module.css';

/** An endpoint's method and path, as the Zilliz docs head an API reference page. */
export default function RestHeader({method, endpoint}: {method: string; endpoint: string}): ReactNode {
  const verb = method.toUpperCase();
  return (
    <p className={styles.endpoint}>
      <span className={styles.method} data-method={verb}>
        {verb}
      </span>{' '}
      <code>{endpoint}</code>
    </p>
  );
}
