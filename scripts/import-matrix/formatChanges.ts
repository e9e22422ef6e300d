import leven from 'leven';
import type {Change} from './change';

const mark = (on: boolean) => (on ? '✔' : '(empty)');

/** A change of a letter or two is often a typo made or fixed: worth a second look before committing. */
const typoHint = (a: string, b: string) =>
  a.toLowerCase() !== b.toLowerCase() && leven(a, b) <= 2 ? '  (a small spelling change: typo made or fixed?)' : '';

/** One readable line per change, as the import prints it. */
export function formatChange(c: Change): string {
  switch (c.kind) {
    case 'section-added':
      return `+ section "${c.id}": ${c.title}`;
    case 'sections-reordered':
      return `~ order of sections: ${c.before.join(', ')} → ${c.after.join(', ')}`;
    case 'task-added':
      return `+ task "${c.id}" in "${c.section}": ${c.label} [${c.parties.join(' + ')}]`;
    case 'task-moved':
      return `~ task "${c.id}" (${c.label}) moved: section "${c.from}" → "${c.to}"`;
    case 'tasks-reordered':
      return `~ order of tasks in "${c.section}": ${c.before.join(', ')} → ${c.after.join(', ')}`;
    case 'mark':
      return `~ mark "${c.id}" (${c.label}), ${c.party}: ${mark(c.before)} → ${mark(c.after)}`;
    case 'label':
      return `~ label ${c.of} "${c.id}" [${c.locale}]: "${c.before}" → "${c.after}"${typoHint(c.before, c.after)}`;
    case 'retired':
      return `- retired "${c.id}": its links now land on #${c.section}`;
    case 'unretired':
      return `+ "${c.id}" is in use again (no longer retired)`;
  }
}

export function formatChanges(changes: readonly Change[]): string[] {
  return changes.map(formatChange);
}
