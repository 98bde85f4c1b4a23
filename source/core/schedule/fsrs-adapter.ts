/**
 * The one file that imports ts-fsrs: it converts between our plain,
 * JSON-serialisable Card (times in epoch milliseconds, string states) and
 * ts-fsrs's Date/enum card, so its next major version is a change here only.
 */
import {clamp, createEmptyCard, fsrs, generatorParameters, Rating as FsrsRating, S_MAX, S_MIN, State, type Card as FsrsCard, type Grade} from 'ts-fsrs';
import type {Card, CardState, QuestionRecord, Rating} from './card.js';
import type {Scheduler} from '../progress/progress.js';

const toFsrsState: Record<CardState, State> = {
	new: State.New,
	learning: State.Learning,
	review: State.Review,
	relearning: State.Relearning,
};

const fromFsrsState: Record<State, CardState> = {
	[State.New]: 'new',
	[State.Learning]: 'learning',
	[State.Review]: 'review',
	[State.Relearning]: 'relearning',
};

const toGrade: Record<Rating, Grade> = {
	again: FsrsRating.Again,
	hard: FsrsRating.Hard,
	good: FsrsRating.Good,
	easy: FsrsRating.Easy,
};

/**
 * ts-fsrs throws on a review before the last one and on a memory state out of
 * its range. The first happens when the clock is set back or progress comes
 * from a machine whose clock ran ahead; the second only from a hand-edited
 * file. Either would lose the answer, so the card is read as the nearest
 * valid one: last reviewed now at the latest, difficulty 1–10, stability
 * within ts-fsrs's bounds. 0 and 0 is ts-fsrs's "no memory yet" and is kept.
 */
function validFor(card: Card, at: number): Card {
	const lastReview = card.lastReview === undefined ? undefined : Math.min(card.lastReview, at);
	const unset = card.difficulty === 0 && card.stability === 0;
	return {
		...card,
		lastReview,
		difficulty: unset ? 0 : clamp(card.difficulty, 1, 10),
		stability: unset ? 0 : clamp(card.stability, S_MIN, S_MAX),
	};
}

function toFsrsCard(card: Card): FsrsCard {
	return {
		due: new Date(card.due),
		stability: card.stability,
		difficulty: card.difficulty,
		// Deprecated in ts-fsrs 5 and recomputed from last_review; kept for the type.
		elapsed_days: 0,
		scheduled_days: card.scheduledDays,
		learning_steps: card.learningSteps,
		reps: card.reps,
		lapses: card.lapses,
		state: toFsrsState[card.state],
		last_review: card.lastReview === undefined ? undefined : new Date(card.lastReview),
	};
}

function fromFsrsCard(card: FsrsCard): Card {
	return {
		due: card.due.getTime(),
		stability: card.stability,
		difficulty: card.difficulty,
		scheduledDays: card.scheduled_days,
		learningSteps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		state: fromFsrsState[card.state],
		lastReview: card.last_review?.getTime(),
	};
}

/** A card never reviewed, due at once. */
export function newCard(at: number): Card {
	return fromFsrsCard(createEmptyCard(new Date(at)));
}

/** Retrievability reads only the card's stability and last review, which do not depend on the parameters. */
const defaultFsrs = fsrs(generatorParameters());

/** The chance (0..1) of recalling the card at `at`; 0 for a card never reviewed. */
export function retrievability(card: Card, at: number): number {
	if (card.state === 'new' || card.lastReview === undefined) {
		return 0;
	}

	return defaultFsrs.get_retrievability(toFsrsCard(validFor(card, at)), new Date(at), false);
}

/**
 * FSRS with the learner's desired retention, fuzz on by default and ts-fsrs's
 * default learning (1m, 10m) and relearning (10m) steps. ts-fsrs seeds its fuzz
 * from the review time, the reps and the card's memory state, so the same
 * record and answer always give the same next record.
 */
export function createScheduler(options: {retention: number; fuzz?: boolean}): Scheduler {
	const scheduler = fsrs(generatorParameters({request_retention: options.retention, enable_fuzz: options.fuzz ?? true}));
	return (previous: QuestionRecord | undefined, answer): QuestionRecord => {
		const card = previous?.card ?? newCard(answer.at);
		const next = scheduler.next(toFsrsCard(validFor(card, answer.at)), new Date(answer.at), toGrade[answer.rating]);
		const streak = previous?.streak ?? 0;
		return {
			card: fromFsrsCard(next.card),
			attempts: (previous?.attempts ?? 0) + 1,
			correct: (previous?.correct ?? 0) + (answer.correct ? 1 : 0),
			streak: answer.correct ? streak + 1 : 0,
			lastAnsweredAt: answer.at,
			lastCorrect: answer.correct,
			suspended: previous?.suspended ?? false,
		};
	};
}
