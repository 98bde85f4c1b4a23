import type {Question} from '../pack/schema.js';
import {seededRandom, shuffle} from '../random.js';
import type {Grade, Response} from '../questions/response.js';
import type {QuestionRecord, Rating} from '../schedule/card.js';
import {pickNext, requeueFor, type Requeued, type SessionItem, type Shown} from './session-queue.js';

import {missedItems} from './session-summary.js';

export type {SessionItem} from './session-queue.js';
export {missedItems, summarize, type SessionSummary} from './session-summary.js';

/** One answered question in a study session. */
export type SessionAnswer = {
	/** Unique within the session, in the order given. */
	id: number;
	packId: string;
	questionId: string;
	item: SessionItem;
	response: Response;
	grade: Grade;
	/** The rating sent to the scheduler: the automatic one, or the learner's override. */
	rating: Rating;
	/** What the answer graded itself as. */
	autoRating: Rating;
	hinted: boolean;
	/** Milliseconds from showing the question to the answer. */
	elapsedMs: number;
	at: number;
	/** The question's record before the answer, and after it with the rating given. */
	before: QuestionRecord | undefined;
	next: QuestionRecord;
	/** The review log line, once the store has it. */
	reviewId: string | undefined;
	/** Where the question came from, so undo can put it back. */
	shown: Shown;
};

export type SessionState = {
	/** Questions not shown yet, in order. */
	queue: SessionItem[];
	/** Copies put back by answers, waiting for their next learning step. */
	requeued: Requeued[];
	/** The question on screen (or whose feedback is). */
	current: Shown | undefined;
	phase: 'question' | 'feedback' | 'summary';
	answers: SessionAnswer[];
	/** Hints shown for the current question. */
	hints: number;
	startedAt: number;
	/** When the current question was shown. */
	shownAt: number;
	finishedAt: number | undefined;
	/** True when the learner left with questions still to go. */
	stoppedEarly: boolean;
	/** Questions left when the learner stopped. */
	leftAtStop: number;
	seed: number;
	/** A learning step due within this long is asked again in the same session. */
	learnAheadMs: number;
	nextAnswerId: number;
};

export type AnswerAction = {
	type: 'answer';
	response: Response;
	grade: Grade;
	rating: Rating;
	before: QuestionRecord | undefined;
	/** The scheduler's next record for this answer and rating. */
	next: QuestionRecord;
	at: number;
};

export type SessionAction =
	| AnswerAction
	| {type: 'hint'}
	| {type: 'saved'; answerId: number; reviewId: string}
	| {type: 'override'; rating: Rating; next: QuestionRecord}
	| {type: 'undo'; at: number}
	| {type: 'next'; at: number}
	| {type: 'stop'; at: number}
	| {type: 'retry-missed'; at: number};

export function startSession(items: readonly SessionItem[], options: {seed: number; at: number; learnAheadMs: number}): SessionState {
	const base: SessionState = {
		queue: [...items],
		requeued: [],
		current: undefined,
		phase: 'question',
		answers: [],
		hints: 0,
		startedAt: options.at,
		shownAt: options.at,
		finishedAt: undefined,
		stoppedEarly: false,
		leftAtStop: 0,
		seed: options.seed,
		learnAheadMs: options.learnAheadMs,
		nextAnswerId: 0,
	};
	return advance(base, options.at);
}

/** Shows the next question, or ends in the summary when none is left. */
function advance(state: SessionState, at: number): SessionState {
	const picked = pickNext(state.queue, state.requeued, at);
	if (!picked) return {...state, current: undefined, phase: 'summary', finishedAt: at, hints: 0};
	return {...state, ...picked, current: picked.shown, phase: 'question', shownAt: at, hints: 0};
}

export function currentItem(state: SessionState): SessionItem | undefined {
	return state.phase === 'summary' ? undefined : state.current?.item;
}

export function currentQuestion(state: SessionState): Question | undefined {
	return currentItem(state)?.question;
}

export function lastAnswer(state: SessionState): SessionAnswer | undefined {
	return state.answers.at(-1);
}

/** Milliseconds the current question has been on screen at `at`. */
export function elapsedAt(state: SessionState, at: number): number {
	return Math.max(0, at - state.shownAt);
}

/** Questions still to ask, the one on screen included while it is unanswered. */
export function remaining(state: SessionState): {new: number; due: number; total: number} {
	const waiting = [...state.queue, ...state.requeued.map(entry => entry.item)];
	if (state.phase === 'question' && state.current) waiting.push(state.current.item);
	const fresh = waiting.filter(item => item.kind === 'new').length;
	return {new: fresh, due: waiting.length - fresh, total: waiting.length};
}

export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
	switch (action.type) {
		case 'answer': {
			const shown = state.current;
			if (!shown || state.phase !== 'question') return state;
			const id = state.nextAnswerId;
			const answer: SessionAnswer = {
				id,
				packId: shown.item.packId,
				questionId: shown.item.question.id,
				item: shown.item,
				response: action.response,
				grade: action.grade,
				rating: action.rating,
				autoRating: action.rating,
				hinted: state.hints > 0,
				elapsedMs: elapsedAt(state, action.at),
				at: action.at,
				before: action.before,
				next: action.next,
				reviewId: undefined,
				shown,
			};
			const requeued = [...state.requeued, ...requeueFor(shown.item, action.next, id, action.at, state.learnAheadMs)];
			return {...state, phase: 'feedback', answers: [...state.answers, answer], requeued, nextAnswerId: id + 1};
		}
		case 'hint': {
			return state.phase === 'question' && state.current ? {...state, hints: state.hints + 1} : state;
		}
		case 'saved': {
			const answers = state.answers.map(answer => (answer.id === action.answerId ? {...answer, reviewId: action.reviewId} : answer));
			return {...state, answers};
		}
		case 'override': {
			const answer = lastAnswer(state);
			if (!answer || state.phase !== 'feedback' || answer.rating === action.rating) return state;
			const changed = {...answer, rating: action.rating, next: action.next, reviewId: undefined};
			const requeued = [
				...state.requeued.filter(entry => entry.answerId !== answer.id),
				...requeueFor(answer.item, action.next, answer.id, answer.at, state.learnAheadMs),
			];
			return {...state, answers: [...state.answers.slice(0, -1), changed], requeued};
		}
		case 'undo': {
			return undo(state, action.at);
		}
		case 'next': {
			return state.phase === 'feedback' ? advance(state, action.at) : state;
		}
		case 'stop': {
			if (state.phase === 'summary') return state;
			const left = remaining(state).total;
			return {...state, phase: 'summary', current: undefined, finishedAt: action.at, stoppedEarly: left > 0, leftAtStop: left};
		}
		case 'retry-missed': {
			const missed = missedItems(state);
			if (state.phase !== 'summary' || missed.length === 0) return state;
			const seed = state.seed + 1;
			// Answer ids carry on, so a late write of the last round cannot tag an answer of this one.
			const again = missed.map(item => ({...item, kind: item.kind === 'new' ? ('learning' as const) : item.kind}));
			const round = startSession(shuffle(again, seededRandom(seed)), {seed, at: action.at, learnAheadMs: state.learnAheadMs});
			return {...round, nextAnswerId: state.nextAnswerId};
		}
	}
}

/**
 * Takes back the last answer: its question is asked again, the copy the
 * answer put back is dropped, and a question shown since returns to where
 * it came from.
 */
function undo(state: SessionState, at: number): SessionState {
	const answer = lastAnswer(state);
	if (!answer) return state;
	let {queue} = state;
	let requeued = state.requeued.filter(entry => entry.answerId !== answer.id);
	const onScreen = state.phase === 'question' ? state.current : undefined;
	if (onScreen?.requeued && onScreen.requeued.answerId !== answer.id) requeued = [...requeued, onScreen.requeued];
	else if (onScreen && !onScreen.requeued) queue = [onScreen.item, ...queue];
	return {
		...state,
		queue,
		requeued,
		current: answer.shown,
		phase: 'question',
		answers: state.answers.slice(0, -1),
		hints: 0,
		shownAt: at,
		finishedAt: undefined,
		stoppedEarly: false,
		leftAtStop: 0,
	};
}
