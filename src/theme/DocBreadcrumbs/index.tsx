/**
 * Ejected from @docusaurus/theme-classic 3.10.2 (MIT, Copyright (c) Facebook, Inc. and its affiliates).
 * Changed: a doc's "Copy page" and "View as Markdown" (src/components/PageActions) share the crumbs' line, so they take
 * no room above the doc; a page that is not a doc (a category's generated index) has no Markdown twin and no actions.
 * And a crumb naming a doc shown in another language carries that language (CrumbLabel), so its
 * label is drawn and read in its own language. No wrapper can reach the crumbs: the stock component
 * renders each label from the sidebar's strings. Its one UI string has the default locale's words as its source, as
 * the site's own strings do.
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import {ThemeClassNames} from '@docusaurus/theme-common';
import {useActiveDocContext, useActivePlugin, useSidebarBreadcrumbs} from '@docusaurus/plugin-content-docs/client';
import {useHomePageRoute} from '@docusaurus/theme-common/internal';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import HomeBreadcrumbItem from '@theme/DocBreadcrumbs/Items/Home';
import DocBreadcrumbsStructuredData from '@theme/DocBreadcrumbs/StructuredData';
import type {PropSidebarBreadcrumbsItem} from '@docusaurus/plugin-content-docs';
import {useOtherLanguage} from '@site/src/components/LanguageMarker/useOtherLanguage';
import PageActions from '@site/src/components/PageActions';

import styles from './styles.module.css';

function BreadcrumbsItemLink({
  children,
  href,
  isLast,
}: {
  children: ReactNode;
  href: string | undefined;
  isLast: boolean;
}): ReactNode {
  const className = 'breadcrumbs__link';
  if (isLast) {
    return <span className={className}>{children}</span>;
  }
  return href ? (
    <Link className={className} href={href}>
      <span>{children}</span>
    </Link>
  ) : (
    <span className={className}>{children}</span>
  );
}

function BreadcrumbsItem({children, active}: {children: ReactNode; active?: boolean}): ReactNode {
  return <li className={clsx('breadcrumbs__item', {'breadcrumbs__item--active': active})}>{children}</li>;
}

function CrumbLabel({item}: {item: PropSidebarBreadcrumbsItem}): ReactNode {
  const other = useOtherLanguage(item.type === 'link' ? item.docId : undefined);
  return other ? <span lang={other.htmlLang}>{item.label}</span> : item.label;
}

function Crumbs(): ReactNode {
  const breadcrumbs = useSidebarBreadcrumbs();
  const homePageRoute = useHomePageRoute();

  if (!breadcrumbs) {
    return null;
  }

  return (
    <>
      <DocBreadcrumbsStructuredData breadcrumbs={breadcrumbs} />
      <nav
        className={clsx(ThemeClassNames.docs.docBreadcrumbs, styles.breadcrumbsContainer)}
        aria-label={translate({
          id: 'theme.docs.breadcrumbs.navAriaLabel',
          message: '页面路径',
          description: 'The ARIA label for the breadcrumbs',
        })}>
        <ul className="breadcrumbs">
          {homePageRoute && <HomeBreadcrumbItem />}
          {breadcrumbs.map((item, idx) => {
            const isLast = idx === breadcrumbs.length - 1;
            const href = item.type === 'category' && item.linkUnlisted ? undefined : item.href;
            return (
              <BreadcrumbsItem key={idx} active={isLast}>
                <BreadcrumbsItemLink href={href} isLast={isLast}>
                  <CrumbLabel item={item} />
                </BreadcrumbsItemLink>
              </BreadcrumbsItem>
            );
          })}
        </ul>
      </nav>
    </>
  );
}

export default function DocBreadcrumbs(): ReactNode {
  const plugin = useActivePlugin();
  const {activeDoc} = useActiveDocContext(plugin?.pluginId);
  if (!activeDoc) return <Crumbs />;
  return (
    <div className={styles.line}>
      <Crumbs />
      <PageActions permalink={activeDoc.path} />
    </div>
  );
}
