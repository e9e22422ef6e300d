import {getTestLocale} from './locale';

/** Like Docusaurus with baseUrl "/": the English build lives under /en/. */
export default function useBaseUrl(path: string): string {
  return `${getTestLocale() === 'en' ? '/en' : ''}${path}`;
}
