import {decodeEscapes} from './escape.js';
import {type NumericAnswer, readNumeric} from './parse-numeric.js';
import {type Issue, type Piece, readWeight, shown, slicePiece, splitAt, splitFeedback, type Weighed} from './pieces.js';
import {readText, type TextFormat} from './text-format.js';

/** An answer with its weight in percent (100 right, 0 wrong, between: partial credit) and its feedback. */
export type WeightedAnswer = {text: string; weight: number; feedback: string; at: number};

export type MatchPair = {left: string; right: string; at: number};

/** An answer block as Moodle types it, before it becomes a factdrill question. */
export type GiftAnswers =
	| {kind: 'essay'}
	| {kind: 'multichoice'; single: boolean; answers: WeightedAnswer[]}
	| {kind: 'truefalse'; value: boolean; wrongFeedback: string; rightFeedback: string}
	| {kind: 'short'; answers: WeightedAnswer[]}
	| {kind: 'numeric'; answers: NumericAnswer[]; otherFeedback: string}
	| {kind: 'match'; pairs: MatchPair[]};

export type ParsedAnswers = {answers: GiftAnswers | undefined; issues: Issue[]};

const trueFalse = new Map([
	['T', true],
	['TRUE', true],
	['F', false],
	['FALSE', false],
]);

/**
 * The content of an answer block (between the braces, general feedback
 * removed), typed in Moodle's order: empty is an essay, "#" starts a
 * numerical question, any "~" makes multiple choice, "=" with "->" matching,
 * T/TRUE/F/FALSE true/false, anything else a short answer.
 */
export function parseAnswers(block: Piece, format: TextFormat): ParsedAnswers {
	const {text} = block;
	if (text === '') return {answers: {kind: 'essay'}, issues: []};
	if (text.startsWith('#')) return readNumeric(slicePiece(block, 1), format);
	if (text.includes('~')) return readChoices(block, format);
	if (text.includes('=') && text.includes('->')) return readPairs(block, format);
	const hash = text.indexOf('#');
	const check = hash > 0 ? text.slice(0, hash).trim() : text;
	const value = trueFalse.get(check);
	if (value !== undefined) return readTrueFalse(block, value, format);
	const short = readShort(block, format);
	if (trueFalse.has(check.toUpperCase())) {
		const message = `{${check}} is read as a short answer "${check}", as Moodle reads it; true/false is written {TRUE}, {FALSE}, {T} or {F}`;
		short.issues.unshift({at: block.at, severity: 'warning', message});
	}
	return short;
}

function readChoices(block: Piece, format: TextFormat): ParsedAnswers {
	const issues: Issue[] = [];
	const pieces = splitAt(block, '~=', '=');
	const before = pieces[0];
	if (before && before.text !== '') {
		issues.push({at: before.at, severity: 'warning', message: `${shown(before.text)} before the first ~ or = is read as a wrong answer, as Moodle reads it`});
	}
	const answers: WeightedAnswer[] = [];
	for (const piece of pieces) {
		if (piece.text === '') continue;
		// Moodle reads no weight after "=": "=%50%x" is a right answer "%50%x".
		const weighed: Weighed = piece.text.startsWith('=') ? {weight: 100, rest: slicePiece(piece, 1)} : readWeight(piece);
		if (weighed.issue) issues.push(weighed.issue);
		const answer = readAnswer(weighed.rest, weighed.weight ?? 0, format, issues);
		if (answer) answers.push(answer);
	}
	if (answers.length < 2 && !issues.some(issue => issue.severity === 'error')) {
		issues.push({at: block.at, severity: 'error', message: `a multiple-choice question needs at least two answers; this has ${answers.length}`});
	}
	return done({kind: 'multichoice', single: block.text.includes('='), answers}, issues);
}

function readShort(block: Piece, format: TextFormat): ParsedAnswers {
	const issues: Issue[] = [];
	const answers: WeightedAnswer[] = [];
	for (const piece of splitAt(block, '=')) {
		if (piece.text === '') continue;
		const weighed = readWeight(piece);
		if (weighed.issue) issues.push(weighed.issue);
		const answer = readAnswer(weighed.rest, weighed.weight ?? 100, format, issues);
		if (answer) answers.push(answer);
	}
	if (answers.length === 0 && !issues.some(issue => issue.severity === 'error')) {
		issues.push({at: block.at, severity: 'error', message: 'the answer block has no answer'});
	}
	return done({kind: 'short', answers}, issues);
}

function readPairs(block: Piece, format: TextFormat): ParsedAnswers {
	const issues: Issue[] = [];
	const pairs: MatchPair[] = [];
	for (const piece of splitAt(block, '=')) {
		if (piece.text === '') continue;
		const arrow = piece.text.indexOf('->');
		if (arrow < 0) {
			issues.push({at: piece.at, severity: 'error', message: `${shown(piece.text)} is not a pair: matching pairs are written =left -> right`});
			continue;
		}
		// Moodle reads the right-hand side as plain text, whatever the question's format.
		pairs.push({left: readText(piece.text.slice(0, arrow), format).text, right: decodeEscapes(piece.text.slice(arrow + 2)).trim(), at: piece.at});
	}
	return done({kind: 'match', pairs}, issues);
}

function readTrueFalse(block: Piece, value: boolean, format: TextFormat): ParsedAnswers {
	// Moodle's order: {T#feedback for a wrong answer#feedback for a right one}.
	const [, wrong = '', right = ''] = splitLimit(block.text, '#', 3);
	return {answers: {kind: 'truefalse', value, wrongFeedback: readText(wrong, format).text, rightFeedback: readText(right, format).text}, issues: []};
}

/** Like PHP's explode with a limit: the last part keeps the rest, separators and all. */
function splitLimit(text: string, separator: string, limit: number): string[] {
	const parts = text.split(separator);
	return parts.length <= limit ? parts : [...parts.slice(0, limit - 1), parts.slice(limit - 1).join(separator)];
}

function readAnswer(piece: Piece, weight: number, format: TextFormat, issues: Issue[]): WeightedAnswer | undefined {
	const {answer, feedback} = splitFeedback(piece);
	const text = readText(answer.text, format).text;
	if (text === '') {
		issues.push({at: piece.at, severity: 'warning', message: 'an answer with no text is ignored, as Moodle ignores it'});
		return undefined;
	}
	return {text, weight, feedback: feedback ? readText(feedback.text, format).text : '', at: answer.at};
}

function done(answers: GiftAnswers, issues: Issue[]): ParsedAnswers {
	return {answers: issues.some(issue => issue.severity === 'error') ? undefined : answers, issues};
}
