import {render, useApp} from 'ink';
import type {ExamCommand} from '../cli/parse-exam.js';
import {planExam, type ExamPlan} from '../commands/exam-command.js';
import type {CommandIo} from '../commands/io.js';
import {loadLibrary, loadStudySettings} from '../commands/library.js';
import type {ExamAttempt} from '../core/exam/exam-attempt.js';
import type {ExamStore} from '../core/exam/exam-store.js';
import {savedStanding, type SavedExam} from '../core/exam/saved-exam.js';
import type {ProgressStore} from '../core/progress/progress.js';
import {createExamStore} from '../store/exam-store.js';
import {ErrorBoundary} from './components/error-boundary.js';
import {ExitOnInterrupt} from './components/exit-on-interrupt.js';
import {randomSeed} from '../core/random.js';
import {ExamScreen} from './screens/exam/exam-screen.js';
import {createWriteTracker, trackExamWrites, trackProgressWrites} from './write-tracker.js';
import {errorMessage} from '../core/text/error-message.js';

export type ExamTerminal = {stdin: NodeJS.ReadStream; stdout: NodeJS.WriteStream};

/**
 * `factdrill exam`: loads the packs, offers to resume an unfinished exam,
 * draws the screen and waits until every write is on disk. With --json the
 * last result is printed on stdout; when stdout is not a terminal the
 * screen is drawn on stderr. Exit 0 when passed (or left to resume later),
 * 1 when not passed, 130 after Ctrl+C.
 */
export async function runExam(command: ExamCommand, io: CommandIo, terminal: ExamTerminal = {stdin: process.stdin, stdout: process.stdout}): Promise<number> {
	// Raw mode from the start: a key pressed while packs load is kept for the first screen, not echoed and lost.
	terminal.stdin.setRawMode(true);
	try {
		return await loadAndRender(command, io, terminal);
	} finally {
		terminal.stdin.setRawMode(false);
	}
}

async function loadAndRender(command: ExamCommand, io: CommandIo, terminal: ExamTerminal): Promise<number> {
	const entries = await loadLibrary(io.env, command.packFiles);
	const plan = await planExam(command, entries, io.cwd);
	if ('problem' in plan) {
		io.stderr(`factdrill: ${plan.problem}\n`);
		return plan.code;
	}
	const warn = (message: string) => io.stderr(`factdrill: ${message}\n`);
	const writes = createWriteTracker();
	const examStore = trackExamWrites(createExamStore({env: io.env, onWarning: warn}), writes);
	const resume = examStore.inProgress();
	const opened = command.countForReview || resume?.countForReview ? await openProgressStore(io, plan, resume, warn) : undefined;
	const progressStore = opened && trackProgressWrites(opened, writes);

	const finished: Array<{attempt: ExamAttempt; saved: Promise<void>}> = [];
	let interrupted = false;
	const instance = render(
		<ExitOnInterrupt onInterrupt={() => (interrupted = true)}>
			<ErrorBoundary>
				<ExamRoot
					plan={plan}
					resume={resume}
					examStore={examStore}
					progressStore={progressStore}
					seed={command.seed ?? randomSeed()}
					onFinished={(attempt, saved) => finished.push({attempt, saved})}
				/>
			</ErrorBoundary>
		</ExitOnInterrupt>,
		{exitOnCtrlC: false, stdin: terminal.stdin, stdout: terminal.stdout},
	);
	let code = 0;
	try {
		await instance.waitUntilExit();
	} catch (error) {
		io.stderr(`factdrill: ${errorMessage(error)}\n`);
		code = 1;
	}
	await Promise.allSettled(finished.map(entry => entry.saved));
	if ((await writes.settled()) > 0) {
		io.stderr('factdrill: the exam could not be saved; see the messages above.\n');
		code = 1;
	}
	const last = finished.at(-1)?.attempt;
	const unfinished = examStore.inProgress();
	if (unfinished) io.stderr(`factdrill: ${resumeHint(unfinished)}\n`);
	if (command.json && last) io.stdout(`${JSON.stringify(last, undefined, 2)}\n`);
	if (interrupted && code === 0) return 130;
	if (code === 0 && last && !last.passed) return 1;
	return code;
}

function ExamRoot(props: {
	plan: ExamPlan;
	resume: SavedExam | undefined;
	examStore: ExamStore;
	progressStore: ProgressStore | undefined;
	seed: number;
	onFinished: (attempt: ExamAttempt, saved: Promise<void>) => void;
}) {
	const {exit} = useApp();
	return (
		<ExamScreen
			packs={props.plan.packs}
			library={props.plan.library}
			options={props.plan.options}
			resume={props.resume}
			examStore={props.examStore}
			progressStore={props.progressStore}
			now={Date.now}
			seed={props.seed}
			onExit={() => exit()}
			onFinished={props.onFinished}
		/>
	);
}

function resumeHint(saved: SavedExam): string {
	return `the exam is saved (${savedStanding(saved)}); run factdrill exam to resume it.`;
}

/** Only for --count-for-review (or an unfinished exam that had it): study settings and the progress files. */
async function openProgressStore(io: CommandIo, plan: ExamPlan, resume: SavedExam | undefined, warn: (message: string) => void): Promise<ProgressStore> {
	const [{createScheduler}, {createProgressStore}] = await Promise.all([import('../core/schedule/fsrs-adapter.js'), import('../store/progress-store.js')]);
	const settings = await loadStudySettings(io.env, warn);
	const store = createProgressStore({env: io.env, scheduler: createScheduler({retention: settings.retention}), onWarning: warn});
	const packIds = [...new Set([...plan.packs.map(pack => pack.id), ...(resume?.packIds ?? [])])];
	for (const notice of await store.upgrade(packIds)) warn(notice);
	return store;
}
