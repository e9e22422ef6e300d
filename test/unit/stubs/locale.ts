import enCode from '../../../i18n/en/code.json';

/** The locale the stubs pretend the site is built for. */
let current = 'zh-Hans';
export const setTestLocale = (locale: string) => {
  current = locale;
};
export const getTestLocale = () => current;

/** Like Docusaurus: the default locale uses the source messages, others their code.json. */
export function lookupMessage(id: string | undefined, message: string | undefined): string {
  if (current === 'en' && id && id in enCode) return (enCode as Record<string, {message: string}>)[id]!.message;
  return message ?? id ?? '';
}
