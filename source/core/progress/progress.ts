import type {AnswerInput, QuestionRecord, ReviewRecord} from '../schedule/card.js';
import {dayKey} from '../schedule/day.js';

/** Answers given in one pack on one day, for the daily limits. */
export type DayCounts = {day: string; newDone: number; reviewsDone: number};

/** A learner's progress in one pack, as the store last read it. */
export type PackProgress = {
	/** Keyed by question id. Ids of questions no longer in the pack stay: a teacher may restore them. */
	questions: Readonly<Record<string, QuestionRecord>>;
	/** Today's counts (a `day` other than today means nothing was done today). */
	today: DayCounts;
};

/** Turns one answer into the question's next record (FSRS card and counters); pure. */
export type Scheduler = (previous: QuestionRecord | undefined, answer: AnswerInput) => QuestionRecord;

/** What the UI and commands need from a progress store; the conf-backed one lives in source/store. */
export type ProgressStore = {
	/** The pack's progress as last read; cheap after the first call. */
	read(packId: string): PackProgress;
	/**
	 * Records one answer durably before resolving: the question's next record
	 * and a line in the review log. `replaces` names an earlier review of the
	 * same question to take back in the same step (the learner changed the grade).
	 */
	record(packId: string, answer: AnswerInput, options?: {replaces?: string}): Promise<ReviewRecord>;
	/** Takes back one review: the question's record returns to what it was before it. */
	undo(packId: string, reviewId: string): Promise<void>;
	/** Sets a question aside from study (a leech), or brings it back. */
	setSuspended(packId: string, questionId: string, suspended: boolean): Promise<void>;
	/** The pack's review log, oldest first, without undone answers. */
	reviews(packId: string): Promise<ReviewRecord[]>;
};

/** Nothing counted yet; its empty day matches no real day. */
export function emptyDayCounts(): DayCounts {
	return {day: '', newDone: 0, reviewsDone: 0};
}

/** The counts for `day`: the stored ones if they are that day's, else none yet (a new day starts from 0). */
export function countsOn(today: DayCounts, day: string): DayCounts {
	return today.day === day ? today : {day, newDone: 0, reviewsDone: 0};
}

/** Today's counts after one more answer: a first answer (state 'new') is a new question, any other a review; a new day starts from 0. */
export function countAnswer(today: DayCounts, review: Pick<ReviewRecord, 'at' | 'state'>): DayCounts {
	const base = countsOn(today, dayKey(review.at));
	return review.state === 'new' ? {...base, newDone: base.newDone + 1} : {...base, reviewsDone: base.reviewsDone + 1};
}

/** Takes back countAnswer for an undone answer; an answer from another day no longer counts, so nothing changes. */
export function uncountAnswer(today: DayCounts, review: Pick<ReviewRecord, 'at' | 'state'>): DayCounts {
	if (today.day !== dayKey(review.at)) {
		return today;
	}

	return review.state === 'new'
		? {...today, newDone: Math.max(0, today.newDone - 1)}
		: {...today, reviewsDone: Math.max(0, today.reviewsDone - 1)};
}

/** A question in review whose memory lasts this long (FSRS stability, in days) counts as mastered. */
export const masteredStabilityDays = 21;

/** Where a learner stands in a pack: counted over its current questions only. */
export type PackStanding = {answered: number; mastered: number; missedLastTime: number};

export function isMastered(record: QuestionRecord): boolean {
	return record.card.state === 'review' && record.card.stability >= masteredStabilityDays;
}

export function packStanding(progress: PackProgress, questionIds: readonly string[]): PackStanding {
	const records = questionIds.flatMap(questionId => {
		const record = progress.questions[questionId];
		return record && record.attempts > 0 ? [record] : [];
	});
	return {
		answered: records.length,
		mastered: records.filter(record => isMastered(record)).length,
		missedLastTime: records.filter(record => !record.lastCorrect).length,
	};
}

const minuteMs = 60 * 1000;
const hourMs = 60 * minuteMs;
const dayMs = 24 * hourMs;

/** A wait in words, for "Nothing due — next review in 3 h": minutes under an hour, hours under a day, then days. */
export function formatUntil(ms: number): string {
	if (ms <= 0) {
		return 'now';
	}

	const minutes = Math.ceil(ms / minuteMs);
	if (minutes < 60) {
		return `in ${minutes} min`;
	}

	const hours = Math.round(ms / hourMs);
	if (hours < 24) {
		return `in ${hours} h`;
	}

	const days = Math.round(ms / dayMs);
	return days === 1 ? 'in 1 day' : `in ${days} days`;
}
