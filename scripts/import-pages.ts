/**
 * `npm run import:pages -- --locale <locale> [--set corpus] <folder>`: see
 * scripts/page-import/index.ts. Prints what is new, changed, moved and
 * untranslated, then the content check's findings for the imported pages.
 */
import path from 'node:path';
import {parseArgs} from 'node:util';
import {ALL_CONTENT_SETS} from '../content.config';
import {checkContent, formatProblem} from './content-check';
import {importPages} from './page-import';

const {values, positionals} = parseArgs({
  options: {locale: {type: 'string'}, set: {type: 'string', default: 'default'}},
  allowPositionals: true,
});
const set = ALL_CONTENT_SETS.find((s) => s.id === values.set);
const usage = `usage: npm run import:pages -- --locale <${ALL_CONTENT_SETS[0]!.locales.join('|')}> [--set ${ALL_CONTENT_SETS.map((s) => s.id).join('|')}] <folder>`;
if (!values.locale || positionals.length !== 1 || !set) {
  console.error(usage);
  process.exit(2);
}

const root = process.cwd();
try {
  const report = importPages({root, set, locale: values.locale, folder: path.resolve(positionals[0]!)});
  if (report.refused.length > 0) {
    console.error('import refused, nothing was written:');
    for (const r of report.refused) console.error(`  - ${r}`);
    process.exit(1);
  }
  const list = (title: string, items: string[]) =>
    items.length > 0 && console.log(`${title}:\n${items.map((i) => `  ${i}`).join('\n')}`);
  list('new', report.added);
  list('changed', report.changed);
  list('unchanged', report.unchanged);
  list(
    'moved (its default-locale page arrived)',
    report.moved.map((m) => `${m.from} → ${m.to}`),
  );
  list('images', report.images);
  list('categories (sidebar folders and their labels)', report.categories);
  list(
    'folders with no index page and no label (the sidebar shows the folder name; see CONTRIBUTING.md)',
    report.unlabelled,
  );
  list(
    'not translated yet',
    report.untranslated.map((u) => `${u.file}: no ${u.missing.join(', ')} version`),
  );
  const imported = new Set([...report.added, ...report.changed, ...report.unchanged, ...report.moved.map((m) => m.to)]);
  const findings = checkContent({root}).filter((p) => imported.has(p.where.split(':')[0]!));
  console.log(findings.length === 0 ? 'content check: nothing to report on these pages' : 'content check:');
  for (const p of findings) console.log(`  ${formatProblem(p)}`);
  process.exitCode = findings.some((p) => p.severity === 'error') ? 1 : 0;
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}
