import type {Locale, Localized} from './types';

/** Route of the Shared Responsibilities page in every locale (its MDX `slug`). */
export const SHARED_RESPONSIBILITIES_PATH = '/shared-responsibilities';

/** Older or shorter paths the console may already use; each redirects to the page. */
export const SHARED_RESPONSIBILITIES_ALIASES = ['/byoc/shared-responsibilities'] as const;

/** Base name of the downloadable exports, next to the page. */
export const EXPORT_BASENAME = 'shared-responsibilities';

/**
 * `shared-responsibilities.en.csv`: the locale is in the name, so the Chinese
 * and English downloads do not overwrite each other in a Downloads folder.
 */
export function exportFileName(locale: Locale, format: 'csv' | 'json'): string {
  return `${EXPORT_BASENAME}.${locale}.${format}`;
}

/** Words of the CSV export that are not in the matrix data (party names are). */
export const EXPORT_HEADERS: {
  taskId: Localized;
  section: Localized;
  task: Localized;
  responsible: Localized;
  shared: Localized;
  version: Localized;
} = {
  taskId: {'zh-Hans': '任务 ID', en: 'Task ID', ja: 'タスク ID'},
  section: {'zh-Hans': '章节', en: 'Section', ja: 'セクション'},
  task: {'zh-Hans': '任务', en: 'Task', ja: 'タスク'},
  responsible: {'zh-Hans': '负责方', en: 'Responsible', ja: '担当'},
  shared: {'zh-Hans': '共同负责', en: 'Shared', ja: '共同で担当'},
  version: {'zh-Hans': '矩阵版本', en: 'Matrix version', ja: 'マトリクスのバージョン'},
};
