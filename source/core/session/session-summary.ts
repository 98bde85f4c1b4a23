import type {Question} from '../pack/schema.js';
import type {Rating} from '../schedule/card.js';
import {sameQuestion, type SessionItem} from './session-queue.js';
import {remaining, type SessionAnswer, type SessionState} from './session.js';

/** Each question answered wrongly at least once in the session, once. */
export function missedItems(state: SessionState): SessionItem[] {
	const missed: SessionItem[] = [];
	for (const answer of state.answers) {
		if (!answer.grade.correct && !missed.some(item => sameQuestion(item, answer.item))) missed.push(answer.item);
	}
	return missed;
}

export type SessionSummary = {
	answered: number;
	correct: number;
	/** Answers given plus questions left. */
	total: number;
	elapsedMs: number;
	/** The last wrong answer to each missed question. */
	missed: {question: Question; answer: SessionAnswer}[];
	ratings: Record<Rating, number>;
};

export function summarize(state: SessionState): SessionSummary {
	const missed = missedItems(state).flatMap(item => {
		const answer = state.answers.findLast(given => !given.grade.correct && sameQuestion(given.item, item));
		return answer ? [{question: item.question, answer}] : [];
	});
	const ratings: Record<Rating, number> = {again: 0, hard: 0, good: 0, easy: 0};
	for (const answer of state.answers) ratings[answer.rating]++;
	return {
		answered: state.answers.length,
		correct: state.answers.filter(answer => answer.grade.correct).length,
		total: state.answers.length + (state.stoppedEarly ? state.leftAtStop : remaining(state).total),
		elapsedMs: (state.finishedAt ?? state.startedAt) - state.startedAt,
		missed,
		ratings,
	};
}
