import {Box, Text} from 'ink';
import {useLayoutEffect, useMemo, useRef, useState} from 'react';
import type {ExamAttempt} from '../../../core/exam/exam-attempt.js';
import {examReducer} from '../../../core/exam/exam-reducer.js';
import {examResult} from '../../../core/exam/exam-result.js';
import {retakeMissed, startExam, type ExamState} from '../../../core/exam/exam-state.js';
import type {ExamStore} from '../../../core/exam/exam-store.js';
import {resumeExam, toSavedExam, type SavedExam} from '../../../core/exam/saved-exam.js';
import type {Pack} from '../../../core/pack/schema.js';
import type {ProgressStore} from '../../../core/progress/progress.js';
import type {Response} from '../../../core/questions/response.js';
import {errorMessage} from '../../../core/text/error-message.js';
import {questionTakesText} from '../../components/questions/index.js';
import {useKeys} from '../../hooks/use-keys.js';
import {compactRows, useTerminalSize} from '../../hooks/use-terminal-size.js';
import {bindings} from '../../keys.js';
import {useTheme} from '../../theme.js';
import {ExamQuestionView} from './exam-question-view.js';
import {ExamResultView} from './exam-result-view.js';
import {droppedNotice, shortNotice} from './notices.js';
import {ResumePrompt} from './resume-prompt.js';
import {useExamSession} from './use-exam-session.js';

export type ExamScreenOptions = {
	/** Questions to draw; fewer when the packs have fewer. */
	count: number;
	timeLimitMs: number;
	/** Pass mark in percent. */
	passMark: number;
	/** Only questions with one of these tags (or in a pack with one); none: every question. */
	tags: readonly string[];
	/** Record the answers in the review schedule at the end (needs progressStore). */
	countForReview: boolean;
};

export type ExamScreenProps = {
	/** The packs a new exam draws from. */
	packs: readonly Pack[];
	options: ExamScreenOptions;
	/** An unfinished exam to offer first; "n" discards it and starts a new one. */
	resume?: SavedExam | undefined;
	/** Every loaded pack, to find a resumed exam's questions in; default `packs`. */
	library?: readonly Pack[];
	examStore: ExamStore;
	progressStore?: ProgressStore | undefined;
	now: () => number;
	seed: number;
	/** How often the countdown is brought up to date; default every second. */
	tickMs?: number;
	/** "h home" on the result screen, and where Esc goes; without it Esc and the result screen exit. */
	onHome?: (() => void) | undefined;
	onExit: () => void;
	/** Told when an exam ends (each retake too); `saved` settles once history is written. */
	onFinished?: ((attempt: ExamAttempt, saved: Promise<void>) => void) | undefined;
};

/** A timed exam: (resume?) → questions, with no feedback until the end → result with a review of every question. */
export function ExamScreen({packs, options, resume, library, examStore, progressStore, now, seed, tickMs = 1000, onHome, onExit, onFinished}: ExamScreenProps) {
	const theme = useTheme();
	const {columns, rows} = useTerminalSize();
	const compact = rows < compactRows;
	const [asking, setAsking] = useState(resume !== undefined);
	const newExam = () => startExam(packs, {...options, seed}, now());
	// Drawn once, on the first render: the exam the screen opens on when there is nothing to resume.
	const [first] = useState(() => (resume === undefined ? newExam() : undefined));
	const [notice, setNotice] = useState<string | undefined>(() => (first ? shortNotice(first) : undefined));
	const [retakes, setRetakes] = useState(0);
	const session = useExamSession({initial: () => first, examStore, progressStore, now, tickMs, running: !asking, onFinished});
	const {exam, dispatch} = session;
	const leave = onHome ?? onExit;

	const begin = (state: ExamState, message: string | undefined) => {
		dispatch({type: 'replace', state});
		setNotice(message);
		setAsking(false);
	};
	const startNew = (message?: string) => {
		const state = newExam();
		begin(state, [message, shortNotice(state)].filter(Boolean).join(' ') || undefined);
	};

	const answer = (response: Response) => {
		setNotice(undefined);
		dispatch({type: 'answer', response, at: now()});
	};

	// Set when saving the exam for later failed on Esc: the next Esc leaves without it, any other key stays.
	const [unsavedLeave, setUnsavedLeave] = useState(false);

	// ink re-attaches key handlers only after a render's effects run; a key right behind another must see the new state.
	const latest = useRef({exam, asking, unsavedLeave});
	useLayoutEffect(() => {
		latest.current = {exam, asking, unsavedLeave};
	});

	useKeys((input, key) => {
		const {exam: current, asking: isAsking, unsavedLeave: leavingUnsaved} = latest.current;
		if (isAsking && resume) {
			if (bindings.yes.matches(input, key)) {
				const resumed = resumeExam(resume, library ?? packs, now());
				if (resumed.items.length > 0) begin(resumed, droppedNotice(resumed));
				else {
					void examStore.clearInProgress();
					startNew('None of the unfinished exam\'s questions are in the packs any more; this is a new exam.');
				}
			} else if (input === 'n' || input === 'N') {
				void examStore.clearInProgress();
				startNew();
			} else if (key.escape) leave();
			return;
		}
		if (!current || current.phase === 'finished') return;
		if (current.items.length === 0) {
			if (bindings.quit.matches(input, key)) leave();
			return;
		}
		const at = now();
		// The reducer ignores these unless it is asking, so a key right behind Ctrl+S cannot meet a stale phase.
		if (bindings.yes.matches(input, key)) dispatch({type: 'confirm-submit', at});
		else if (bindings.no.matches(input, key)) dispatch({type: 'cancel-submit', at});
		if (current.phase === 'confirm-submit') return;
		const item = current.items[current.index];
		const typing = item !== undefined && questionTakesText(item.question);
		const next = typing ? bindings.nextQuestionWhileTyping : bindings.nextQuestion;
		const previous = typing ? bindings.previousQuestionWhileTyping : bindings.previousQuestion;
		if (bindings.leaveExam.matches(input, key)) {
			const upToNow = examReducer(current, {type: 'tick', at});
			// Time ran out this instant: the result, not a saved exam.
			if (upToNow.phase === 'finished') dispatch({type: 'tick', at});
			else if (leavingUnsaved) leave();
			else {
				examStore.saveInProgress(toSavedExam(upToNow, at)).then(leave, (error: unknown) => {
					setUnsavedLeave(true);
					setNotice(`! Esc again leaves without saving; any other key stays. The exam could not be saved to resume later: ${errorMessage(error)}.`);
				});
			}
			return;
		}
		if (leavingUnsaved) {
			setUnsavedLeave(false);
			setNotice(undefined);
		}
		const action = bindings.flag.matches(input, key)
			? ('toggle-flag' as const)
			: bindings.submitExam.matches(input, key)
				? ('request-submit' as const)
				: next.matches(input, key)
					? ('next' as const)
					: previous.matches(input, key)
						? ('previous' as const)
						: undefined;
		if (!action) return;
		setNotice(undefined);
		dispatch({type: action, at});
	});

	const attempt = useMemo(() => (exam?.phase === 'finished' ? examResult(exam) : undefined), [exam]);

	if (asking && resume) return <ResumePrompt saved={resume} columns={columns} compact={compact} />;
	if (!exam) return null;
	if (exam.items.length === 0) {
		return (
			<Box flexDirection="column" paddingX={compact ? 0 : 1} width={columns}>
				<Text wrap="wrap">{shortNotice(exam) ?? 'There are no questions to ask.'}</Text>
				<Text color={theme.muted}>{bindings.quit.label}</Text>
			</Box>
		);
	}
	if (attempt) {
		const retake = attempt.answers.some(given => !given.correct)
			? () => {
					const next = retakeMissed(exam, now(), seed + retakes + 1);
					if (!next) return;
					setRetakes(retakes + 1);
					begin(next, undefined);
				}
			: undefined;
		return (
			<ExamResultView
				key={exam.id}
				state={exam}
				attempt={attempt}
				packs={library ?? packs}
				notes={session.notes}
				columns={columns}
				rows={rows}
				compact={compact}
				onRetake={retake}
				onHome={onHome}
				onQuit={onExit}
			/>
		);
	}
	return (
		<ExamQuestionView
			state={exam}
			columns={columns}
			rows={rows}
			compact={compact}
			// The warning that Esc will leave unsaved is the one that matters then.
			notice={unsavedLeave ? notice : (session.saveProblem ?? notice)}
			onAnswer={answer}
		/>
	);
}
