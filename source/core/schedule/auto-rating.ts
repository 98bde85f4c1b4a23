import {parseCloze} from '../pack/cloze.js';
import type {Question} from '../pack/schema.js';
import type {Rating} from './card.js';

/**
 * How an answer grades itself, relative to the time the question is expected
 * to take (reading its words plus acting on its kind, see expectedAnswerMs):
 *
 * | answer                                      | rating |
 * |---------------------------------------------|--------|
 * | wrong                                       | Again  |
 * | right after a hint                          | Hard   |
 * | right, slower than 2.5 × the expected time  | Hard   |
 * | right, faster than 0.5 × the expected time  | Easy   |
 * | right otherwise                             | Good   |
 *
 * The learner can override the rating on the feedback screen.
 */
export const slowFactor = 2.5;
export const fastFactor = 0.5;

/** Reading pace: about 200 words a minute, a careful student's pace. */
export const msPerWordRead = 300;
/** Typing pace for typed answers (short answers and cloze gaps). */
export const msPerCharTyped = 250;

/** Time to decide and act, per kind, on top of reading. */
const actMs = {
	truefalse: 2000,
	choiceBase: 2000,
	choicePerOption: 1000,
	multiBase: 3000,
	multiPerOption: 1500,
	typedBase: 3000,
	perGap: 2000,
	orderPerItem: 2500,
	matchPerPair: 3000,
};

function words(text: string): number {
	return text.split(/\s+/).filter(word => word.length > 0).length;
}

function readMs(...texts: readonly string[]): number {
	return texts.reduce((sum, text) => sum + words(text), 0) * msPerWordRead;
}

function typeMs(answer: string): number {
	return answer.length * msPerCharTyped;
}

/** How long a learner who knows the answer is expected to take: reading the question, then answering it. */
export function expectedAnswerMs(question: Question): number {
	const prompt = readMs(question.prompt);
	switch (question.type) {
		case 'truefalse': {
			return prompt + actMs.truefalse;
		}

		case 'choice': {
			return prompt + readMs(...question.options) + actMs.choiceBase + (question.options.length * actMs.choicePerOption);
		}

		case 'multi': {
			return prompt + readMs(...question.options) + actMs.multiBase + (question.options.length * actMs.multiPerOption);
		}

		case 'short': {
			return prompt + actMs.typedBase + typeMs(question.answer);
		}

		case 'cloze': {
			const segments = parseCloze(question.text);
			const reading = readMs(...segments.map(segment => (segment.kind === 'text' ? segment.text : '')));
			const typing = segments.reduce((sum, segment) => (segment.kind === 'gap' ? sum + actMs.perGap + typeMs(segment.accepted[0] ?? '') : sum), 0);
			return prompt + reading + actMs.typedBase + typing;
		}

		case 'order': {
			return prompt + readMs(...question.items) + (question.items.length * actMs.orderPerItem);
		}

		case 'match': {
			const sides = question.pairs.flatMap(pair => [pair.left, pair.right]);
			return prompt + readMs(...sides) + (question.pairs.length * actMs.matchPerPair);
		}
	}
}

/** The FSRS rating an answer earns by itself (see the table above). */
export function rateAnswer(input: {question: Question; correct: boolean; hinted: boolean; durationMs: number}): Rating {
	if (!input.correct) {
		return 'again';
	}

	const expected = expectedAnswerMs(input.question);
	if (input.hinted || input.durationMs > slowFactor * expected) {
		return 'hard';
	}

	return input.durationMs < fastFactor * expected ? 'easy' : 'good';
}
