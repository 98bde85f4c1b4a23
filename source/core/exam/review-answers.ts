import {rateAnswer} from '../schedule/auto-rating.js';
import type {AnswerInput} from '../schedule/card.js';
import type {ExamState} from './exam-state.js';

/**
 * The answers of a finished exam as the review schedule takes them (for
 * --count-for-review), rated as study rates them. Unanswered questions are
 * left out: not knowing is not the same as not having been asked.
 */
export function reviewAnswers(state: ExamState): Array<{packId: string; answer: AnswerInput}> {
	return state.items.flatMap((item, index) => {
		const given = state.answers[index];
		if (!given) return [];
		const {correct} = given.grade;
		const answer: AnswerInput = {
			questionId: item.question.id,
			at: given.at,
			rating: rateAnswer({question: item.question, correct, hinted: false, durationMs: given.durationMs}),
			correct,
			hinted: false,
			durationMs: given.durationMs,
			source: 'exam',
		};
		return [{packId: item.packId, answer}];
	});
}
