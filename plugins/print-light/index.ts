import type {Plugin} from '@docusaurus/types';
import {darkThemeOnScreens} from './darkThemeOnScreens';

/** Paper is always light: every stylesheet's dark-theme variables apply on screens only (./darkThemeOnScreens). */
export default function printLightPlugin(): Plugin {
  return {
    name: 'print-light',
    configurePostCss(options) {
      return {...options, plugins: [...options.plugins, darkThemeOnScreens()]};
    },
  };
}
