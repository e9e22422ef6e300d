import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import {SHARED_RESPONSIBILITIES_PATH} from '@site/src/data/responsibilities/pages';

/**
 * Replaces the stock 404 content, which offers no way back, with links into
 * the docs. A miss under another locale's prefix gets that locale's 404 page
 * as a whole (plugins/localized-404), so this speaks the page's own language.
 */
export default function NotFoundContent({className}: {className?: string}): ReactNode {
  return (
    <main className={clsx('container margin-vert--xl', className)}>
      <div className="row">
        <div className="col col--6 col--offset-3">
          <Heading as="h1" className="hero__title">
            {translate({id: 'notFound.title', message: '找不到页面'})}
          </Heading>
          <p>
            {translate({id: 'notFound.body', message: '没有找到您要访问的页面，它可能已经移动。可以从这里重新开始：'})}
          </p>
          <ul>
            <li>
              <Link to="/">{translate({id: 'notFound.home', message: '文档首页'})}</Link>
            </li>
            <li>
              <Link to={SHARED_RESPONSIBILITIES_PATH}>{translate({id: 'notFound.matrix', message: '共同责任'})}</Link>
            </li>
          </ul>
        </div>
      </div>
    </main>
  );
}
