import {readFileSync} from 'node:fs';
import {stripVTControlCharacters} from 'node:util';
import {render} from 'ink-testing-library';
import type {ArticleQuiz} from '../../../source/commands/quiz-article/quiz-article.js';
import type {PackEntry} from '../../../source/core/pack/load.js';
import {parsePack} from '../../../source/core/pack/parse.js';
import {clozeGaps} from '../../../source/core/pack/cloze.js';
import type {Pack, Question} from '../../../source/core/pack/schema.js';
import {applyAnswer, type PackProgress, type ProgressStore} from '../../../source/core/progress/progress.js';
import {App, type AppProps} from '../../../source/ui/app.js';
import {keys, tick, until} from '../questions/helpers.js';

export {keys, tick, until} from '../questions/helpers.js';

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

export type RecordCall = {packId: string; questionId: string; correct: boolean};

/** An in-memory ProgressStore that remembers every `record` call; `fail` makes each write reject. */
export function fakeStore(progress: Record<string, PackProgress> = {}, options: {fail?: string} = {}) {
	const calls: RecordCall[] = [];
	const store: ProgressStore = {
		read: packId => progress[packId] ?? {},
		async record(packId, questionId, correct, at) {
			calls.push({packId, questionId, correct});
			if (options.fail) throw new Error(options.fail);
			const updated = applyAnswer(progress[packId]?.[questionId], correct, at);
			progress[packId] = {...progress[packId], [questionId]: updated};
			return updated;
		},
	};
	return {store, calls};
}

/** A clock the test moves by hand. */
export function fakeClock(start = Date.UTC(2025, 0, 1, 12)) {
	let now = start;
	return {
		now: () => now,
		advance(ms: number) {
			now += ms;
		},
	};
}

export type Size = {columns: number; rows: number};

/**
 * ink-testing-library's stdout reports 100 columns and no rows; this sets
 * both and tells ink and useTerminalSize, as a terminal's SIGWINCH would.
 */
export function resize(stdout: NodeJS.EventEmitter, {columns, rows}: Size): void {
	Object.defineProperty(stdout, 'columns', {value: columns, configurable: true});
	Object.defineProperty(stdout, 'rows', {value: rows, configurable: true});
	stdout.emit('resize');
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
	instance.rerender(<App seed={1} now={fakeClock().now} articleQuiz={noArticles} {...props} store={store} />);
	const frame = () => stripVTControlCharacters(instance.lastFrame() ?? '');
	// ink starts reading keys in an effect after the first frame; keys sent before are lost.
	await until(() => frame() !== '' && instance.stdin.listenerCount('readable') > 0);
	await tick();
	return {
		...instance,
		/** The last frame without escape codes. */
		frame,
		lines: () => frame().split('\n'),
		async press(...sequence: string[]) {
			for (const data of sequence) {
				instance.stdin.write(data);
				await tick();
			}
		},
		/**
		 * The frame once it matches, or the last frame after the timeout, for
		 * the assertion to show. Then a tick: a screen's key handlers attach in
		 * effects that run after its frame is drawn, and keys sent before are lost.
		 */
		async frameMatching(pattern: RegExp) {
			await until(() => pattern.test(frame()));
			await tick();
			return frame();
		},
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
