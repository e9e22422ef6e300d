import React, {type ReactNode} from 'react';
import PaginatorNavLink from '@theme-original/PaginatorNavLink';
import type PaginatorNavLinkType from '@theme/PaginatorNavLink';
import type {WrapperProps} from '@docusaurus/types';
import {useActivePlugin, useActiveVersion} from '@docusaurus/plugin-content-docs/client';
import {useOtherLanguage} from '@site/src/components/LanguageMarker/useOtherLanguage';

type Props = WrapperProps<typeof PaginatorNavLinkType>;

// Wrapped, not swizzled: the previous/next link to a doc shown in another language names it in that language.
export default function PaginatorNavLinkWrapper(props: Props): ReactNode {
  const plugin = useActivePlugin();
  const version = useActiveVersion(plugin?.pluginId);
  const docId = version?.docs.find((doc) => doc.path === props.permalink)?.id;
  const other = useOtherLanguage(docId);
  if (!other) return <PaginatorNavLink {...props} />;
  // The stock link renders its title as given: a node keeps the title's language on the title alone.
  const title = (<span lang={other.htmlLang}>{props.title}</span>) as unknown as string;
  return <PaginatorNavLink {...props} title={title} />;
}
