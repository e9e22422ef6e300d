import {exportSection} from '../ExportSection';

/** `<Stories>` of an exported Zilliz docs page: see ExportSection. */
export default exportSection('stories', 'Stories');
