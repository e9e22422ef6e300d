import {exportSection} from '../ExportSection';

/** `<Hero>` of an exported Zilliz docs page: see ExportSection. */
export default exportSection('hero', 'Hero');
