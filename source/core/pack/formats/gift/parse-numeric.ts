import type {ParsedAnswers} from './parse-answers.js';
import {type Issue, type Piece, readWeight, shown, slicePiece, splitAt, splitFeedback} from './pieces.js';
import {readText, type TextFormat} from './text-format.js';

/** One answer of a numerical question: the number (as factdrill writes it), ± tolerance, weight in percent, and how it was written. */
export type NumericAnswer = {value: string; tolerance: number; weight: number; feedback: string; written: string; at: number};

// What PHP's is_numeric takes, less hexadecimal and surrounding spaces.
const numberPattern = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

export function isGiftNumber(text: string): boolean {
	return numberPattern.test(text) && Number.isFinite(Number(text));
}

/** A number as factdrill writes answers: "3.14", "0.5", "1000" (twelve significant digits, no float noise). */
export function formatNumber(value: number): string {
	return String(Number(value.toPrecision(12)));
}

/**
 * A numerical block after its "#": answers separated by "=", each "3.14",
 * "3.14:0.01" (± tolerance) or "2..4" (a range, read as its midpoint ± half
 * its width), each with an optional %weight% and #feedback; a "~" ends the
 * answers and starts the feedback for any other answer.
 */
export function readNumeric(body: Piece, format: TextFormat): ParsedAnswers {
	const issues: Issue[] = [];
	const tilde = body.text.indexOf('~');
	const answerPart = tilde < 0 ? body : slicePiece(body, 0, tilde);
	const other = tilde < 0 ? undefined : splitFeedback(slicePiece(body, tilde + 1)).feedback;
	const answers: NumericAnswer[] = [];
	for (const piece of splitAt(answerPart, '=')) {
		if (piece.text === '') continue;
		const weighed = readWeight(piece);
		if (weighed.issue) issues.push(weighed.issue);
		const {answer, feedback} = splitFeedback(weighed.rest);
		const written = readText(answer.text, format).text;
		const read = readNumber(written);
		if (typeof read === 'string') {
			issues.push({at: answer.at, severity: 'error', message: read});
			continue;
		}
		answers.push({...read, weight: weighed.weight ?? 100, feedback: feedback ? readText(feedback.text, format).text : '', written, at: answer.at});
	}
	if (answers.length === 0 && !issues.some(issue => issue.severity === 'error')) {
		issues.push({at: body.at, severity: 'error', message: 'a numerical question ({#…}) needs a number'});
	}
	if (issues.some(issue => issue.severity === 'error')) return {answers: undefined, issues};
	return {answers: {kind: 'numeric', answers, otherFeedback: other ? readText(other.text, format).text : ''}, issues};
}

/** The value and tolerance of "3.14", "3.14:0.01" or "2..4", or why it is not a number. */
function readNumber(written: string): {value: string; tolerance: number} | string {
	const notNumber = (text: string) => `${shown(text)} is not a number`;
	const range = written.indexOf('..');
	if (range > 0) {
		const low = written.slice(0, range).trim();
		const high = written.slice(range + 2).trim();
		if (!isGiftNumber(low)) return notNumber(low);
		if (!isGiftNumber(high)) return notNumber(high);
		if (Number(low) > Number(high)) return `the range ${shown(written)} runs backwards: write the lower end first`;
		const middle = (Number(low) + Number(high)) / 2;
		return {value: formatNumber(middle), tolerance: Number(formatNumber(Number(high) - middle))};
	}
	const colon = written.indexOf(':');
	const value = (colon > 0 ? written.slice(0, colon) : written).trim();
	const tolerance = colon > 0 ? written.slice(colon + 1).trim() : '0';
	if (!isGiftNumber(value)) return notNumber(value);
	if (!isGiftNumber(tolerance)) return `the tolerance ${shown(tolerance)} is not a number`;
	if (Number(tolerance) < 0) return `the tolerance ${shown(tolerance)} is negative`;
	return {value: formatNumber(Number(value)), tolerance: Number(formatNumber(Number(tolerance)))};
}
