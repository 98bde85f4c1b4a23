/**
 * One finished exam as history keeps it: enough to show the result screen
 * again, chart scores over time and retake the missed questions.
 */
export type ExamAnswerRecord = {
	packId: string;
	questionId: string;
	/** Undefined when the question was left unanswered. */
	correct: boolean | undefined;
	flagged: boolean;
	/** What the learner gave and what was right, as lines (from the grade). */
	given: string | undefined;
	expected: string;
};

export type ExamAttempt = {
	id: string;
	packIds: string[];
	tags: string[];
	startedAt: number;
	finishedAt: number;
	/** Time allowed; undefined for an untimed exam. */
	timeLimitMs: number | undefined;
	timeUsedMs: number;
	/** How it ended: submitted by the learner or by the clock. */
	ending: 'submitted' | 'time-up';
	passMark: number;
	/** 0–100, right answers over all questions (unanswered count as wrong). */
	score: number;
	passed: boolean;
	countedForReview: boolean;
	seed: number;
	answers: ExamAnswerRecord[];
};
