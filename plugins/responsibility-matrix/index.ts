import type {LoadContext, Plugin} from '@docusaurus/types';
import {sharedResponsibilities, SHARED_RESPONSIBILITIES_FILE} from '../../src/data/responsibilities/sharedResponsibilities';
import {validateMatrix} from '../../src/data/responsibilities/validate';

/**
 * Fails the build early, with every problem listed, when the matrix data is
 * wrong for the locales this site is built in.
 */
export default function responsibilityMatrixPlugin(context: LoadContext): Plugin {
  return {
    name: 'responsibility-matrix',
    async loadContent() {
      validateMatrix(sharedResponsibilities, SHARED_RESPONSIBILITIES_FILE, context.i18n.locales);
    },
  };
}
