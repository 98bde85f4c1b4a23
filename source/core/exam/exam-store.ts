import type {ExamAttempt} from './exam-attempt.js';
import type {SavedExam} from './saved-exam.js';

/** What the exam screen and commands need from the exam store; the conf-backed one lives in source/store. */
export type ExamStore = {
	/** Every finished exam, oldest first. */
	history(): ExamAttempt[];
	/** Adds an attempt to history durably; adding one whose id is already there changes nothing. */
	append(attempt: ExamAttempt): Promise<void>;
	/** The exam left unfinished, if any. */
	inProgress(): SavedExam | undefined;
	/** Replaces the unfinished exam; writes are applied in the order they are called. */
	saveInProgress(saved: SavedExam): Promise<void>;
	/** Forgets the unfinished exam (after it was submitted, or the learner chose not to resume it). */
	clearInProgress(): Promise<void>;
};
