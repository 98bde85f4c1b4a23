export {markdownExporter, writeMarkdown} from './markdown-exporter.js';
