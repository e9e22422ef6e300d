import {createHash} from 'node:crypto';
import {type Matrix} from '../../src/data/responsibilities/types';
import {isLabelOnly, type ChangeLog} from '../../src/data/responsibilities/changes';
import {LOCALES} from '../../src/i18n/locales';

/**
 * A short hash of what the matrix says (parties, sections, tasks, labels, marks, retired ids; not its version),
 * written into each change-log entry: data edited without an entry no longer matches the log's last one. Built
 * from the values in a fixed order, so reordering the keys of an object literal changes nothing.
 */
export function matrixFingerprint(m: Matrix): string {
  const words = (l: Readonly<Record<string, string>>) => LOCALES.map((locale) => l[locale] ?? null);
  const canonical = [
    m.parties.map((p) => [p.id, words(p.label)]),
    m.sections.map((s) => [
      s.id,
      words(s.title),
      s.tasks.map((t) => [t.id, words(t.label), [...t.responsible].sort()]),
    ]),
    Object.entries(m.retired ?? {}).sort(([a], [b]) => a.localeCompare(b)),
  ];
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex').slice(0, 16);
}

/**
 * Why the log does not describe the data, one line per problem: the last entry must be of this very matrix
 * (same fingerprint), and the version (the day marks, tasks or sections last changed) the day of the last
 * entry that changed more than words.
 */
export function changeLogProblems(m: Matrix, log: ChangeLog, file: string): string[] {
  const problems: string[] = [];
  const last = log.at(-1);
  if (!last) return [`${file}: the change log is empty; its first entry is the matrix as first published`];
  if (last.fingerprint !== matrixFingerprint(m))
    problems.push(
      `${file}: the matrix data changed without a change-log entry (its fingerprint is ${matrixFingerprint(m)}, the last entry's ${last.fingerprint}); change the matrix with npm run import:matrix, or append an entry by hand`,
    );
  const lastMeaning = [...log].reverse().find((e) => !isLabelOnly(e));
  if (lastMeaning && lastMeaning.date !== m.version)
    problems.push(
      `${file}: the matrix version is ${m.version}, but the last change of marks, tasks or sections is dated ${lastMeaning.date}`,
    );
  const dates = log.map((e) => e.date);
  const unsorted = dates.findIndex((d, i) => i > 0 && d < dates[i - 1]!);
  if (unsorted !== -1)
    problems.push(`${file}: entry ${unsorted + 1} (${dates[unsorted]}) is older than the one before it`);
  return problems;
}
