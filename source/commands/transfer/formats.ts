import {aikenExporter, aikenImporter} from '../../core/pack/formats/aiken/index.js';
import {ankiExporter} from '../../core/pack/formats/anki/index.js';
import {csvExporter, csvImporter} from '../../core/pack/formats/csv/index.js';
import {giftExporter, giftImporter} from '../../core/pack/formats/gift/index.js';
import {markdownExporter} from '../../core/pack/formats/markdown/index.js';
import type {ExportFormat, Exporter, ImportFormat, Importer} from '../../core/pack/formats/types.js';

const importers: Record<ImportFormat, Importer> = {gift: giftImporter, aiken: aikenImporter, csv: csvImporter};
const exporters: Record<ExportFormat, Exporter> = {gift: giftExporter, aiken: aikenExporter, anki: ankiExporter, csv: csvExporter, md: markdownExporter};

/**
 * The importer for a file: --format if given, else the extension (.gift,
 * .csv, .tsv), else the content — Aiken and GIFT have tell-tale lines, and
 * a term list splits into two columns. A message when none fits.
 */
export function chooseImporter(file: string, text: string, format: ImportFormat | undefined): Importer | string {
	if (format) return importers[format];
	if (/\.gift$/i.test(file)) return giftImporter;
	if (/\.(csv|tsv)$/i.test(file)) return csvImporter;
	const sniffed = [aikenImporter, giftImporter, csvImporter].find(importer => importer.looksLike(text));
	return sniffed ?? 'cannot tell whether this is GIFT, Aiken or a CSV term list; say which with --format gift|aiken|csv';
}

export function exporterFor(format: ExportFormat): Exporter {
	return exporters[format];
}

/** The format an output file's name asks for; undefined when it does not say (.txt is Aiken or Anki). */
export function formatFromFileName(file: string): ExportFormat | undefined {
	const extension = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
	return extension === 'gift' ? 'gift' : extension === 'csv' ? 'csv' : extension === 'md' ? 'md' : undefined;
}
