import {type DelimitedRecord, parseDelimited} from './parse-delimited.js';

/** Tried in this order; on a tie the earlier wins (a comma inside a definition is likelier than a semicolon). */
const separators = ['\t', ';', ','] as const;

export type CsvRows = {separator: string; records: DelimitedRecord[]};

function isBlank(record: DelimitedRecord): boolean {
	return record.fields.every(field => field.trim() === '');
}

/** How many non-blank rows split into exactly two non-empty fields, and into two or more. */
export function twoFieldShare(records: readonly DelimitedRecord[]): {pairs: number; split: number; rows: number} {
	const rows = records.filter(record => !isBlank(record));
	const pairs = rows.filter(record => record.fields.length === 2 && record.fields.every(field => field.trim() !== '')).length;
	return {pairs, split: rows.filter(record => record.fields.length >= 2).length, rows: rows.length};
}

/**
 * The file's records with the separator that splits most rows into exactly
 * two fields (or, failing that, into several: a definition with unquoted
 * commas). A BOM and the `#` lines Anki writes at the top are dropped first;
 * blank records are left out.
 */
export function readRows(text: string): CsvRows {
	const lines = text.replace(/^\uFEFF/, '').split(/(?<=\r\n|\n|\r(?!\n))/);
	let skipped = 0;
	while (skipped < lines.length && lines[skipped]!.startsWith('#')) skipped++;
	const body = lines.slice(skipped).join('');
	let best: CsvRows = {separator: '\t', records: []};
	let bestScore = -1;
	for (const separator of separators) {
		const records = parseDelimited(body, separator, skipped + 1).filter(record => !isBlank(record));
		const {pairs, split} = twoFieldShare(records);
		const score = pairs * (records.length + 1) + split;
		if (score > bestScore) {
			best = {separator, records};
			bestScore = score;
		}
	}
	return best;
}
