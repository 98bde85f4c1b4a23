import type {Pack, Question} from '../pack/schema.js';
import {seededRandom, shuffle} from '../random.js';
import type {Grade, Response} from '../questions/response.js';

/** One answered question in a study session. */
export type SessionAnswer = {
	questionId: string;
	response: Response;
	grade: Grade;
	/** Milliseconds from showing the question to the answer. */
	elapsedMs: number;
};

export type SessionState = {
	packId: string;
	questions: Question[];
	index: number;
	phase: 'question' | 'feedback' | 'summary';
	answers: SessionAnswer[];
	startedAt: number;
	/** When the current question was shown. */
	shownAt: number;
	finishedAt: number | undefined;
	/** True when the learner left before the last question. */
	stoppedEarly: boolean;
	seed: number;
};

export type SessionAction =
	| {type: 'answer'; response: Response; grade: Grade; at: number}
	| {type: 'next'; at: number}
	| {type: 'stop'; at: number}
	| {type: 'retry-missed'; at: number};

export function startSession(pack: Pack, options: {seed: number; at: number; questionIds?: readonly string[]}): SessionState {
	const wanted = options.questionIds ? new Set(options.questionIds) : undefined;
	const questions = pack.questions.filter(question => wanted?.has(question.id) ?? true);
	return {
		packId: pack.id,
		questions: shuffle(questions, seededRandom(options.seed)),
		index: 0,
		phase: questions.length === 0 ? 'summary' : 'question',
		answers: [],
		startedAt: options.at,
		shownAt: options.at,
		finishedAt: questions.length === 0 ? options.at : undefined,
		stoppedEarly: false,
		seed: options.seed,
	};
}

export function currentQuestion(state: SessionState): Question | undefined {
	return state.phase === 'summary' ? undefined : state.questions[state.index];
}

export function lastAnswer(state: SessionState): SessionAnswer | undefined {
	return state.answers.at(-1);
}

export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
	switch (action.type) {
		case 'answer': {
			const question = currentQuestion(state);
			if (!question || state.phase !== 'question') return state;
			const answer: SessionAnswer = {
				questionId: question.id,
				response: action.response,
				grade: action.grade,
				elapsedMs: Math.max(0, action.at - state.shownAt),
			};
			return {...state, phase: 'feedback', answers: [...state.answers, answer]};
		}
		case 'next': {
			if (state.phase !== 'feedback') return state;
			const index = state.index + 1;
			if (index >= state.questions.length) return {...state, phase: 'summary', finishedAt: action.at};
			return {...state, index, phase: 'question', shownAt: action.at};
		}
		case 'stop': {
			if (state.phase === 'summary') return state;
			const answeredAll = state.answers.length >= state.questions.length;
			return {...state, phase: 'summary', finishedAt: action.at, stoppedEarly: !answeredAll};
		}
		case 'retry-missed': {
			const missed = missedQuestions(state);
			if (state.phase !== 'summary' || missed.length === 0) return state;
			const seed = state.seed + 1;
			return {
				...state,
				questions: shuffle(missed, seededRandom(seed)),
				index: 0,
				phase: 'question',
				answers: [],
				startedAt: action.at,
				shownAt: action.at,
				finishedAt: undefined,
				stoppedEarly: false,
				seed,
			};
		}
	}
}

export function missedQuestions(state: SessionState): Question[] {
	const missedIds = new Set(state.answers.filter(answer => !answer.grade.correct).map(answer => answer.questionId));
	return state.questions.filter(question => missedIds.has(question.id));
}

export type SessionSummary = {
	answered: number;
	correct: number;
	total: number;
	elapsedMs: number;
	missed: {question: Question; answer: SessionAnswer}[];
};

export function summarize(state: SessionState): SessionSummary {
	const byId = new Map(state.questions.map(question => [question.id, question]));
	const missed = state.answers
		.filter(answer => !answer.grade.correct)
		.flatMap(answer => {
			const question = byId.get(answer.questionId);
			return question ? [{question, answer}] : [];
		});
	return {
		answered: state.answers.length,
		correct: state.answers.filter(answer => answer.grade.correct).length,
		total: state.questions.length,
		elapsedMs: (state.finishedAt ?? state.startedAt) - state.startedAt,
		missed,
	};
}

/** "4m 05s", "38s" */
export function formatDuration(ms: number): string {
	const seconds = Math.round(ms / 1000);
	const minutes = Math.floor(seconds / 60);
	const rest = seconds % 60;
	return minutes > 0 ? `${minutes}m ${String(rest).padStart(2, '0')}s` : `${rest}s`;
}
