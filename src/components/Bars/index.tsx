import {exportSection} from '../ExportSection';

/** `<Bars>` of an exported Zilliz docs page: see ExportSection. */
export default exportSection('bars', 'Bars');
