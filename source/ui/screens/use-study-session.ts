import {useReducer, useRef, useState} from 'react';
import type {ProgressStore, Scheduler} from '../../core/progress/progress.js';
import {gradeResponse} from '../../core/questions/grade.js';
import type {Response} from '../../core/questions/response.js';
import {rateAnswer} from '../../core/schedule/auto-rating.js';
import type {AnswerInput, QuestionRecord, Rating} from '../../core/schedule/card.js';
import {currentItem, elapsedAt, lastAnswer, sessionReducer, startSession, type SessionAction, type SessionAnswer, type SessionItem, type SessionState} from '../../core/session/session.js';
import {errorMessage} from '../../core/text/error-message.js';

type Options = {
	items: () => SessionItem[];
	store: ProgressStore;
	scheduler: Scheduler;
	seed: number;
	learnAheadMs: number;
	now: () => number;
};

/** An answer's key across retry rounds (each round restarts answer ids). */
const answerKey = (state: SessionState, answerId: number) => `${state.seed}:${answerId}`;

function answerInput(answer: SessionAnswer, rating: Rating): AnswerInput {
	return {
		questionId: answer.questionId,
		at: answer.at,
		rating,
		correct: answer.grade.correct,
		hinted: answer.hinted,
		durationMs: answer.elapsedMs,
		source: 'study',
	};
}

/** The question's record as of now: this session's latest answer to it, else the store's. */
function recordBefore(state: SessionState, store: ProgressStore, item: SessionItem): QuestionRecord | undefined {
	const given = state.answers.findLast(answer => answer.packId === item.packId && answer.questionId === item.question.id);
	return given ? given.next : store.read(item.packId).questions[item.question.id];
}

/**
 * The session reducer joined to the store: every answer is recorded when it
 * is given, a regrade replaces it, undo takes it back. Writes run one after
 * another, so a regrade or undo always finds the review it refers to.
 */
export function useStudySession({items, store, scheduler, seed, learnAheadMs, now}: Options) {
	const [state, dispatch] = useReducer(sessionReducer, undefined, () => startSession(items(), {seed, at: now(), learnAheadMs}));
	// Which answer a failed write was for: a late failure must not show under a later answer.
	const [saveError, setSaveError] = useState<{answer: string; message: string} | undefined>();
	const reviewIds = useRef(new Map<string, Promise<string | undefined>>());
	// Keys can arrive faster than renders (Enter, then u in one burst): each
	// action is applied here at once too, so the next key sees its result.
	const latest = useRef(state);
	const act = (action: SessionAction) => {
		latest.current = sessionReducer(latest.current, action);
		dispatch(action);
	};
	const fail = (key: string) => (error: unknown) => setSaveError({answer: key, message: errorMessage(error)});

	const write = (key: string, answerId: number, packId: string, input: AnswerInput) => {
		const replaced = reviewIds.current.get(key);
		const review = (async () => {
			const replaces = replaced ? await replaced : undefined;
			return (await store.record(packId, input, replaces ? {replaces} : undefined)).id;
		})();
		reviewIds.current.set(
			key,
			review.catch(() => undefined),
		);
		review.then(reviewId => act({type: 'saved', answerId, reviewId}), fail(key));
	};

	const submit = (response: Response) => {
		const state = latest.current;
		const item = currentItem(state);
		if (!item || state.phase !== 'question') return;
		const at = now();
		const grade = gradeResponse(item.question, response);
		const hinted = state.hints > 0;
		const durationMs = elapsedAt(state, at);
		const rating = rateAnswer({question: item.question, correct: grade.correct, hinted, durationMs});
		const input: AnswerInput = {questionId: item.question.id, at, rating, correct: grade.correct, hinted, durationMs, source: 'study'};
		const before = recordBefore(state, store, item);
		act({type: 'answer', response, grade, rating, before, next: scheduler(before, input), at});
		write(answerKey(state, state.nextAnswerId), state.nextAnswerId, item.packId, input);
	};

	const override = (rating: Rating) => {
		const state = latest.current;
		const answer = lastAnswer(state);
		if (!answer || state.phase !== 'feedback' || answer.rating === rating) return;
		const input = answerInput(answer, rating);
		act({type: 'override', rating, next: scheduler(answer.before, input)});
		write(answerKey(state, answer.id), answer.id, answer.packId, input);
	};

	const undo = () => {
		const state = latest.current;
		const answer = lastAnswer(state);
		if (!answer) return;
		const key = answerKey(state, answer.id);
		const review = reviewIds.current.get(key);
		reviewIds.current.delete(key);
		act({type: 'undo', at: now()});
		void review?.then(async reviewId => {
			if (reviewId) await store.undo(answer.packId, reviewId);
		}).catch(fail(key));
	};

	const shownError = (() => {
		const answer = lastAnswer(state);
		return answer && saveError?.answer === answerKey(state, answer.id) ? saveError.message : undefined;
	})();

	return {
		state,
		/** The state with every action so far applied, for key handlers. */
		latest: () => latest.current,
		saveError: shownError,
		submit,
		override,
		undo,
		hint: () => act({type: 'hint'}),
		next: () => act({type: 'next', at: now()}),
		stop: () => act({type: 'stop', at: now()}),
		retry: () => act({type: 'retry-missed', at: now()}),
	};
}
