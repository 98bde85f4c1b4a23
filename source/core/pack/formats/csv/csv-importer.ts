import type {ImportResult, Importer} from '../types.js';
import {readPairs} from './csv-pairs.js';
import {readRows, twoFieldShare} from './csv-rows.js';
import {csvHeader} from './csv-exporter.js';
import {pairQuestions} from './pair-questions.js';

/** Our own export starts with this header; its rows are questions, not pairs. */
function isQuestionExport(text: string): boolean {
	return text.replace(/^\uFEFF/, '').toLowerCase().startsWith(`${csvHeader.slice(0, 3).join(',')},`);
}

/**
 * A term–definition list (Quizlet, a spreadsheet) as questions: one per
 * pair, and matches of a few pairs each. Never throws: every row that is not
 * a pair is a problem at its line.
 */
export function parseCsv(text: string, seed: number): ImportResult {
	if (isQuestionExport(text)) {
		const message = 'this is a factdrill question export (id,type,prompt,…), not a term–definition list; import the pack file it came from instead';
		return {questions: [], problems: [{line: 1, severity: 'error', message}], tags: []};
	}
	const {pairs, problems} = readPairs(readRows(text));
	return {questions: pairQuestions(pairs, seed), problems, tags: []};
}

/** Most non-empty rows split into a term and a definition by one separator. */
export function looksLikeCsv(text: string): boolean {
	const {pairs, rows} = twoFieldShare(readRows(text).records);
	return pairs > 0 && pairs * 3 >= rows * 2;
}

export const csvImporter: Importer = {
	format: 'csv',
	looksLike: looksLikeCsv,
	parse: (text, options) => parseCsv(text, options.seed),
};
