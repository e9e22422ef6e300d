// The matrix README's "Add a task" (src/data/responsibilities/README.md), step by step, on a copy of the data: the checks `npm test` runs on the matrix pass with
// the row added, so the recipe keeps the suite green. (The e2e suite reads counts and ids from the data too.)
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkContent} from '../../scripts/content-check';
import {formatChanges} from '../../scripts/import-matrix/formatChanges';
import {importMatrix, type Exports} from '../../scripts/import-matrix/importMatrix';
import {editorExportPath} from '../../scripts/import-matrix/index';
import {parseExport} from '../../scripts/import-matrix/parseExport';
import {consoleLinks, unreachableTargets, type ConsoleLinks} from '@site/src/data/responsibilities/consoleLinks';
import {matrixToCsv, matrixToJson} from '@site/src/data/responsibilities/exports';
import {allTasks, matrix, type Matrix, type Task} from '@site/src/data/responsibilities/model';
import {LOCALES, type Locale} from '@site/src/i18n/locales';
import {SHARED_RESPONSIBILITIES_FILE} from '@site/src/data/responsibilities/sharedResponsibilities';
import {changeLog} from '@site/src/data/responsibilities/changeLog';
import {validateMatrix} from '@site/plugins/responsibility-matrix/validate';

const ROOT = path.join(__dirname, '../..');
const RECIPES = 'src/data/responsibilities/README.md';
const README = readFileSync(path.join(ROOT, RECIPES), 'utf8');
const TODAY = '2031-01-02';

/** Step 1's task, as README writes it (a TypeScript object literal in a code span). */
function readmeTask(): Task {
  const recipe = README.slice(README.indexOf('## Add a task'), README.indexOf('## Add a section'));
  const literal = /add to its section:\s*`(\{id: .*\})`/.exec(recipe)?.[1];
  if (!literal) throw new Error(`${RECIPES}: "Add a task" step 1 has no task literal`);
  // The literal is plain data (strings and arrays), so it reads as JavaScript.
  return new Function(`return (${literal});`)() as Task;
}

/**
 * The task to add: README's, or, once someone has followed the recipe with README's example, a second one like it
 * (so this test stays green after the recipe is followed word for word).
 */
function newTask(readme: Task, m: Matrix): Task {
  if (!allTasks(m).some((t) => t.id === readme.id)) return readme;
  const label = Object.fromEntries(LOCALES.map((l) => [l, `${readme.label[l]} 2`])) as Task['label'];
  return {...readme, id: `${readme.id}-2`, label};
}

/** Step 3: the row added to the table of the `index`th section of an export, marks in the header's order. */
function withRow(source: string, index: number, task: Task, locale: Locale, m: Matrix): string {
  const headings = [...source.matchAll(/^## /gm)].map((h) => h.index);
  const start = headings[index];
  if (start === undefined) throw new Error(`the export has no section ${index + 1}`);
  const end = source.indexOf('</table>', start);
  const cells = m.parties.map((p) => (task.responsible.includes(p.id) ? '<td><p>✔</p></td>' : '<td></td>'));
  const row = ['   <tr>', `     <td><p>${task.label[locale]}</p></td>`, ...cells.map((c) => `     ${c}`), '   </tr>'];
  return `${source.slice(0, end)}${row.join('\n')}\n${source.slice(end)}`;
}

describe('README: Add a task', () => {
  const task = newTask(readmeTask(), matrix);
  const sectionIndex = 1;
  // Step 1 (into a section of the data) and step 2 (the date of the change).
  const changed: Matrix = {
    ...matrix,
    version: TODAY,
    sections: matrix.sections.map((s, i) => (i === sectionIndex ? {...s, tasks: [...s.tasks, task]} : s)),
  };
  const committed: ConsoleLinks = JSON.parse(readFileSync(path.join(ROOT, 'console-links.json'), 'utf8'));

  it('names a task that is new and labelled in every locale', () => {
    expect(allTasks(matrix).map((t) => t.id)).not.toContain(task.id);
    expect(Object.keys(task.label).sort()).toEqual([...LOCALES].sort());
  });

  it('passes the data checks of the build and the content check', () => {
    expect(validateMatrix(changed, SHARED_RESPONSIBILITIES_FILE)).toEqual([]);
    const errors = checkContent({root: ROOT, matrix: changed}).filter((p) => p.severity === 'error');
    expect(errors).toEqual([]);
  });

  it('agrees with the exports once step 3 adds the row to each', () => {
    const exports = Object.fromEntries(
      LOCALES.map((l) => {
        const file = editorExportPath(l);
        const source = withRow(readFileSync(path.join(ROOT, file), 'utf8'), sectionIndex, task, l, changed);
        return [l, parseExport(source, file)];
      }),
    ) as Exports;
    const {changes, notes, matrix: imported} = importMatrix(changed, exports, {today: TODAY});
    expect(formatChanges(changes)).toEqual([]);
    expect(notes).toEqual([]);
    expect(imported).toEqual(changed);
  });

  it('keeps every public id, and step 2 links the new row in every locale', () => {
    expect(unreachableTargets(committed, changed)).toEqual([]);
    const written = consoleLinks(changed);
    expect(written.matrixVersion).toBe(TODAY);
    const links = written.links.filter((l) => l.target === task.id);
    expect(links.map((l) => l.locale)).toEqual([...LOCALES]);
  });

  it('every locale’s downloads carry the row', () => {
    for (const locale of LOCALES) {
      const json = matrixToJson(changed, changeLog, locale);
      expect(json.sections[sectionIndex]?.tasks.map((t) => t.id)).toContain(task.id);
      expect(matrixToCsv(changed, changeLog, locale)).toContain(task.label[locale]);
    }
  });
});
