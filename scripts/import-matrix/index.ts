import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {consoleLinks} from '../../src/data/responsibilities/consoleLinks';
import {SHARED_RESPONSIBILITIES_FILE} from '../../src/data/responsibilities/sharedResponsibilities';
import {type Matrix} from '../../src/data/responsibilities/types';
import {type ChangeLog} from '../../src/data/responsibilities/changes';
import {appendEntry} from './changeLogEntry';
import {changeLogSource} from './writeChangeLog';
import {LOCALES, type Locale} from '../../src/i18n/locales';
import {formatChanges} from './formatChanges';
import {ImportError} from './ImportError';
import {importMatrix, type Exports} from './importMatrix';
import {pageFile, updatePage} from './pages';
import {parseExport} from './parseExport';
import {rewriteDataSource} from './writeDataSource';

export {ImportError} from './ImportError';

/** The exports last imported, one per locale (`<locale>.mdx`): the data must always agree with them. */
export const EDITOR_EXPORTS_DIR = 'src/data/responsibilities/editor-exports';
export const CONSOLE_LINKS_FILE = 'console-links.json';
/** The change log the import appends to (src/data/responsibilities/changes.ts says what an entry holds). */
export const CHANGE_LOG_FILE = 'src/data/responsibilities/changeLog.ts';

export const editorExportPath = (locale: Locale) => `${EDITOR_EXPORTS_DIR}/${locale}.mdx`;

export interface RunImportOptions {
  /** The repository (the data file, the editor exports and console-links.json are below it). */
  root: string;
  /** Export file per locale (paths as given on the command line, relative to root). */
  files: Partial<Record<Locale, string>>;
  retire?: Readonly<Record<string, string | undefined>>;
  today: string;
  /** false: report only (a dry run). */
  write?: boolean;
  /** The matrix now in the data file (the module's own by default). */
  current: Matrix;
  /** The change log now in its file; an import that changes the matrix appends an entry dated `today`. */
  log: ChangeLog;
}

export interface RunImportResult {
  /** What the import prints: each change, then notes and the files written. */
  lines: string[];
  changed: boolean;
  matrix: Matrix;
  log: ChangeLog;
}

function read(root: string, file: string): string {
  try {
    return readFileSync(path.resolve(root, file), 'utf8');
  } catch (e) {
    throw new ImportError(
      `${file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
}

/**
 * The whole import: read and check every export (a locale not given falls
 * back to its last imported export, so the locales never drift apart), merge
 * into the data, then write the data file, the editor exports and
 * console-links.json. Nothing is written unless every check passes.
 */
export function runImport({root, files, retire, today, write = true, current, log}: RunImportOptions): RunImportResult {
  const lines: string[] = [];
  const sources = {} as Partial<Record<Locale, {file: string; text: string}>>;
  for (const locale of LOCALES) {
    const given = files[locale];
    const stored = editorExportPath(locale);
    if (given !== undefined) sources[locale] = {file: given, text: read(root, given)};
    else if (existsSync(path.join(root, stored))) {
      sources[locale] = {file: stored, text: read(root, stored)};
      lines.push(`${locale}: no --${locale} given; checking against the last imported export, ${stored}`);
    }
  }
  const fallback = LOCALES.filter((l) => files[l] === undefined && sources[l] !== undefined);
  let result: ReturnType<typeof importMatrix>;
  try {
    const exports: Exports = {};
    for (const [locale, source] of Object.entries(sources) as [Locale, {file: string; text: string}][])
      exports[locale] = parseExport(source.text, source.file);
    result = importMatrix(current, exports, {today, retire});
  } catch (e) {
    // Say why a file that was not named on the command line takes part.
    const named = e instanceof ImportError ? fallback.filter((l) => e.message.includes(editorExportPath(l))) : [];
    if (named.length > 0)
      throw new ImportError(
        `${(e as Error).message} [${named.map((l) => `no --${l} given: ${editorExportPath(l)} is the last imported ${l} export`).join('; ')}]`,
      );
    throw e;
  }
  const {matrix, changes, notes} = result;
  const newLog = appendEntry(log, current, matrix, changes, today);

  const dataBefore = read(root, SHARED_RESPONSIBILITIES_FILE);
  const outputs: {file: string; before: string | undefined; after: string}[] = [
    {
      file: SHARED_RESPONSIBILITIES_FILE,
      before: dataBefore,
      after: rewriteDataSource(dataBefore, matrix, SHARED_RESPONSIBILITIES_FILE),
    },
    {
      file: CONSOLE_LINKS_FILE,
      before: existsSync(path.join(root, CONSOLE_LINKS_FILE)) ? read(root, CONSOLE_LINKS_FILE) : undefined,
      after: `${JSON.stringify(consoleLinks(matrix), null, 2)}\n`,
    },
    // Written only with a new entry: an import that changes nothing leaves the log as it is.
    ...(newLog === log
      ? []
      : [
          {
            file: CHANGE_LOG_FILE,
            before: existsSync(path.join(root, CHANGE_LOG_FILE)) ? read(root, CHANGE_LOG_FILE) : undefined,
            after: changeLogSource(newLog),
          },
        ]),
    // Each locale's page gets the sections' headings and tables.
    ...LOCALES.filter((locale) => existsSync(path.join(root, pageFile(locale)))).map((locale) => {
      const before = read(root, pageFile(locale));
      return {file: pageFile(locale), before, after: updatePage(before, locale, current, matrix)};
    }),
    ...(Object.entries(sources) as [Locale, {file: string; text: string}][]).map(([locale, source]) => {
      const file = editorExportPath(locale);
      const full = path.join(root, file);
      return {file, before: existsSync(full) ? read(root, file) : undefined, after: source.text};
    }),
  ];
  const toWrite = outputs.filter((o) => o.before !== o.after);

  lines.push(...formatChanges(changes), ...notes.map((n) => `note: ${n}`));
  if (newLog !== log) lines.push(`change log: an entry dated ${today}, ${newLog.at(-1)!.changes.length} change(s)`);
  if (matrix.version !== current.version)
    lines.push(`version (the matrix's "updated" date): ${current.version} → ${matrix.version}`);
  else if (changes.length > 0) lines.push(`version stays ${matrix.version}: only labels changed`);
  if (toWrite.length === 0) lines.push('no changes: the data already matches these exports');
  else if (write) {
    mkdirSync(path.join(root, EDITOR_EXPORTS_DIR), {recursive: true});
    for (const o of toWrite) writeFileSync(path.join(root, o.file), o.after);
    lines.push(`wrote ${toWrite.map((o) => o.file).join(', ')}`);
  } else lines.push(`dry run: would write ${toWrite.map((o) => o.file).join(', ')}`);
  return {lines, changed: toWrite.length > 0, matrix, log: newLog};
}
