import type {ImportProblem} from '../types.js';
import type {CsvRows} from './csv-rows.js';

export type TermPair = {term: string; definition: string; line: number};

/** First-row cells that name columns rather than hold a term: the row is a header. */
const headerWords = new Set([
	'term', 'terms', 'word', 'words', 'definition', 'definitions', 'meaning', 'meanings', 'front', 'back',
	'question', 'answer', 'concept', 'description', 'prompt', 'clue', 'name', 'side 1', 'side 2', 'vocabulary',
]);

const separatorNames: Record<string, string> = {'\t': 'a tab', ';': 'a semicolon', ',': 'a comma'};

function clean(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** Case and spacing folded: the key two cells share when they say the same. */
export function sameKey(text: string): string {
	return clean(text).toLowerCase();
}

function isHeader(fields: readonly string[]): boolean {
	return fields.length === 2 && fields.every(field => headerWords.has(sameKey(field)));
}

/**
 * Term–definition pairs from the rows, with a problem for every row that is
 * not one: a row with one field or an empty side is an error and is skipped;
 * extra fields are read into the definition, with a warning.
 */
export function readPairs({separator, records}: CsvRows): {pairs: TermPair[]; problems: ImportProblem[]} {
	const pairs: TermPair[] = [];
	const problems: ImportProblem[] = [];
	const seen = new Map<string, number>();
	const problem = (line: number, severity: ImportProblem['severity'], message: string) => problems.push({line, severity, message});
	for (const [index, record] of records.entries()) {
		if (index === 0 && isHeader(record.fields)) continue;
		const {line} = record;
		if (record.looseQuote) problem(line, 'warning', 'a quote that never closes; the row was read as plain text');
		const fields = [...record.fields];
		while (fields.length > 2 && clean(fields.at(-1)!) === '') fields.pop();
		if (fields.length === 1) {
			problem(line, 'error', `only one field: expected a term and a definition separated by ${separatorNames[separator]}; row skipped`);
			continue;
		}
		if (fields.length > 2) {
			problem(line, 'warning', `${fields.length} fields: everything after the first separator was read as the definition`);
		}
		const term = clean(fields[0]!);
		const definition = clean(fields.slice(1).join(separator));
		if (term === '' || definition === '') {
			problem(line, 'error', `the ${term === '' ? 'term' : 'definition'} is empty; row skipped`);
			continue;
		}
		const key = `${sameKey(term)}\n${sameKey(definition)}`;
		const earlier = seen.get(key);
		if (earlier !== undefined) {
			problem(line, 'warning', `the same pair as line ${earlier}; skipped`);
			continue;
		}
		seen.set(key, line);
		pairs.push({term, definition, line});
	}
	return {pairs, problems};
}
