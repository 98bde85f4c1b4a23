export {aikenImporter, looksLikeAiken, parseAiken} from './aiken-importer.js';
export {aikenExporter, writeAiken} from './aiken-exporter.js';
