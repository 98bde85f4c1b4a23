import {stripControl} from '../../../text/sanitize.js';
import {fillGaps, parseCloze} from '../../cloze.js';
import type {Pack, Question} from '../../schema.js';
import type {Exporter} from '../types.js';

export const csvHeader = ['id', 'type', 'prompt', 'answer', 'options', 'explanation', 'tags', 'source'] as const;

/** The right answer as a person reads it in a spreadsheet cell. */
export function answerText(question: Question): string {
	switch (question.type) {
		case 'choice': {
			return question.answer;
		}
		case 'multi': {
			return question.answers.join('; ');
		}
		case 'truefalse': {
			return question.answer ? 'True' : 'False';
		}
		case 'cloze': {
			return fillGaps(parseCloze(question.text), (_index, accepted) => accepted[0] ?? '');
		}
		case 'short': {
			const tolerance = question.tolerance === undefined ? '' : ` ± ${question.tolerance}`;
			const also = question.accept.length > 0 ? ` (also: ${question.accept.join('; ')})` : '';
			return `${question.answer}${tolerance}${also}`;
		}
		case 'order': {
			return question.items.join(' → ');
		}
		case 'match': {
			return question.pairs.map(pair => `${pair.left} = ${pair.right}`).join('; ');
		}
	}
}

/**
 * One cell, RFC 4180 quoted when it must be. A cell that a spreadsheet would
 * run as a formula ("=HYPERLINK(…)", "@SUM…") gets a leading apostrophe:
 * pack text is untrusted. Plain numbers ("-5", "+44") are left alone.
 */
export function csvCell(value: string): string {
	let cell = stripControl(value);
	if (/^[=+\-@]/.test(cell) && !/^[+-]?\d[\d.,]*$/.test(cell)) cell = `'${cell}`;
	return /[",\n]|^\s|\s$/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

function row(question: Question): string[] {
	const options = question.type === 'choice' || question.type === 'multi' ? question.options.join('; ') : '';
	return [
		question.id,
		question.type,
		question.prompt,
		answerText(question),
		options,
		question.explanation ?? '',
		(question.tags ?? []).join('; '),
		question.evidence?.source ?? '',
	];
}

/** A spreadsheet of the pack: one row per question, every type, with a BOM so Excel reads UTF-8. */
export function writeCsv(pack: Pack): {text: string; skipped: []} {
	const rows = [[...csvHeader], ...pack.questions.map(question => row(question))];
	return {text: `\uFEFF${rows.map(cells => cells.map(csvCell).join(',')).join('\r\n')}\r\n`, skipped: []};
}

export const csvExporter: Exporter = {format: 'csv', extension: 'csv', write: writeCsv};
