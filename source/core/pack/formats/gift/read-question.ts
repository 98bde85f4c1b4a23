import {buildQuestion} from './build-question.js';
import type {Draft} from './draft.js';
import {decodeEscapes, gapMark} from './escape.js';
import {parseAnswers} from './parse-answers.js';
import {type Issue, type Piece, slicePiece} from './pieces.js';
import {readText} from './text-format.js';

export type ReadQuestion = {draft: Draft | undefined; title: string | undefined; issues: Issue[]};

/**
 * One question, read as Moodle's readquestion reads it: an optional
 * ::title::, the text, one answer block {…} (with ####general feedback last
 * in it). The block at the end of the text is the answers; in the middle it
 * is a missing word, shown as a gap.
 */
export function readQuestion(text: string, clozePrompt: string | undefined): ReadQuestion {
	const issues: Issue[] = [];
	let rest: Piece = {text, at: 0};
	let title: string | undefined;
	if (rest.text.startsWith('::')) {
		const end = rest.text.indexOf('::', 2);
		if (end < 0) {
			issues.push({at: 0, severity: 'warning', message: 'the title has no closing "::"; it is read as part of the question text'});
			rest = slicePiece(rest, 2);
		} else {
			title = decodeEscapes(rest.text.slice(2, end)).trim() || undefined;
			rest = slicePiece(rest, end + 2);
		}
	}
	const fail = (issue: Issue): ReadQuestion => ({draft: undefined, title, issues: [...issues, issue]});
	const open = rest.text.indexOf('{');
	const close = rest.text.indexOf('}');
	if (open < 0 && close < 0) {
		return fail({at: rest.at, severity: 'warning', message: 'no answer block {…}: a description, not a question; skipped'});
	}
	if (close < 0) return fail({at: rest.at + open, severity: 'error', message: '"{" is never closed with "}"'});
	if (open < 0 || close < open) return fail({at: rest.at + close, severity: 'error', message: '"}" with no "{" before it'});
	const after = rest.text.slice(close + 1).search(/[{}]/);
	if (after >= 0) {
		const message = 'a second answer block: a question has one (is a blank line missing between two questions?)';
		return fail({at: rest.at + close + 1 + after, severity: 'error', message});
	}
	let inner = slicePiece(rest, open + 1, close);
	let generalRaw = '';
	const general = inner.text.lastIndexOf('####');
	if (general >= 0) {
		generalRaw = inner.text.slice(general + 4);
		inner = slicePiece(inner, 0, general);
	}
	const atEnd = close === rest.text.length - 1;
	const questionText = rest.text.slice(0, open) + (atEnd ? '' : gapMark) + rest.text.slice(close + 1);
	const {text: prompt, format} = readText(questionText, 'moodle', true);
	const parsed = parseAnswers(inner, format);
	issues.push(...parsed.issues);
	if (!parsed.answers) return {draft: undefined, title, issues};
	const built = buildQuestion(parsed.answers, {prompt, general: readText(generalRaw, format).text, title, clozePrompt}, rest.at + open);
	return {draft: built.draft, title, issues: [...issues, ...built.issues]};
}
