import {i18n} from '../../../content.config';
import {getTestLocale} from './locale';

export default function useDocusaurusContext() {
  return {
    siteConfig: {baseUrl: '/'},
    i18n: {...i18n, currentLocale: getTestLocale()},
  };
}
