import {localizedPath} from '../../../src/i18n/locales';
import {getTestLocale} from './locale';

/** Like Docusaurus with baseUrl "/": each locale but the default lives under /<locale>/. */
export default function useBaseUrl(path: string): string {
  return localizedPath(getTestLocale(), path);
}
