import type {Question} from '../../schema.js';
import {decodeEscapes, gapMark} from './escape.js';
import type {WeightedAnswer} from './parse-answers.js';
import type {Issue} from './pieces.js';

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/** A question read from GIFT, before it gets its id and tags. */
export type Draft = WithoutId<Question>;

/** The parts of a GIFT question around its answers. */
export type QuestionText = {
	/** The question text, with the gap mark where a missing-word block stood (decoded but for that and literal marks). */
	prompt: string;
	/** General feedback (####…), or "". */
	general: string;
	title: string | undefined;
	/** A cloze's instruction, from a [prompt:…] comment. */
	clozePrompt: string | undefined;
};

export type Built = {draft: Draft | undefined; issues: Issue[]};

/** The question text with "___" for the answer block, or the title when there is no text. */
export function promptOf(text: QuestionText): string {
	return decodeEscapes(text.prompt.replaceAll(gapMark, '___')).trim() || (text.title ?? '');
}

/** Warnings for answers worth part of the marks, which factdrill counts wrong. */
export function partialCredit(answers: ReadonlyArray<{weight: number; at: number; written?: string; text?: string}>): Issue[] {
	return answers
		.filter(answer => answer.weight > 0 && answer.weight < 100)
		.map(answer => ({
			at: answer.at,
			severity: 'warning' as const,
			message: `"${answer.written ?? answer.text ?? ''}" earns ${answer.weight}% in Moodle; factdrill has no partial credit and counts it wrong`,
		}));
}

export function feedbackOf(answer: WeightedAnswer): {answer: string; feedback: string} {
	return {answer: answer.text, feedback: answer.feedback};
}

export function withExplanation(explanation: string | undefined): {explanation?: string} {
	return explanation === undefined ? {} : {explanation};
}
