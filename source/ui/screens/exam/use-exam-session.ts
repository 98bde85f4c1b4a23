import {useEffect, useReducer, useRef, useState} from 'react';
import {examReducer, type ExamAction} from '../../../core/exam/exam-reducer.js';
import {examResult} from '../../../core/exam/exam-result.js';
import type {ExamState} from '../../../core/exam/exam-state.js';
import type {ExamStore} from '../../../core/exam/exam-store.js';
import type {ExamAttempt} from '../../../core/exam/exam-attempt.js';
import {reviewAnswers} from '../../../core/exam/review-answers.js';
import {toSavedExam} from '../../../core/exam/saved-exam.js';
import type {ProgressStore} from '../../../core/progress/progress.js';
import {plural} from '../../../core/text/plural.js';
import {errorMessage} from '../../../core/text/error-message.js';

type Action = ExamAction | {type: 'replace'; state: ExamState};

function screenReducer(state: ExamState | undefined, action: Action): ExamState | undefined {
	if (action.type === 'replace') return action.state;
	return state ? examReducer(state, action) : state;
}

export type ResultNote = {text: string; warning: boolean};

type Options = {
	/** The exam to start with; undefined while the resume question waits for an answer. */
	initial: () => ExamState | undefined;
	examStore: ExamStore;
	progressStore: ProgressStore | undefined;
	now: () => number;
	tickMs: number;
	/** False while the resume question is on screen: the clock waits. */
	running: boolean;
	/** Told at once when an exam ends; `saved` settles when history (and review) writes are done. */
	onFinished: ((attempt: ExamAttempt, saved: Promise<void>) => void) | undefined;
};

/** Saves the exam in progress after more than this much time without another change. */
const saveEveryMs = 5000;


/**
 * The exam's state, with its side effects: the clock ticking, the exam in
 * progress saved on every change (and every few seconds of time used), and
 * at the end the attempt kept in history and, if asked, its answers
 * recorded for review.
 */
export function useExamSession({initial, examStore, progressStore, now, tickMs, running, onFinished}: Options) {
	const [exam, dispatch] = useReducer(screenReducer, undefined, initial);
	const [saveProblem, setSaveProblem] = useState<string | undefined>();
	const [notes, setNotes] = useState<ResultNote[]>([]);
	const ticking = running && exam !== undefined && exam.phase !== 'finished';

	useEffect(() => {
		if (!ticking) return;
		const timer = setInterval(() => dispatch({type: 'tick', at: now()}), tickMs);
		return () => clearInterval(timer);
	}, [ticking, now, tickMs]);

	const lastSaved = useRef<ExamState | undefined>(undefined);
	useEffect(() => {
		if (!exam || exam.phase === 'finished' || exam.items.length === 0) return;
		const last = lastSaved.current;
		const same = last?.id === exam.id && last.answers === exam.answers && last.flags === exam.flags && last.index === exam.index;
		if (same && exam.elapsedMs - last.elapsedMs < saveEveryMs) return;
		lastSaved.current = exam;
		examStore.saveInProgress(toSavedExam(exam, now())).then(
			() => setSaveProblem(undefined),
			(error: unknown) => setSaveProblem(`! Progress not saved: ${errorMessage(error)}`),
		);
	}, [exam, examStore, now]);

	const finished = useRef(new Set<string>());
	useEffect(() => {
		if (exam?.phase !== 'finished' || finished.current.has(exam.id)) return;
		finished.current.add(exam.id);
		const attempt = examResult(exam);
		setNotes([]);
		const note = (text: string, warning = false) => setNotes(current => [...current, {text, warning}]);
		const saved = (async () => {
			try {
				await examStore.append(attempt);
				await examStore.clearInProgress();
			} catch (error) {
				note(`! Not saved in your exam history: ${errorMessage(error)}`, true);
			}
			if (exam.countForReview && progressStore) {
				const answers = reviewAnswers(exam);
				let recorded = 0;
				try {
					for (const {packId, answer} of answers) {
						await progressStore.record(packId, answer);
						recorded++;
					}
					note(`Counted for review: ${plural(recorded, 'answer')}.`);
				} catch (error) {
					note(`! Only ${recorded} of ${answers.length} answers were counted for review: ${errorMessage(error)}`, true);
				}
			} else {
				note('Your review schedule is unchanged.');
			}
		})();
		onFinished?.(attempt, saved);
	}, [exam, examStore, progressStore, onFinished]);

	return {exam, dispatch, saveProblem, notes};
}
