import {readFileSync} from 'node:fs';
import {stripVTControlCharacters} from 'node:util';
import {render} from 'ink-testing-library';
import type {ExamAttempt} from '../../../../source/core/exam/exam-attempt.js';
import type {ExamStore} from '../../../../source/core/exam/exam-store.js';
import type {SavedExam} from '../../../../source/core/exam/saved-exam.js';
import {parsePack} from '../../../../source/core/pack/parse.js';
import type {Pack, Question} from '../../../../source/core/pack/schema.js';
import type {AnswerInput} from '../../../../source/core/schedule/card.js';
import type {ProgressStore} from '../../../../source/core/progress/progress.js';
import {ExamScreen, type ExamScreenProps} from '../../../../source/ui/screens/exam/exam-screen.js';
import {createTheme, ThemeContext} from '../../../../source/ui/theme.js';
import {fakeClock, keyDriver, keys, resize, tick, until, type Size} from '../../questions/helpers.js';

export {keys, tick, until} from '../../questions/helpers.js';

/** What terminals send for the exam's keys. */
export const examKeys = {
	...keys,
	pageDown: '\u001B[6~',
	pageUp: '\u001B[5~',
	flag: '\u0007',
	submit: '\u0013',
} as const;

export function examPack(): Pack {
	const file = 'test/fixtures/packs/exam-civics.yaml';
	const {pack} = parsePack(readFileSync(new URL(`../../../../${file}`, import.meta.url), 'utf8'), file);
	if (!pack) throw new Error(`${file} does not parse`);
	return pack;
}

/** An exam store in memory that remembers everything written to it. */
export function memoryExamStore(saved?: SavedExam) {
	const state = {history: [] as ExamAttempt[], inProgress: saved, saves: 0, clears: 0};
	const store: ExamStore = {
		history: () => [...state.history],
		async append(attempt) {
			if (!state.history.some(earlier => earlier.id === attempt.id)) state.history.push(attempt);
		},
		inProgress: () => state.inProgress,
		async saveInProgress(next) {
			state.saves++;
			state.inProgress = structuredClone(next);
		},
		async clearInProgress() {
			state.clears++;
			state.inProgress = undefined;
		},
	};
	return {store, state};
}

/** A progress store that only records what it is told (for --count-for-review). */
export function recordingProgressStore() {
	const recorded: Array<{packId: string; answer: AnswerInput}> = [];
	const store = {
		read: () => ({questions: {}, today: {day: '', newDone: 0, reviewsDone: 0}}),
		async record(packId: string, answer: AnswerInput) {
			recorded.push({packId, answer});
			return {...answer, id: String(recorded.length), packId, state: 'new' as const, before: undefined};
		},
		undo: async () => undefined,
		setSuspended: async () => undefined,
		reviews: async () => [],
	} satisfies ProgressStore;
	return {store, recorded};
}

export {fakeClock, type Size} from '../../questions/helpers.js';

type Options = Partial<ExamScreenProps> & {size?: Size; noColor?: boolean};

/** Renders the exam screen on the fixture pack with a fake clock and an in-memory store. */
export async function renderExam(t: {teardown: (fn: () => void) => void}, options: Options = {}) {
	const clock = fakeClock();
	const memory = memoryExamStore();
	const exits = {home: 0, exit: 0};
	const finished: ExamAttempt[] = [];
	const {size = {columns: 80, rows: 24}, noColor = false, ...props} = options;
	const instance = render(<></>);
	resize(instance.stdout, size);
	instance.rerender(
		<ThemeContext.Provider value={createTheme(noColor ? {NO_COLOR: '1'} : {})}>
			<ExamScreen
				packs={[examPack()]}
				options={{count: 4, timeLimitMs: 60_000, passMark: 60, tags: [], countForReview: false}}
				examStore={memory.store}
				now={clock.now}
				seed={3}
				tickMs={15}
				onHome={() => exits.home++}
				onExit={() => exits.exit++}
				onFinished={attempt => finished.push(attempt)}
				{...props}
			/>
		</ThemeContext.Provider>,
	);
	// A failed assertion must not leave the countdown's timer running.
	t.teardown(() => instance.unmount());
	// The footer keeps a key and its word together with no-break spaces; a person sees spaces.
	const frame = () => stripVTControlCharacters(instance.lastFrame() ?? '').replaceAll('\u00A0', ' ');
	await until(() => frame() !== '' && instance.stdin.listenerCount('readable') > 0);
	await tick();
	return {
		...instance,
		clock,
		memory,
		exits,
		finished,
		frame,
		...keyDriver(instance.stdin, frame),
	};
}

/** Which of the pack's questions is on screen, by the start of its prompt. */
export function shownQuestion(frame: string, questions: readonly Question[]): Question {
	const flat = frame.replace(/\s+/g, ' ');
	const found = questions.find(question => flat.includes(question.prompt.split(' ').slice(0, 5).join(' ')));
	if (!found) throw new Error(`no question of the pack on screen:\n${frame}`);
	return found;
}

/** Keys that answer the question rightly (right = true) or wrongly, reading the option numbers off the frame. */
export function answerKeys(frame: string, question: Question, right: boolean): string[] {
	switch (question.type) {
		case 'truefalse': {
			return [question.answer === right ? 't' : 'f'];
		}
		case 'choice': {
			const wanted = right ? question.answer : question.options.find(option => option !== question.answer)!;
			for (const line of frame.split('\n')) {
				const match = /^\s*›?\s*(\d)\. (.*)$/.exec(line);
				if (match?.[2]?.trim() === wanted) return [match[1]!];
			}
			throw new Error(`no option ${wanted} in:\n${frame}`);
		}
		case 'short': {
			return [right ? question.answer : 'Nowhere', keys.enter];
		}
		default: {
			throw new Error(`the fixture has no ${question.type} question`);
		}
	}
}
