import type {AnswerInput, QuestionRecord, ReviewRecord} from '../core/schedule/card.js';
import type {ProgressFile, ReviewStamp} from './progress-file.js';

/** A file being changed under the lock: its questions a plain, writable copy. */
export type WritableFile = ProgressFile & {questions: Record<string, QuestionRecord>};

export function writable(file: ProgressFile): WritableFile {
	const questions = Object.create(null) as Record<string, QuestionRecord>;
	// Reflect.ownKeys, not Object.assign: on a file's view that builds each record once, not twice (descriptor, then value).
	for (const id of Reflect.ownKeys(file.questions) as string[]) questions[id] = file.questions[id]!;
	return {...file, questions};
}

/**
 * The id of the next review: `${at}-${packId}-${questionId}` when the answer
 * is later than every answer before it, else that with `~${n}`, n the pack's
 * running count of answers. An answer can carry an earlier time than one
 * already recorded: another process took its time before waiting for the
 * lock. `~` cannot occur in a question id, so the two forms never meet.
 */
export function nextReviewId(stamp: ReviewStamp, answer: AnswerInput, packId: string): {id: string; stamp: ReviewStamp} {
	const count = stamp.count + 1;
	const base = `${answer.at}-${packId}-${answer.questionId}`;
	return {id: answer.at > stamp.at ? base : `${base}~${count}`, stamp: {at: Math.max(stamp.at, answer.at), count}};
}

/** Whether the question's record is still the one this review produced, so restoring `before` loses nothing after it. */
export function isLatest(review: ReviewRecord, current: QuestionRecord | undefined): boolean {
	return current !== undefined && current.lastAnsweredAt === review.at && current.attempts === (review.before?.attempts ?? 0) + 1;
}

/** A question set aside before it was ever answered: a card as FSRS starts one. */
export function unansweredRecord(at: number): QuestionRecord {
	return {
		card: {due: at, stability: 0, difficulty: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0, state: 'new', lastReview: undefined},
		attempts: 0,
		correct: 0,
		streak: 0,
		lastAnsweredAt: 0,
		lastCorrect: false,
		suspended: false,
	};
}
