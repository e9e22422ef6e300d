import React, {lazy, Suspense, type ReactNode} from 'react';
import type {Props} from '@theme/CodeBlock';

// Prism and the code-block UI load only on
// pages that show code. The server renders the real block (Docusaurus waits
// for lazy components), so the HTML is complete and hydration keeps it until
// the chunk arrives.
const CodeBlock = lazy(() => import('@theme-original/CodeBlock'));

export default function LazyCodeBlock(props: Props): ReactNode {
  return (
    <Suspense
      fallback={
        <pre>
          <code>{props.children}</code>
        </pre>
      }>
      <CodeBlock {...props} />
    </Suspense>
  );
}
