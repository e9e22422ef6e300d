import {createContext, useContext} from 'react';

/**
 * The `lang` of the doc being read when it is shown in another language than
 * the reader's (no translation yet), else undefined: the parts of the page's
 * chrome that repeat the doc's own words (its table of contents) take it, so
 * they are pronounced and drawn in that language.
 */
export const ShownLanguageContext = createContext<string | undefined>(undefined);

export const useShownLanguage = () => useContext(ShownLanguageContext);
