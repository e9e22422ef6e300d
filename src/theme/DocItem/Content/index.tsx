import React, {type ReactNode} from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import DocStatus from '@site/src/components/DocStatus';
import PrintMeta from '@site/src/components/PrintMeta';
import UntranslatedNotice from '@site/src/components/UntranslatedNotice';

type Props = WrapperProps<typeof ContentType>;

// Wrapped, not swizzled: the export's front matter (beta, added_since…) shows by the title on every
// page, a page without a translation says so, and a printout says where and when it was printed.
export default function ContentWrapper(props: Props): ReactNode {
  const {frontMatter, metadata} = useDoc();
  return (
    <>
      <PrintMeta />
      <DocStatus frontMatter={frontMatter as Record<string, unknown>} />
      <UntranslatedNotice source={metadata.source}>
        <Content {...props} />
      </UntranslatedNotice>
    </>
  );
}
