import {i18n} from '../../../content.config';
import {getTestLocale} from './locale';

/** The config's customFields the stubbed site passes to its pages (none by default). */
let customFields: Record<string, unknown> = {};
export const setTestCustomFields = (fields: Record<string, unknown>) => {
  customFields = fields;
};

export default function useDocusaurusContext() {
  return {
    siteConfig: {baseUrl: '/', customFields},
    i18n: {...i18n, currentLocale: getTestLocale()},
  };
}
