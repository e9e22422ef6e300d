import type {ChangeWords} from './types';

/**
 * The change log's words in English. The browser gets only its locale's file: components import the default
 * locale's (zh-Hans), and plugins/responsibility-matrix swaps in the locale being built.
 */
export const words: ChangeWords = {
  initial: 'First published: {tasks} in {sections}.',
  tasks: {one: '{n} task', other: '{n} tasks'},
  sections: {one: '{n} section', other: '{n} sections'},
  responsible: '{task}: responsibility moved from “{before}” to “{after}”.',
  taskAdded: 'Added {task} to {section} (responsible: {responsible}).',
  taskMoved: 'Moved {task} from “{from}” to {to}.',
  taskRetired: 'Retired “{task}”; its links now go to {to}.',
  sectionAdded: 'Added the section {section}.',
  sectionRetired: 'Retired the section “{section}”; its links now go to {to}.',
  renamed: 'Reworded {item}: “{before}” → “{after}” (wording only).',
  renamedElsewhere: 'Reworded {item} in {languages} (wording only).',
  tasksReordered: 'Reordered the tasks of {section}.',
  sectionsReordered: 'Reordered the sections.',
  labelOnly: 'Wording only: no responsibility changed.',
  shared: 'Shared',
  feedTitle: 'Zilliz BYOC shared responsibilities: changes',
  entryTitle: 'Matrix changes of {date}',
};
