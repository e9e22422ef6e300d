/**
 * jiti scripts/content-security-policy/write.ts <locale build folder> [--skip <folder>]...
 *
 * The policy pass of one locale, as `npm run build` runs it after that locale's build: in a process of its own, so
 * the pages it reads are given back before the next locale builds. The hosts are the site's (content.config.ts).
 */
import path from 'node:path';
import {parseArgs} from 'node:util';
import {EXTERNAL_HOSTS} from '../../content.config';
import {writeContentSecurityPolicy} from '.';

const USAGE = 'usage: jiti scripts/content-security-policy/write.ts <locale build folder> [--skip <folder>]...';

async function main(): Promise<void> {
  const {values, positionals} = parseArgs({
    options: {skip: {type: 'string', multiple: true, default: []}},
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new Error(USAGE);
  const localeDir = positionals[0]!;
  const pages = await writeContentSecurityPolicy({
    siteDir: path.join(__dirname, '../..'),
    localeDir,
    skip: values.skip,
    hosts: EXTERNAL_HOSTS,
  });
  console.log(`content-security policy: written into ${pages} pages of ${localeDir}`);
}

main().catch((error: unknown) => {
  console.error(`content-security policy: ${(error as Error).message}`);
  process.exitCode = 1;
});
