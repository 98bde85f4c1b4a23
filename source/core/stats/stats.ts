import type {ExamAttempt} from '../exam/exam-attempt.js';
import type {PackProgress} from '../progress/progress.js';
import type {ReviewRecord} from '../schedule/card.js';
import type {StudySettings} from '../schedule/settings.js';

/** What the stats need of a pack: a Pack fits. */
export type StatsPack = {
	id: string;
	title: string;
	questions: ReadonlyArray<{id: string; prompt: string; tags?: readonly string[] | undefined}>;
};

export type StatsPackInput = {
	pack: StatsPack;
	progress: PackProgress;
	/** The pack's review log, any order. */
	reviews: readonly ReviewRecord[];
};

export type StatsInput = {
	packs: readonly StatsPackInput[];
	exams: readonly ExamAttempt[];
	now: number;
	settings: Pick<StudySettings, 'leechLapses'>;
};

/** Right answers over answers; `share` is right / answered, null when nothing was answered. */
export type Accuracy = {right: number; answered: number; share: number | null};

/** One local calendar day (YYYY-MM-DD, see dayKey). */
export type DayReviews = {day: string; reviews: number; right: number};

export type DayForecast = {day: string; due: number};

export type StateCounts = {new: number; learning: number; review: number; suspended: number};

export type ExamSummary = {
	id: string;
	/** When it was submitted, ms since the epoch, and its local day. */
	finishedAt: number;
	day: string;
	packIds: string[];
	/** The packs' titles where they are still in the library, else their ids. */
	packTitles: string[];
	questions: number;
	right: number;
	/** 0–100. */
	score: number;
	passMark: number;
	passed: boolean;
	timeUsedMs: number;
	timeLimitMs: number | null;
	ending: 'submitted' | 'time-up';
};

export type Streak = {
	/** Days in a row up to today, or up to yesterday when nothing is done today yet. */
	current: number;
	longest: number;
	/** The last day with a review, null before the first. */
	lastDay: string | null;
	/** How a day is counted, to show beside the numbers. */
	rule: string;
};

export type Leech = {packId: string; questionId: string; prompt: string; lapses: number; suspended: boolean};

/**
 * Everything the stats screen and `factdrill stats` show; plain JSON, and
 * exactly what `factdrill stats --json` prints. Days are the learner's local
 * calendar days (YYYY-MM-DD); times are ms since the epoch.
 */
export type Stats = {
	/** The `now` the stats were computed at, and its day. */
	generatedAt: number;
	today: string;
	totals: {packs: number; questions: number; reviews: number; exams: number};
	/** The last 30 days, oldest first; the last entry is today. */
	reviewsPerDay: DayReviews[];
	/**
	 * Of the answers to questions that were in review (not new, not in
	 * learning) when answered, the share that were right, over the last 7 and
	 * 30 days (today included).
	 */
	trueRetention: {last7: Accuracy; last30: Accuracy};
	/** The next 14 days from today; day 0 also holds everything overdue. Suspended questions are left out. */
	forecast: DayForecast[];
	/**
	 * The packs' current questions by state, each counted once: suspended
	 * first, then new (never answered), learning (learning and relearning), review.
	 */
	countsByState: StateCounts;
	/** From the review log: every pack (in library order) and every tag with answers (by name). */
	accuracy: {
		packs: Array<{packId: string; title: string} & Accuracy>;
		tags: Array<{tag: string} & Accuracy>;
	};
	/** Finished exams, newest first. */
	exams: ExamSummary[];
	streak: Streak;
	/** The lapse count that makes a leech, and the leeches: most lapses first. */
	leechLapses: number;
	leeches: Leech[];
};

export const streakRule = 'A day counts when at least one review is done; today counts once you review.';
