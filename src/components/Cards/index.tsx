import {exportSection} from '../ExportSection';

/** `<Cards>` of an exported Zilliz docs page: see ExportSection. */
export default exportSection('cards', 'Cards');
