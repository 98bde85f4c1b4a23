import {gradeResponse} from '../questions/grade.js';
import type {Response} from '../questions/response.js';
import {unansweredCount, type ExamState} from './exam-state.js';

/** Every action says when it happened, so the reducer keeps the clock and ends the exam at time-out. */
export type ExamAction =
	| {type: 'go'; index: number; at: number}
	| {type: 'next'; at: number}
	| {type: 'previous'; at: number}
	/** Answers (or re-answers) the current question and moves on to the next one. */
	| {type: 'answer'; response: Response; at: number}
	| {type: 'toggle-flag'; at: number}
	/** Submits at once when every question is answered, else asks first. */
	| {type: 'request-submit'; at: number}
	| {type: 'confirm-submit'; at: number}
	| {type: 'cancel-submit'; at: number}
	| {type: 'tick'; at: number};

export function examReducer(previous: ExamState, action: ExamAction): ExamState {
	if (previous.phase === 'finished') return previous;
	const state = advanceClock(previous, action.at);
	if (state.elapsedMs >= state.timeLimitMs) return finish(state, 'time-up', action.at);
	const confirming = state.phase === 'confirm-submit';
	switch (action.type) {
		case 'tick': {
			return state;
		}
		case 'go': {
			return confirming ? state : goTo(state, action.index, action.at);
		}
		case 'next': {
			return confirming ? state : goTo(state, state.index + 1, action.at);
		}
		case 'previous': {
			return confirming ? state : goTo(state, state.index - 1, action.at);
		}
		case 'answer': {
			const item = state.items[state.index];
			if (confirming || !item) return state;
			const answers = [...state.answers];
			answers[state.index] = {
				response: action.response,
				grade: gradeResponse(item.question, action.response),
				at: action.at,
				durationMs: Math.max(0, action.at - state.shownAt),
			};
			// On the last question it stays, shown afresh: answering again starts a new timing.
			return goTo({...state, answers, shownAt: action.at}, state.index + 1, action.at);
		}
		case 'toggle-flag': {
			if (confirming || state.items.length === 0) return state;
			const flags = [...state.flags];
			flags[state.index] = !flags[state.index];
			return {...state, flags};
		}
		case 'request-submit': {
			if (unansweredCount(state) === 0) return finish(state, 'submitted', action.at);
			return {...state, phase: 'confirm-submit'};
		}
		case 'confirm-submit': {
			return confirming ? finish(state, 'submitted', action.at) : state;
		}
		case 'cancel-submit': {
			return confirming ? {...state, phase: 'answering'} : state;
		}
	}
}

/** Adds the time since the last action; a clock that went back adds nothing. */
function advanceClock(state: ExamState, at: number): ExamState {
	if (at <= state.clockAt) return state;
	return {...state, elapsedMs: state.elapsedMs + (at - state.clockAt), clockAt: at};
}

function goTo(state: ExamState, index: number, at: number): ExamState {
	const clamped = Math.min(Math.max(0, index), Math.max(0, state.items.length - 1));
	return clamped === state.index ? state : {...state, index: clamped, shownAt: at};
}

function finish(state: ExamState, ending: 'submitted' | 'time-up', at: number): ExamState {
	return {
		...state,
		phase: 'finished',
		ending,
		finishedAt: at,
		elapsedMs: Math.min(state.elapsedMs, state.timeLimitMs),
	};
}
