import React, {type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import Admonition from '@theme/Admonition';

/** The notice above a page shown as its source because its MDX does not parse (plugins/export-pipeline/mdxFallback.ts). */
export default function UnparsedPage({line}: {line: number}): ReactNode {
  return (
    <Admonition type="warning" title={<Translate id="unparsedPage.title">此页面暂时无法正常显示</Translate>}>
      <p>
        <Translate id="unparsedPage.body" values={{line}}>
          {'此页面的源文件在第 {line} 行有格式错误，以下为其原文。'}
        </Translate>
      </p>
    </Admonition>
  );
}
