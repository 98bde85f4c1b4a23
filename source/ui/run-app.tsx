import {render} from 'ink';
import type {Command} from '../cli/arguments.js';
import {loadLibrary, resolvePack} from '../commands/library.js';
import type {CommandIo} from '../commands/io.js';
import type {ArticleQuiz, ArticleQuizContext} from '../commands/quiz-article/quiz-article.js';
import {formatDiagnostic} from '../core/pack/diagnostic.js';
import type {PackEntry} from '../core/pack/load.js';
import type {ProgressStore} from '../core/progress/progress.js';
import {createProgressStore} from '../store/progress-store.js';
import {App} from './app.js';
import {ExitOnInterrupt} from './components/exit-on-interrupt.js';

/** Loads packs and progress, draws the app, and waits for every answer to be on disk before returning. */
export async function runApp(command: Extract<Command, {name: 'home' | 'study'}>, io: CommandIo): Promise<number> {
	// Raw mode from the start: a key pressed while packs load is kept for the first screen, not echoed and lost.
	process.stdin.setRawMode(true);
	try {
		return await loadAndRender(command, io);
	} finally {
		process.stdin.setRawMode(false);
	}
}

async function loadAndRender(command: Extract<Command, {name: 'home' | 'study'}>, io: CommandIo): Promise<number> {
	const entries = await loadLibrary(io.env, command.packFiles);
	let initialPackId: string | undefined;
	if (command.name === 'study') {
		const chosen = await choosePack(entries, command.pack, io);
		if (chosen.status !== 'ok') {
			io.stderr(`factdrill: ${chosen.file} cannot be studied:\n`);
			for (const diagnostic of chosen.diagnostics) io.stderr(`${formatDiagnostic(diagnostic)}\n`);
			return 1;
		}
		if (!entries.includes(chosen)) entries.push(chosen);
		initialPackId = chosen.pack.id;
	}

	const notices: string[] = [];
	const store = createProgressStore({env: io.env, onWarning: message => notices.push(message)});
	// Reading every pack's progress now surfaces a damaged file on the home screen, not mid-session.
	for (const entry of entries) if (entry.status === 'ok') store.read(entry.pack.id);
	const writes = trackWrites(store);

	let interrupted = false;
	const instance = render(
		<ExitOnInterrupt onInterrupt={() => (interrupted = true)}>
			<App
				entries={entries}
				store={writes.store}
				articleQuiz={lazyArticleQuiz({cwd: io.cwd, env: io.env})}
				notices={notices}
				initialPackId={initialPackId}
				seed={command.seed ?? randomSeed()}
			/>
		</ExitOnInterrupt>,
		{exitOnCtrlC: false},
	);
	let code = 0;
	try {
		await instance.waitUntilExit();
	} catch (error) {
		io.stderr(`factdrill: ${error instanceof Error ? error.message : String(error)}\n`);
		code = 1;
	}
	const failures = await writes.settled();
	if (failures > 0) {
		io.stderr(`factdrill: ${failures} answer(s) could not be saved; see the messages above.\n`);
		code = 1;
	}
	// 128 + SIGINT, as shells expect of a program stopped with Ctrl+C.
	return interrupted && code === 0 ? 130 : code;
}

async function choosePack(entries: PackEntry[], wanted: string | undefined, io: CommandIo): Promise<PackEntry> {
	if (wanted === undefined) {
		const first = entries.find(entry => entry.status === 'ok');
		if (!first) throw new Error('there is no pack to study; run factdrill packs to see why');
		return first;
	}
	const chosen = await resolvePack(entries, wanted, io.cwd);
	if (chosen) return chosen;
	throw new Error(`no pack "${wanted}"; run factdrill packs to list them, or give a .yaml file`);
}

/** Wraps the store so the app can quit at once while the last answers finish writing. */
function trackWrites(store: ProgressStore) {
	const inFlight = new Set<Promise<unknown>>();
	let failures = 0;
	const tracked: ProgressStore = {
		read: packId => store.read(packId),
		record(...args) {
			const write = store.record(...args);
			inFlight.add(write);
			write.then(
				() => inFlight.delete(write),
				() => {
					failures++;
					inFlight.delete(write);
				},
			);
			return write;
		},
	};
	return {
		store: tracked,
		async settled() {
			await Promise.allSettled([...inFlight]);
			return failures;
		},
	};
}

/**
 * The article pipeline, loaded on first use: it pulls in an HTML parser and
 * a natural-language library that the home screen should not wait for.
 */
function lazyArticleQuiz(context: ArticleQuizContext): ArticleQuiz {
	const load = async () => (await import('../commands/quiz-article/quiz-article.js')).articleQuiz(context);
	return {
		read: async (spec, onStep) => (await load()).read(spec, onStep),
		createPack: async (draft, options, onStep) => (await load()).createPack(draft, options, onStep),
	};
}

function randomSeed(): number {
	return Math.floor(Math.random() * 1_000_000_000);
}
