export {ankiExporter, ankiGuid, writeAnki} from './anki-exporter.js';
