import React, {type ReactNode} from 'react';
import Layout from '@theme-original/DocCard/Layout';
import type LayoutType from '@theme/DocCard/Layout';
import type {WrapperProps} from '@docusaurus/types';
import {useOtherLanguage} from '@site/src/components/LanguageMarker/useOtherLanguage';
import styles from './styles.module.css';

type Props = WrapperProps<typeof LayoutType>;

// Wrapped, not swizzled: a card for a doc shown in another language (its title and description)
// carries that language (the stock card passes no attributes on to its link), and a card's text is
// not underlined like a link in running text: the whole card is the link.
export default function LayoutWrapper(props: Props): ReactNode {
  const other = useOtherLanguage(props.item.type === 'link' ? props.item.docId : undefined);
  return (
    <div className={styles.card} lang={other?.htmlLang}>
      <Layout {...props} />
    </div>
  );
}
