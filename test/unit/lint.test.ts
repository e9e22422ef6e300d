// @vitest-environment node
import path from 'node:path';
import {ESLint} from 'eslint';
import {describe, expect, it} from 'vitest';

const eslint = new ESLint({cwd: path.join(__dirname, '../..')});
const rulesHit = async (code: string, file: string) =>
  (await eslint.lintText(code, {filePath: file}))[0]?.messages.map((m) => m.ruleId) ?? [];

describe('the lint set-up', () => {
  it('flags JSX text that is not translated, in site components', async () => {
    const component = `import React from 'react';
export default function Hello() {
  return <p>Hello</p>;
}
`;
    expect(await rulesHit(component, 'src/components/Hello/index.tsx')).toEqual(['@docusaurus/no-untranslated-text']);
  });

  it('accepts translated text, marks and an i18n message that is a string literal', async () => {
    const component = `import React from 'react';
import Translate, {translate} from '@docusaurus/Translate';
export default function Hello() {
  return (
    <p title={translate({id: 'hello.title', message: '你好'})}>
      <Translate id="hello.text">你好</Translate> <span>✔</span>
    </p>
  );
}
`;
    expect(await rulesHit(component, 'src/components/Hello/index.tsx')).toEqual([]);
  });

  it('refuses a translate() message that is not a string literal, and a hook called conditionally', async () => {
    const component = `import {useState} from 'react';
import {translate} from '@docusaurus/Translate';
export default function Hello({text, on}: {text: string; on: boolean}) {
  if (on) useState(0);
  return translate({id: 'hello', message: text});
}
`;
    expect(await rulesHit(component, 'src/components/Hello/index.tsx')).toEqual(
      expect.arrayContaining(['@docusaurus/string-literal-i18n-messages', 'react-hooks/rules-of-hooks']),
    );
  });

  it('keeps Node built-ins out of browser code (src/), and lets Node code (plugins/, scripts/) use them', async () => {
    const nodeCode = `import {readFileSync} from 'node:fs';\nexport const read = (f: string) => readFileSync(f, 'utf8');\n`;
    expect(await rulesHit(nodeCode, 'src/components/Hello/read.ts')).toEqual(['no-restricted-imports']);
    expect(await rulesHit(nodeCode, 'plugins/hello/index.ts')).toEqual([]);
    expect(await rulesHit(nodeCode, 'scripts/lib/hello.ts')).toEqual([]);
  });
});
