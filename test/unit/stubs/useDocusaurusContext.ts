import {getTestLocale} from './locale';

export default function useDocusaurusContext() {
  return {
    siteConfig: {baseUrl: '/'},
    i18n: {currentLocale: getTestLocale(), defaultLocale: 'zh-Hans', locales: ['zh-Hans', 'en']},
  };
}
