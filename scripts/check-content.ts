/**
 * The content check: `npm run check:content`. Prints every finding with
 * file:line and its severity; exits non-zero only on errors (warnings and
 * information, such as untranslated pages, do not fail it).
 */
import {existsSync} from 'node:fs';
import path from 'node:path';
import type {Config} from '@docusaurus/types';
import {i18n} from '../content.config';
import {checkContent, formatProblem} from './content-check';
import {checkUiStrings} from './content-check/uiStrings';

/** The navbar and footer of the site being checked (none when the folder has no Docusaurus config). */
async function themeConfigOf(root: string): Promise<Config['themeConfig']> {
  const file = path.join(root, 'docusaurus.config.ts');
  if (!existsSync(file)) return {};
  const {default: config} = (await import(file)) as {default: Config};
  return config.themeConfig ?? {};
}

// jiti (which runs this) has no top-level await.
async function main() {
  const root = process.cwd();
  const problems = [
    ...checkContent({root}),
    ...(await checkUiStrings({
      root,
      locales: i18n.locales.filter((l) => l !== i18n.defaultLocale),
      themeConfig: await themeConfigOf(root),
    })),
  ];
  const count = (severity: string) => problems.filter((p) => p.severity === severity).length;
  for (const p of problems) (p.severity === 'error' ? console.error : console.log)(formatProblem(p));
  console.log(`content check: ${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} note(s)`);
  process.exitCode = count('error') === 0 ? 0 : 1;
}

void main();
