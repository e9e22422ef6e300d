import React, {type ComponentProps, type ReactNode} from 'react';
import MDXA from '@theme-original/MDXComponents/A';
import IconExternalLink from '@theme/Icon/ExternalLink';

type Props = ComponentProps<typeof MDXA>;

/** Docusaurus opens links to other sites in a new tab. */
const OTHER_SITE = /^(?:https?:)?\/\//i;

/**
 * A link in a page's text. One that leaves the site (the Zilliz docs, a
 * vendor) opens in a new tab, so it says so: the theme's new-tab icon, whose
 * text alternative screen readers announce in the reader's language.
 */
export default function DocLink(props: Props): ReactNode {
  if (!OTHER_SITE.test(props.href ?? '')) return <MDXA {...props} />;
  return (
    <MDXA {...props}>
      {props.children}
      <IconExternalLink />
    </MDXA>
  );
}
