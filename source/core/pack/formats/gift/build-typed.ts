import {parseCloze} from '../../cloze.js';
import {type Built, type Draft, feedbackOf, partialCredit, promptOf, type QuestionText, withExplanation} from './draft.js';
import {decodeEscapes, gapMark} from './escape.js';
import {explanationOf} from './feedback.js';
import type {WeightedAnswer} from './parse-answers.js';
import type {NumericAnswer} from './parse-numeric.js';

/** A cloze's prompt when the GIFT file gives none ([prompt:…] comment). */
export const defaultClozePrompt = 'Fill in the gap.';

/**
 * Short answers: every answer worth 100% is accepted, the first is the one
 * shown. A missing-word short answer ("Two plus {=two =2} is four.") becomes
 * a cloze with one gap, which is what it is.
 */
export function buildShort(answers: WeightedAnswer[], text: QuestionText, at: number): Built {
	const issues = partialCredit(answers);
	const right = answers.filter(answer => answer.weight === 100);
	const [answer, ...accept] = right;
	if (!answer) return {draft: undefined, issues: [...issues, {at, severity: 'error', message: 'no answer is worth 100%'}]};
	const explanation = explanationOf(text.general, feedbackOf(answer), answers.filter(other => other !== answer).map(feedbackOf));
	const cloze = clozeText(text.prompt, right.map(each => each.text));
	const draft: Draft = cloze
		? {type: 'cloze', prompt: text.clozePrompt ?? defaultClozePrompt, text: cloze, ...withExplanation(explanation)}
		: {type: 'short', prompt: promptOf(text), answer: answer.text, accept: accept.map(each => each.text), ...withExplanation(explanation)};
	return {draft, issues};
}

/** The question text with its gap written {{answer|alternative}}, unless braces or "|" would make it read differently. */
function clozeText(prompt: string, accepted: readonly string[]): string | undefined {
	const parts = prompt.split(gapMark);
	if (parts.length !== 2) return undefined;
	const [before = '', after = ''] = parts.map(part => decodeEscapes(part));
	const text = `${before}{{${accepted.join('|')}}}${after}`;
	const segments = parseCloze(text);
	const gaps = segments.flatMap(segment => (segment.kind === 'gap' ? [segment.accepted] : []));
	const rest = segments.flatMap(segment => (segment.kind === 'text' ? [segment.text] : [])).join('');
	const same = gaps.length === 1 && gaps[0]?.join('\n') === accepted.join('\n') && rest === before + after;
	return same && !/\{\{|\}\}/.test(rest) ? text : undefined;
}

/**
 * Numerical answers: the first worth 100% gives the answer and tolerance,
 * other 100% answers are kept as accepted alternatives, partial ones are
 * dropped with a warning.
 */
export function buildNumeric(answers: NumericAnswer[], otherFeedback: string, text: QuestionText, at: number): Built {
	const issues = partialCredit(answers);
	const right = answers.filter(answer => answer.weight === 100);
	const [answer, ...more] = right;
	if (!answer) return {draft: undefined, issues: [...issues, {at, severity: 'error', message: 'no answer is worth 100%'}]};
	for (const extra of more) {
		if (Math.abs(Number(extra.value) - Number(answer.value)) + extra.tolerance > answer.tolerance + 1e-9) {
			const message = `factdrill checks a typed number against the first right answer only (${answer.value} ± ${answer.tolerance}); "${extra.written}" is kept as an alternative but not used`;
			issues.push({at: extra.at, severity: 'warning', message});
		}
	}
	const labelled = (each: NumericAnswer) => ({answer: each.tolerance === 0 ? each.value : each.written, feedback: each.feedback});
	const others = [...answers.filter(other => other !== answer).map(labelled), {answer: 'anything else', feedback: otherFeedback}];
	const explanation = explanationOf(text.general, labelled(answer), others);
	const draft: Draft = {
		type: 'short',
		prompt: promptOf(text),
		answer: answer.value,
		accept: more.map(each => each.value),
		tolerance: answer.tolerance,
		...withExplanation(explanation),
	};
	return {draft, issues};
}
