import React, {type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

/**
 * What a component the site does not have becomes (plugins/export-pipeline/knownComponents.ts):
 * its content, so nothing the writer wrote is lost. The dev server also
 * names the component, so a writer sees what to fix; readers never do.
 */
export default function UnknownComponent({name, children}: {name: string; children?: ReactNode}): ReactNode {
  if (process.env.NODE_ENV !== 'development') return <>{children}</>;
  return (
    <div className={styles.unknown}>
      <p className={styles.notice} role="note">
        <Translate id="unknownComponent.notice" values={{name: <code>{`<${name}>`}</code>}}>
          {'此站点没有组件 {name}：下面只显示其内容（仅在开发服务器中可见）。'}
        </Translate>
      </p>
      {children}
    </div>
  );
}
