import {readFileSync} from 'node:fs';
import {stripVTControlCharacters} from 'node:util';
import {render} from 'ink-testing-library';
import type {ArticleQuiz} from '../../../source/commands/quiz-article/quiz-article.js';
import type {PackEntry} from '../../../source/core/pack/load.js';
import {parsePack} from '../../../source/core/pack/parse.js';
import {clozeGaps} from '../../../source/core/pack/cloze.js';
import type {Pack, Question} from '../../../source/core/pack/schema.js';
import {countAnswer, emptyDayCounts, uncountAnswer, type PackProgress, type ProgressStore} from '../../../source/core/progress/progress.js';
import type {QuestionRecord, Rating, ReviewRecord} from '../../../source/core/schedule/card.js';
import {createScheduler} from '../../../source/core/schedule/fsrs-adapter.js';
import {defaultLearnerSettings} from '../../../source/core/schedule/settings.js';
import {App, type AppProps} from '../../../source/ui/app.js';
import {fakeClock, keyDriver, keys, resize, tick, until, type Size} from '../questions/helpers.js';
import {memoryExamStore} from './exam/helpers.js';

export {fakeClock, keys, resize, tick, until, type Size} from '../questions/helpers.js';

const root = new URL('../../../', import.meta.url);

/** A pack parsed from YAML text; throws with the diagnostics when it is not valid. */
export function packFromYaml(text: string, file = 'inline.yaml'): Pack {
	const {pack, diagnostics} = parsePack(text, file);
	if (!pack) throw new Error(`${file} is not a valid pack: ${diagnostics.map(diagnostic => diagnostic.message).join('; ')}`);
	return pack;
}

/** A pack file of the project, such as questions/kuril-islands.yaml, read as the app would get it. */
export function loadPack(relative: string): Pack {
	return packFromYaml(readFileSync(new URL(relative, root), 'utf8'), relative);
}

export function okEntry(pack: Pack, origin: PackEntry['origin'] = 'built-in'): PackEntry {
	return {file: `${pack.id}.yaml`, origin, status: 'ok', pack, warnings: []};
}

export function brokenEntry(file: string, reason: string): PackEntry {
	return {file, origin: 'user', status: 'broken', diagnostics: [], reason};
}

export const minimalPack = () => loadPack('test/fixtures/packs/valid-minimal.yaml');
export const builtInPack = () => loadPack('questions/kuril-islands.yaml');

export type RecordCall = {packId: string; questionId: string; correct: boolean; rating: Rating; hinted: boolean; replaces?: string};

const emptyProgress = (): PackProgress => ({questions: {}, today: emptyDayCounts()});

/** A real FSRS scheduler, as the app uses, so frames show real intervals. */
export const testScheduler = createScheduler({retention: 0.9});

/**
 * An in-memory ProgressStore with the real scheduler that remembers every
 * `record` and `undo` call; `fail` makes each write reject.
 */
export function fakeStore(progress: Record<string, PackProgress> = {}, options: {fail?: string} = {}) {
	const calls: RecordCall[] = [];
	const undos: Array<{packId: string; reviewId: string}> = [];
	const log: ReviewRecord[] = [];
	let counter = 0;
	const read = (packId: string) => progress[packId] ?? emptyProgress();
	const takeBack = (packId: string, reviewId: string) => {
		const index = log.findIndex(review => review.id === reviewId && review.packId === packId);
		const review = log[index];
		if (!review) throw new Error(`no review ${reviewId}`);
		log.splice(index, 1);
		const current = read(packId);
		const questions = {...current.questions};
		if (review.before) questions[review.questionId] = review.before;
		else delete questions[review.questionId];
		progress[packId] = {questions, today: uncountAnswer(current.today, review)};
	};
	const store: ProgressStore = {
		read,
		async record(packId, answer, {replaces} = {}) {
			calls.push({packId, questionId: answer.questionId, correct: answer.correct, rating: answer.rating, hinted: answer.hinted, ...(replaces ? {replaces} : {})});
			if (options.fail) throw new Error(options.fail);
			if (replaces) takeBack(packId, replaces);
			const current = read(packId);
			const before = current.questions[answer.questionId];
			const review: ReviewRecord = {...answer, id: `${answer.at}-${packId}-${answer.questionId}-${counter++}`, packId, state: before?.card.state ?? 'new', before};
			progress[packId] = {questions: {...current.questions, [answer.questionId]: testScheduler(before, answer)}, today: countAnswer(current.today, review)};
			log.push(review);
			return review;
		},
		async undo(packId, reviewId) {
			undos.push({packId, reviewId});
			takeBack(packId, reviewId);
		},
		async setSuspended(packId, questionId, suspended) {
			const current = read(packId);
			const record = current.questions[questionId];
			if (record) progress[packId] = {...current, questions: {...current.questions, [questionId]: {...record, suspended}}};
		},
		async reviews(packId) {
			return log.filter(review => review.packId === packId);
		},
	};
	return {store, calls, undos, log, progress};
}

/** A question learned ten days before `now` (answered Good twice, so in review), due at `due`. */
export function reviewRecordDue(due: number, now: number, {stability}: {stability?: number} = {}): QuestionRecord {
	const answer = (at: number) => ({questionId: 'q', at, rating: 'good' as const, correct: true, hinted: false, durationMs: 5000, source: 'study' as const});
	const learned = now - 10 * 86_400_000;
	const record = testScheduler(testScheduler(undefined, answer(learned)), answer(learned + 600_000));
	return {...record, card: {...record.card, due, stability: stability ?? record.card.stability}};
}


/** For tests that do not open an article: any attempt says so on the screen. */
const noArticles: ArticleQuiz = {
	read: async spec => ({problem: `${spec}: this test reads no articles`}),
	createPack: async () => ({problem: 'this test makes no packs'}),
};

/** Renders the whole app at a size and gives ways to drive and read it. */
export async function renderApp(props: Partial<AppProps> & Pick<AppProps, 'entries'>, size: Size = {columns: 80, rows: 24}) {
	const {store} = props.store ? {store: props.store} : fakeStore();
	// Sized before the app mounts, so its first frame is already at that size.
	const instance = render(<></>);
	resize(instance.stdout, size);
	instance.rerender(
		<App
			seed={1}
			now={fakeClock().now}
			articleQuiz={noArticles}
			scheduler={testScheduler}
			settings={defaultLearnerSettings}
			{...props}
			examStore={props.examStore ?? memoryExamStore().store}
			store={store}
		/>,
	);
	const frame = () => stripVTControlCharacters(instance.lastFrame() ?? '');
	// ink starts reading keys in an effect after the first frame; keys sent before are lost.
	await until(() => frame() !== '' && instance.stdin.listenerCount('readable') > 0);
	await tick();
	return {
		...instance,
		/** The last frame without escape codes. */
		frame,
		lines: () => frame().split('\n'),
		...keyDriver(instance.stdin, frame),
		async resize(next: Size) {
			resize(instance.stdout, next);
			await tick();
		},
		/** For checks that nothing (more) happened: give the keys time to have an effect. */
		async settle() {
			await tick(150);
		},
		/** ink stops reading keys when the app exits: useApp().exit() unmounts it. */
		exited: () => instance.stdin.listenerCount('readable') === 0,
	};
}

/** Problems with a frame at a size: too many lines, or lines too wide. */
export function overflow(frame: string, {columns, rows}: Size): string[] {
	const lines = frame.split('\n');
	const wide = lines.filter(line => [...line].length > columns).map(line => `wider than ${columns}: ${line}`);
	return [...(lines.length > rows ? [`${lines.length} lines for ${rows} rows`] : []), ...wide];
}

/** Columns of the widest line; every symbol the screens draw is one column wide. */
export function widestLine(frame: string): number {
	return Math.max(0, ...frame.split('\n').map(line => [...line].length));
}

/** Keys that answer a question of any type (not necessarily rightly). */
export function answerKeys(question: Question): string[] {
	switch (question.type) {
		case 'choice':
		case 'truefalse': {
			return ['1'];
		}
		case 'multi': {
			return ['1', keys.enter];
		}
		case 'cloze': {
			return clozeGaps(question.text).flatMap(() => ['x', keys.enter]);
		}
		case 'short': {
			return ['x', keys.enter];
		}
		case 'order': {
			return [keys.enter];
		}
		case 'match': {
			return [...question.pairs.map((_, index) => String.fromCharCode(97 + index)), keys.enter];
		}
	}
}

/** The pack with only this question, so a session starts on it. */
export function onlyQuestion(pack: Pack, question: Question): Pack {
	return {...pack, questions: [question]};
}

/** The number key of the option row showing `text`, padded or not. */
export function optionKey(frame: string, text: string): string {
	for (const line of frame.split('\n')) {
		const match = /^\s*[›≡]?\s*(?:\[[ x]\] )?(\d)\. (.*)$/.exec(line);
		if (match?.[1] && match[2]?.includes(text)) return match[1];
	}
	throw new Error(`no option ${JSON.stringify(text)} in:\n${frame}`);
}

/** The minimal pack's questions by id. */
export function minimalQuestion(id: string): Question {
	const question = minimalPack().questions.find(candidate => candidate.id === id);
	if (!question) throw new Error(`no question ${id} in valid-minimal.yaml`);
	return question;
}

/** Which of the questions the frame shows, by the start of its prompt (and, for a cloze, of its sentence). */
export function questionOnScreen(frame: string, questions: readonly Question[]): Question {
	const flat = frame.replace(/\s+/g, ' ');
	const start = (text: string) => text.split(/\s+/).slice(0, 4).join(' ');
	const found = questions.find(question => {
		if (!flat.includes(start(question.prompt))) return false;
		if (question.type !== 'cloze') return true;
		let gap = 0;
		return flat.includes(start(question.text.replace(/\{\{[^}]*\}\}/g, () => `[${++gap}]`)));
	});
	if (!found) throw new Error(`none of the questions is on screen:\n${frame}`);
	return found;
}

/** Text with a screen clear, a title change and bells: what an untrusted pack might hold. */
export const hostile = '\u001B[2JShady\u001B]0;pwned\u0007 text\u0007';

/** A YAML double-quoted string (JSON strings are, escapes and all) of hostile text followed by `text`. */
export const hostileYaml = (text: string) => JSON.stringify(`${hostile} ${text}`);
