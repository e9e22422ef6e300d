import {exportSection} from '../ExportSection';

/** `<Banner>` of an exported Zilliz docs page: see ExportSection. */
export default exportSection('banner', 'Banner');
