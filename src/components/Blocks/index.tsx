import {exportSection} from '../ExportSection';

/** `<Blocks>` of an exported Zilliz docs page: see ExportSection. */
export default exportSection('blocks', 'Blocks');
