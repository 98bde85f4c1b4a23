import type {Pack} from '../pack/schema.js';
import type {Grade, Response} from '../questions/response.js';
import {drawExam, type ExamItem} from './draw.js';

export type {ExamItem} from './draw.js';

/** An answer as given: graded at once, but the grade is only shown on the result screen. */
export type GivenAnswer = {
	response: Response;
	grade: Grade;
	at: number;
	/** From showing the question to this answer (for the review schedule's rating). */
	durationMs: number;
};

/** answering → (confirm-submit ↔ answering) → finished. */
export type ExamPhase = 'answering' | 'confirm-submit' | 'finished';

export type ExamSettings = {
	passMark: number;
	timeLimitMs: number;
	tags: readonly string[];
	seed: number;
	countForReview: boolean;
};

export type ExamState = {
	id: string;
	packIds: string[];
	tags: string[];
	seed: number;
	passMark: number;
	timeLimitMs: number;
	countForReview: boolean;
	startedAt: number;
	items: ExamItem[];
	/** By position; undefined until answered. */
	answers: Array<GivenAnswer | undefined>;
	flags: boolean[];
	index: number;
	/**
	 * Time used so far. It only grows while the exam is on screen: each
	 * action adds the time since `clockAt`, and a resumed exam starts a new
	 * `clockAt`, so time does not run while factdrill is closed.
	 */
	elapsedMs: number;
	clockAt: number;
	/** When the current question was shown. */
	shownAt: number;
	phase: ExamPhase;
	ending: 'submitted' | 'time-up' | undefined;
	finishedAt: number | undefined;
	/** Questions asked for; more than items.length when the packs had fewer. */
	requested: number;
	/** Questions of a resumed exam that its packs no longer have. */
	dropped: number;
};

/** An exam over the given items, starting now. */
export function examOf(items: ExamItem[], settings: ExamSettings, at: number, requested = items.length): ExamState {
	return {
		id: `${at.toString(36)}-${(settings.seed >>> 0).toString(36)}`,
		packIds: [...new Set(items.map(item => item.packId))],
		tags: [...settings.tags],
		seed: settings.seed,
		passMark: settings.passMark,
		timeLimitMs: settings.timeLimitMs,
		countForReview: settings.countForReview,
		startedAt: at,
		items,
		answers: items.map(() => undefined),
		flags: items.map(() => false),
		index: 0,
		elapsedMs: 0,
		clockAt: at,
		shownAt: at,
		phase: 'answering',
		ending: undefined,
		finishedAt: undefined,
		requested,
		dropped: 0,
	};
}

/** Draws `count` questions from the packs (see drawExam) and starts the exam. */
export function startExam(packs: readonly Pack[], options: ExamSettings & {count: number}, at: number): ExamState {
	const {items} = drawExam(packs, {count: options.count, tags: options.tags, seed: options.seed});
	const state = examOf(items, options, at, options.count);
	// The chosen packs, even one that had no question with the tags.
	return {...state, packIds: packs.map(pack => pack.id)};
}

/**
 * A new exam of the questions a finished one missed (wrong or unanswered),
 * with the same time per question (at least a minute) and pass mark.
 */
export function retakeMissed(state: ExamState, at: number, seed: number): ExamState | undefined {
	const missed = state.items.filter((_, index) => !state.answers[index]?.grade.correct);
	if (missed.length === 0) return undefined;
	const perQuestion = state.timeLimitMs / Math.max(1, state.items.length);
	const timeLimitMs = Math.max(60_000, Math.ceil((perQuestion * missed.length) / 1000) * 1000);
	return examOf(missed, {passMark: state.passMark, timeLimitMs, tags: state.tags, seed, countForReview: state.countForReview}, at);
}

export function remainingMs(state: ExamState): number {
	return Math.max(0, state.timeLimitMs - state.elapsedMs);
}

export function answeredCount(state: ExamState): number {
	return state.answers.filter(answer => answer !== undefined).length;
}

export function flaggedCount(state: ExamState): number {
	return state.flags.filter(Boolean).length;
}

export function unansweredCount(state: ExamState): number {
	return state.items.length - answeredCount(state);
}
