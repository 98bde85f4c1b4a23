import type {AnswerInput, QuestionRecord, ReviewRecord} from '../schedule/card.js';
import type {Scheduler} from './progress.js';

/** One question in a progress file of format 1 (the foundation version): counters only. */
export type QuestionRecordV1 = {attempts: number; correct: number; streak: number; lastAnsweredAt: string; lastCorrect: boolean};

/** A progress file of format 1: counters per question and the latest (at most 20) answers per question. */
export type ProgressFileV1 = {
	formatVersion: 1;
	packId: string;
	questions: Record<string, QuestionRecordV1>;
	log: Record<string, ReadonlyArray<{at: string; correct: boolean}>>;
};

export type MigratedProgress = {
	questions: Record<string, QuestionRecord>;
	/** Every answer format 1 kept, as review log records (source 'migrated'), oldest first. */
	reviews: ReviewRecord[];
};

/** The answers format 1 knew of for one question, oldest first; its last answer when the log lost them all. */
function answersOf(questionId: string, file: ProgressFileV1): Array<{at: number; correct: boolean}> {
	const logged = (Object.hasOwn(file.log, questionId) ? file.log[questionId]! : []).map(entry => ({at: Date.parse(entry.at), correct: entry.correct})).filter(entry => !Number.isNaN(entry.at));
	const counters = Object.hasOwn(file.questions, questionId) ? file.questions[questionId] : undefined;
	if (logged.length === 0 && counters) return [{at: Date.parse(counters.lastAnsweredAt), correct: counters.lastCorrect}];
	return logged.sort((a, b) => a.at - b.at);
}

/**
 * Converts a format 1 file: each question's logged answers are replayed
 * through the scheduler (right → good, wrong → again) to build its FSRS card,
 * while the counters are kept as format 1 had them (they count answers the
 * 20-entry log had already dropped). Review ids are deterministic, so
 * converting the same file twice gives the same records.
 */
export function migrateV1(file: ProgressFileV1, scheduler: Scheduler): MigratedProgress {
	// No prototype: a question may be called "constructor".
	const questions: Record<string, QuestionRecord> = Object.create(null) as Record<string, QuestionRecord>;
	const reviews: ReviewRecord[] = [];
	const ids = new Set<string>();
	const questionIds = [...new Set([...Object.keys(file.questions), ...Object.keys(file.log)])].sort();
	for (const questionId of questionIds) {
		let record: QuestionRecord | undefined;
		for (const {at, correct} of answersOf(questionId, file)) {
			const answer: AnswerInput = {questionId, at, rating: correct ? 'good' : 'again', correct, hinted: false, durationMs: 0, source: 'migrated'};
			const base = `${at}-${file.packId}-${questionId}`;
			let id = base;
			for (let counter = 2; ids.has(id); counter++) id = `${base}-${counter}`;
			ids.add(id);
			reviews.push({id, packId: file.packId, ...answer, state: record?.card.state ?? 'new', before: record});
			record = scheduler(record, answer);
		}
		if (!record) continue;
		const counters = Object.hasOwn(file.questions, questionId) ? file.questions[questionId] : undefined;
		questions[questionId] = counters
			? {
					...record,
					attempts: counters.attempts,
					correct: counters.correct,
					streak: counters.streak,
					lastAnsweredAt: Date.parse(counters.lastAnsweredAt),
					lastCorrect: counters.lastCorrect,
				}
			: record;
	}
	reviews.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
	return {questions, reviews};
}
