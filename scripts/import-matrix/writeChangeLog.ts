import type {ChangeLog} from '../../src/data/responsibilities/changes';

const str = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const key = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : str(k));

/** A plain value (strings, numbers, null, arrays, objects) as a TypeScript literal on one line. */
function literal(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return str(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  return `{${Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${key(k)}: ${literal(v)}`)
    .join(', ')}}`;
}

/** The whole change-log file: one block per entry, one line per change, oldest first. */
export function changeLogSource(log: ChangeLog): string {
  return [
    "import type {ChangeLog} from './changes';",
    '',
    '/**',
    ' * What changed in the matrix, and when: appended by `npm run import:matrix` (one entry per import that changes',
    ' * the matrix), oldest first. Each entry records ids and data; the page, the feed and the downloads put it into',
    " * every locale's words (changeText.ts). test/unit/changeLog.test.ts fails when the data and the last entry",
    ' * disagree.',
    ' */',
    'export const changeLog: ChangeLog = [',
    ...log.flatMap((entry) => [
      '  {',
      `    date: ${str(entry.date)},`,
      `    fingerprint: ${str(entry.fingerprint)},`,
      '    changes: [',
      ...entry.changes.map((c) => `      ${literal(c)},`),
      '    ],',
      '  },',
    ]),
    '];',
    '',
  ].join('\n');
}
