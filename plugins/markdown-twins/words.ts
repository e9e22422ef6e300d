import type {Locale} from '../../src/i18n/locales';

/** The words of llms.txt that are not page titles or descriptions, per locale. */
export interface LlmsWords {
  /** The blockquote under the site's name: what the site is. */
  summary: string;
  /** The paragraph after it: how the files are laid out. */
  about: string;
  /** The section of the site's own docs. */
  docs: string;
  /** The section of the matrix's downloads, and the name the download links carry. */
  matrix: string;
  json: string;
  csv: string;
  fullTitle: string;
  fullDescription: string;
  /** A link to another locale's llms.txt; `{language}` is that locale's name in its own language. */
  otherLanguage: string;
}

export const LLMS_WORDS: Readonly<Record<Locale, LlmsWords>> = {
  'zh-Hans': {
    summary:
      'Zilliz Cloud BYOC（自带云）的文档：在您自己的云账号中运行 Zilliz Cloud，以及 Zilliz 与客户各自负责哪些运维任务（共同责任矩阵）。',
    about:
      '每个页面都有 Markdown 版本，地址是页面地址后加 `.md`。下面的链接指向这些 Markdown 版本；llms-full.txt 把全部页面合为一个文件。',
    docs: '文档',
    matrix: '共同责任矩阵',
    json: '矩阵的 JSON：参与方、章节、任务以及每个任务的负责方。',
    csv: '矩阵的 CSV，供电子表格使用：每个任务一行，每个参与方一列。',
    fullTitle: '全文',
    fullDescription: '以上全部页面的 Markdown，合为一个文件。',
    otherLanguage: '本站的 {language} 版本',
  },
  en: {
    summary:
      'Documentation of Zilliz Cloud BYOC (Bring Your Own Cloud): running Zilliz Cloud in your own cloud account, and which operational tasks Zilliz and the customer each own (the Shared Responsibilities matrix).',
    about:
      'Every page has a Markdown version at its URL with `.md` appended. The links below lead to those versions; llms-full.txt holds all of them in one file.',
    docs: 'Docs',
    matrix: 'Shared Responsibilities matrix',
    json: 'The matrix as JSON: parties, sections, tasks and who is responsible for each.',
    csv: 'The matrix as CSV for spreadsheets: a row per task, a column per party.',
    fullTitle: 'Full text',
    fullDescription: 'Every page above in Markdown, in one file.',
    otherLanguage: 'This site in {language}',
  },
  ja: {
    summary:
      'Zilliz Cloud BYOC（Bring Your Own Cloud）のドキュメント：お客様のクラウドアカウントで Zilliz Cloud を運用する方法と、Zilliz とお客様がそれぞれ担当する運用タスク（共同責任マトリクス）。',
    about:
      '各ページには Markdown 版があり、ページの URL の末尾に `.md` を付けた URL で開けます。以下のリンクはその Markdown 版を指します。llms-full.txt にはすべてのページが 1 つのファイルにまとめられています。',
    docs: 'ドキュメント',
    matrix: '共同責任マトリクス',
    json: 'マトリクスの JSON：当事者、セクション、タスク、各タスクの担当。',
    csv: '表計算ソフト用のマトリクスの CSV：タスクごとに 1 行、当事者ごとに 1 列。',
    fullTitle: '全文',
    fullDescription: '上記のすべてのページの Markdown を 1 つのファイルにまとめたもの。',
    otherLanguage: '{language}版のサイト',
  },
};
