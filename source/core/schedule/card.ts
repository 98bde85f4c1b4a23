/**
 * The scheduling vocabulary shared by core, store and UI. Everything here is
 * plain JSON-serialisable data; times are milliseconds since the epoch so a
 * store can keep them as numbers. ts-fsrs types never leave fsrs-adapter.ts.
 */

export type CardState = 'new' | 'learning' | 'review' | 'relearning';

/** FSRS's four answer buttons. */
export type Rating = 'again' | 'hard' | 'good' | 'easy';

export const ratings: readonly Rating[] = ['again', 'hard', 'good', 'easy'];

/** FSRS memory state of one question. */
export type Card = {
	/** When the question is next due. */
	due: number;
	stability: number;
	difficulty: number;
	scheduledDays: number;
	/** Which (re)learning step the card is on. */
	learningSteps: number;
	reps: number;
	lapses: number;
	state: CardState;
	/** Undefined until the first review. */
	lastReview: number | undefined;
};

/** What a learner's progress file keeps per question (keyed by question id). */
export type QuestionRecord = {
	card: Card;
	/** Plain counters kept since the first version of the store. */
	attempts: number;
	correct: number;
	/** Right answers in a row; a wrong answer resets it to 0. */
	streak: number;
	lastAnsweredAt: number;
	lastCorrect: boolean;
	/** Left out of study until unsuspended (a leech the learner set aside). */
	suspended: boolean;
};

/** Where an answer was given. */
export type ReviewSource = 'study' | 'exam' | 'migrated';

/** One answer as the UI reports it to the store. */
export type AnswerInput = {
	questionId: string;
	at: number;
	rating: Rating;
	correct: boolean;
	/** The learner asked for a hint before answering. */
	hinted: boolean;
	/** From showing the question to the answer. */
	durationMs: number;
	source: ReviewSource;
};

/**
 * One line of the review log: one answer, with what the FSRS optimizer reads
 * (question, time, rating, state before the answer, duration) and the record
 * as it was before, so the answer can be undone.
 */
export type ReviewRecord = AnswerInput & {
	/** Unique within the store: `${at}-${packId}-${questionId}` with a counter if needed. */
	id: string;
	packId: string;
	/** The card's state before this answer. */
	state: CardState;
	/** The question's record before this answer; undefined for its first answer. */
	before: QuestionRecord | undefined;
};
