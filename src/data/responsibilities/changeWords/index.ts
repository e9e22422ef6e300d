import type {Locale} from '../../../i18n/locales';
import type {ChangeWords} from './types';
import {words as en} from './en';
import {words as ja} from './ja';
import {words as zhHans} from './zh-Hans';

export type {ChangeWords} from './types';

/** Every locale's words, for what the build writes (feeds, downloads) and for tests; never for components. */
export const CHANGE_WORDS: Readonly<Record<Locale, ChangeWords>> = {'zh-Hans': zhHans, en, ja};
