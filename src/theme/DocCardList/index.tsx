import React, {type ReactNode} from 'react';
import DocCardList from '@theme-original/DocCardList';
import type DocCardListType from '@theme/DocCardList';
import type {WrapperProps} from '@docusaurus/types';
import {useLocation} from '@docusaurus/router';
import {isActiveSidebarItem, useCurrentSidebarSiblings, useDocsSidebar} from '@docusaurus/plugin-content-docs/client';

type Props = WrapperProps<typeof DocCardListType>;

/** The items next to the page being read (its category's, or the sidebar's top level), without that page. */
function SiblingCards({className}: {className?: string}): ReactNode {
  const {pathname} = useLocation();
  const items = useCurrentSidebarSiblings().filter((item) => !isActiveSidebarItem(item, pathname));
  return <DocCardList items={items} className={className} />;
}

// Wrapped, not swizzled: `<DocCardList />` with no items (as exports write it on category pages) lists
// the pages of the reader's own category, or the sidebar's top level, never the page itself; on a page
// without a sidebar it lists nothing.
export default function DocCardListWrapper(props: Props): ReactNode {
  const sidebar = useDocsSidebar();
  if (props.items) return <DocCardList {...props} />;
  return sidebar ? <SiblingCards className={props.className} /> : null;
}
