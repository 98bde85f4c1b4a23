/** A learner's record for one question, kept per pack and keyed by question id. */
export type QuestionProgress = {
	attempts: number;
	correct: number;
	/** Right answers in a row; a wrong answer resets it to 0. */
	streak: number;
	/** ISO timestamp of the last answer. */
	lastAnsweredAt: string;
	lastCorrect: boolean;
};

export type PackProgress = Record<string, QuestionProgress>;

/** A question counts as mastered after this many right answers in a row. */
export const masteryStreak = 3;

export function applyAnswer(previous: QuestionProgress | undefined, correct: boolean, at: Date): QuestionProgress {
	const base = previous ?? {attempts: 0, correct: 0, streak: 0, lastAnsweredAt: at.toISOString(), lastCorrect: false};
	return {
		attempts: base.attempts + 1,
		correct: base.correct + (correct ? 1 : 0),
		streak: correct ? base.streak + 1 : 0,
		lastAnsweredAt: at.toISOString(),
		lastCorrect: correct,
	};
}

export function isMastered(progress: QuestionProgress | undefined): boolean {
	return (progress?.streak ?? 0) >= masteryStreak;
}

/** Where a learner stands in a pack: counted over its current questions only. */
export type PackStanding = {answered: number; mastered: number; missedLastTime: number};

export function packStanding(progress: PackProgress, questionIds: readonly string[]): PackStanding {
	const records = questionIds.flatMap(questionId => progress[questionId] ?? []);
	return {
		answered: records.length,
		mastered: records.filter(record => isMastered(record)).length,
		missedLastTime: records.filter(record => !record.lastCorrect).length,
	};
}

/** What the UI needs from a progress store; the conf-backed one lives in source/store. */
export type ProgressStore = {
	/** The pack's progress as last read; cheap. */
	read(packId: string): PackProgress;
	/** Records one answer durably before resolving. */
	record(packId: string, questionId: string, correct: boolean, at: Date): Promise<QuestionProgress>;
};
