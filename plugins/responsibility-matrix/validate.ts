import type {Matrix} from '../../src/data/responsibilities/types';
import {LOCALES} from '../../src/i18n/locales';

/**
 * A data mistake in the matrix: `where` is the data file, `message` names the
 * row (task or section) and what is wrong with it.
 */
export interface MatrixProblem {
  where: string;
  message: string;
}

/** The problems as one error message, one line each: what the build and the import print. */
export function formatMatrixProblems(problems: readonly MatrixProblem[]): string {
  return (
    `Invalid Shared Responsibilities data (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
    problems.map((p) => `  - ${p.where}: ${p.message}`).join('\n')
  );
}

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function missingLabels(label: Partial<Record<string, unknown>> | undefined, locales: readonly string[]): string[] {
  return locales.filter((l) => typeof label?.[l] !== 'string' || (label[l] as string).trim() === '');
}

/**
 * Checks what TypeScript cannot (or what a cast or a JSON source slipped past
 * it): unique, well-formed ids, known parties, a label in every locale, at
 * least one responsible party. Returns every problem (none: the data is
 * valid), so a writer fixes them all in one go. Runs at build time only (the
 * build plugin, the content check, the import), never in a reader's browser.
 */
export function validateMatrix(matrix: Matrix, file: string, locales: readonly string[] = LOCALES): MatrixProblem[] {
  const problems: MatrixProblem[] = [];
  const at = (message: string): MatrixProblem => ({where: file, message});
  const partyIds = new Set<string>();

  for (const party of matrix.parties) {
    if (partyIds.has(party.id)) problems.push(at(`party "${party.id}" is defined twice`));
    partyIds.add(party.id);
    for (const l of missingLabels(party.label, locales))
      problems.push(at(`party "${party.id}" has no label for locale "${l}"`));
  }
  if (matrix.parties.length === 0) problems.push(at('no parties are defined'));

  const seen = new Map<string, string>();
  const claim = (id: string, where: string) => {
    if (!ID_PATTERN.test(id))
      problems.push(at(`${where} has an invalid id "${id}" (use lower-case-words-with-dashes)`));
    const first = seen.get(id);
    if (first) problems.push(at(`${where} reuses the id "${id}" already taken by ${first}`));
    else seen.set(id, where);
  };

  for (const section of matrix.sections) {
    const sectionWhere = `section "${section.id}"`;
    claim(section.id, sectionWhere);
    for (const l of missingLabels(section.title, locales))
      problems.push(at(`${sectionWhere} has no title for locale "${l}"`));
    if (section.tasks.length === 0) problems.push(at(`${sectionWhere} has no tasks`));

    for (const task of section.tasks) {
      const where = `task "${task.id}" (section "${section.id}")`;
      claim(task.id, where);
      for (const l of missingLabels(task.label, locales)) problems.push(at(`${where} has no label for locale "${l}"`));
      if (task.responsible.length === 0) problems.push(at(`${where} has no responsible party`));
      const parties = new Set<string>();
      for (const p of task.responsible) {
        if (!partyIds.has(p))
          problems.push(at(`${where} names unknown party "${p}" (known: ${[...partyIds].join(', ')})`));
        if (parties.has(p)) problems.push(at(`${where} names party "${p}" twice`));
        parties.add(p);
      }
    }
  }

  // A retired id must stay out of use (its old links land on its section) and point at a section that exists.
  const sectionIds = new Set(matrix.sections.map((s) => s.id));
  for (const [id, section] of Object.entries(matrix.retired ?? {})) {
    if (!ID_PATTERN.test(id)) problems.push(at(`retired id "${id}" is not a valid id`));
    const user = seen.get(id);
    if (user) problems.push(at(`retired id "${id}" is in use again by ${user}; remove it from retired`));
    if (!sectionIds.has(section))
      problems.push(
        at(`retired id "${id}" points to unknown section "${section}" (known: ${[...sectionIds].join(', ')})`),
      );
  }

  return problems;
}
