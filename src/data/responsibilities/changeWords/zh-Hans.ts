import type {ChangeWords} from './types';

/**
 * The change log's words in Chinese. The browser gets only its locale's file: components import the default
 * locale's (zh-Hans), and plugins/responsibility-matrix swaps in the locale being built.
 */
export const words: ChangeWords = {
  initial: '首次发布：{sections}，共 {tasks}。',
  tasks: {other: '{n} 项任务'},
  sections: {other: '{n} 个章节'},
  responsible: '{task}：负责方由“{before}”改为“{after}”。',
  taskAdded: '新增任务 {task}（{section}；负责方：{responsible}）。',
  taskMoved: '{task} 从“{from}”移至 {to}。',
  taskRetired: '移除任务“{task}”；原链接现指向 {to}。',
  sectionAdded: '新增章节 {section}。',
  sectionRetired: '移除章节“{section}”；原链接现指向 {to}。',
  renamed: '{item} 改名：“{before}”→“{after}”（仅措辞）。',
  renamedElsewhere: '{item} 在{languages}中的措辞有改动（仅措辞）。',
  tasksReordered: '调整了 {section} 中任务的顺序。',
  sectionsReordered: '调整了章节的顺序。',
  labelOnly: '仅措辞改动，职责未变。',
  shared: '共同负责',
  feedTitle: 'Zilliz BYOC 共同责任矩阵的变更',
  entryTitle: '{date} 的矩阵变更',
};
