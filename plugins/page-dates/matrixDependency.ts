import {SITE_MDX_COMPONENTS} from '../../src/theme/mdxComponentNames';
import {
  sharedResponsibilities,
  SHARED_RESPONSIBILITIES_FILE,
} from '../../src/data/responsibilities/sharedResponsibilities';
import type {PageDependency} from './pageDatesVcs';

const MATRIX_COMPONENTS = SITE_MDX_COMPONENTS.filter((c) => c.startsWith('Responsibility'));
const RENDERS_MATRIX = new RegExp(`<(${MATRIX_COMPONENTS.join('|')})\\b`);

/** A page with a matrix component shows the matrix data and its version ("updated" date). */
export const matrixDependency: PageDependency = {
  renders: (source) => RENDERS_MATRIX.test(source),
  file: SHARED_RESPONSIBILITIES_FILE,
  statedDate: sharedResponsibilities.version,
};
