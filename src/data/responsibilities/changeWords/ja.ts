import type {ChangeWords} from './types';

/**
 * The change log's words in Japanese. The browser gets only its locale's file: components import the default
 * locale's (zh-Hans), and plugins/responsibility-matrix swaps in the locale being built.
 */
export const words: ChangeWords = {
  initial: '初版を公開：{sections}、{tasks}。',
  tasks: {other: '{n} 件のタスク'},
  sections: {other: '{n} セクション'},
  responsible: '{task}：担当が「{before}」から「{after}」に変わりました。',
  taskAdded: '{section} にタスク {task} を追加（担当：{responsible}）。',
  taskMoved: '{task} を「{from}」から {to} に移動。',
  taskRetired: 'タスク「{task}」を廃止。既存のリンクは {to} に移動します。',
  sectionAdded: 'セクション {section} を追加。',
  sectionRetired: 'セクション「{section}」を廃止。既存のリンクは {to} に移動します。',
  renamed: '{item} の表記を変更：「{before}」→「{after}」（表記のみ）。',
  renamedElsewhere: '{item} の {languages} の表記を変更（表記のみ）。',
  tasksReordered: '{section} のタスクの順序を変更。',
  sectionsReordered: 'セクションの順序を変更。',
  labelOnly: '表記のみの変更で、担当は変わっていません。',
  shared: '共同で担当',
  feedTitle: 'Zilliz BYOC 責任共有マトリクスの変更',
  entryTitle: '{date} のマトリクス変更',
};
