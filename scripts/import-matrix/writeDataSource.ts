import {type Localized, type Matrix} from '../../src/data/responsibilities/types';
import {LOCALES} from '../../src/i18n/locales';
import {ImportError} from './ImportError';

const str = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const key = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : str(k));
const localized = (l: Localized) => `{${LOCALES.map((locale) => `${key(locale)}: ${str(l[locale])}`).join(', ')}}`;

/** The matrix literal in the data file's hand-written style: one line per party and per task. */
export function matrixLiteral(m: Matrix): string {
  const lines = [
    'export const sharedResponsibilities: Matrix = {',
    `  version: ${str(m.version)},`,
    '  parties: [',
    ...m.parties.map((p) => `    {id: ${str(p.id)}, label: ${localized(p.label)}},`),
    '  ],',
    '  sections: [',
    ...m.sections.flatMap((s) => [
      '    {',
      `      id: ${str(s.id)},`,
      `      title: ${localized(s.title)},`,
      '      tasks: [',
      ...s.tasks.map(
        (t) =>
          `        {id: ${str(t.id)}, label: ${localized(t.label)}, responsible: [${t.responsible.map(str).join(', ')}]},`,
      ),
      '      ],',
      '    },',
    ]),
    '  ],',
    ...(m.retired && Object.keys(m.retired).length > 0
      ? [
          '  retired: {',
          ...Object.entries(m.retired).map(([id, section]) => `    ${key(id)}: ${str(section)},`),
          '  },',
        ]
      : []),
    '};',
  ];
  return lines.join('\n');
}

const START = 'export const sharedResponsibilities: Matrix = {';

/** The data file with its matrix literal replaced; everything around it (comments, other exports) is kept. */
export function rewriteDataSource(source: string, m: Matrix, file: string): string {
  const start = source.indexOf(START);
  const end = start === -1 ? -1 : source.indexOf('\n};', start);
  if (start === -1 || end === -1)
    throw new ImportError(`${file}: cannot find "${START} … };" to rewrite; was the file reformatted?`);
  return source.slice(0, start) + matrixLiteral(m) + source.slice(end + '\n};'.length);
}
