/**
 * Imports the docs team's exports of the Shared Responsibilities page into
 * the matrix data, prints what changed, and refuses exports that drift apart
 * or would break a console link:
 *   npm run import:matrix -- --zh-Hans <file> --en <file> [--ja <file>] [--retire <id>[=<section-id>]] [--dry-run]
 */
import {parseArgs} from 'node:util';
import {sharedResponsibilities} from '../src/data/responsibilities/sharedResponsibilities';
import {changeLog} from '../src/data/responsibilities/changeLog';
import {LOCALES, type Locale} from '../src/i18n/locales';
import {ImportError, runImport} from './import-matrix/index';

const USAGE = `usage: npm run import:matrix -- ${LOCALES.map((l) => (l === 'en' ? `--${l} <file>` : `[--${l} <file>]`)).join(' ')} [--retire <id>[=<section-id>]]... [--dry-run]`;

function main(): number {
  let values: Record<string, string | string[] | boolean | undefined>;
  try {
    ({values} = parseArgs({
      options: {
        ...Object.fromEntries(LOCALES.map((l) => [l, {type: 'string'} as const])),
        retire: {type: 'string', multiple: true},
        'dry-run': {type: 'boolean'},
        help: {type: 'boolean'},
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    console.error(`import:matrix: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const files: Partial<Record<Locale, string>> = {};
  for (const l of LOCALES) if (typeof values[l] === 'string') files[l] = values[l] as string;
  const retire = Object.fromEntries(
    ((values.retire as string[] | undefined) ?? []).map((r) => {
      const [id, section] = r.split('=');
      return [id!, section || undefined];
    }),
  );
  try {
    if (!files.en) throw new ImportError(`the English export is required (--en <file>)\n${USAGE}`);
    const {lines} = runImport({
      root: process.cwd(),
      files,
      retire,
      today: new Date().toISOString().slice(0, 10),
      write: values['dry-run'] !== true,
      current: sharedResponsibilities,
      log: changeLog,
    });
    for (const line of lines) console.log(line);
    return 0;
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    console.error(`import:matrix: ${e.message} (nothing was written)`);
    return 1;
  }
}

process.exitCode = main();
