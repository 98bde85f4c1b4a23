export {csvImporter, looksLikeCsv, parseCsv} from './csv-importer.js';
export {csvExporter, writeCsv} from './csv-exporter.js';
