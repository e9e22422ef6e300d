import type {Localized} from './types';

/** Route of the Shared Responsibilities page in every locale (its MDX `slug`). */
export const SHARED_RESPONSIBILITIES_PATH = '/shared-responsibilities';

/** Older or shorter paths the console may already use; each redirects to the page. */
export const SHARED_RESPONSIBILITIES_ALIASES = ['/byoc/shared-responsibilities'] as const;

/** Base name of the downloadable exports, next to the page: `<name>.json`, `<name>.csv`. */
export const EXPORT_BASENAME = 'shared-responsibilities';

/** Column headers of the CSV export that are not party names. */
export const EXPORT_HEADERS: {section: Localized; task: Localized} = {
  section: {'zh-Hans': '章节', en: 'Section', ja: 'セクション'},
  task: {'zh-Hans': '任务', en: 'Task', ja: 'タスク'},
};
