import {render} from 'ink';
import type {Command} from '../cli/arguments.js';
import {loadLibrary, loadStudySettings, resolvePack} from '../commands/library.js';
import type {CommandIo} from '../commands/io.js';
import type {ArticleQuiz, ArticleQuizContext} from '../commands/quiz-article/quiz-article.js';
import {formatDiagnostic} from '../core/pack/diagnostic.js';
import {isLoaded, loadedPacks, type PackEntry} from '../core/pack/load.js';
import {createScheduler} from '../core/schedule/fsrs-adapter.js';
import {createProgressStore} from '../store/progress-store.js';
import {createExamStore} from '../store/exam-store.js';
import {savedStanding} from '../core/exam/saved-exam.js';
import {randomSeed} from '../core/random.js';
import {App} from './app.js';
import {createWriteTracker, trackExamWrites, trackProgressWrites} from './write-tracker.js';
import {ExitOnInterrupt} from './components/exit-on-interrupt.js';
import {errorMessage} from '../core/text/error-message.js';

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
	// `factdrill study` with no pack studies everything due across the packs.
	const initialStudyAll = command.name === 'study' && command.pack === undefined;
	if (initialStudyAll && !entries.some(isLoaded)) {
		throw new Error('there is no pack to study; run factdrill packs to see why');
	}
	if (command.name === 'study' && command.pack !== undefined) {
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
	const settings = await loadStudySettings(io.env, message => notices.push(message));
	const scheduler = createScheduler({retention: settings.retention});
	const store = createProgressStore({env: io.env, scheduler, onWarning: message => notices.push(message)});
	const packIds = loadedPacks(entries).map(pack => pack.id);
	// Files written by an older factdrill are upgraded (with a backup) before anything reads them.
	notices.push(...(await store.upgrade(packIds)));
	// Reading every pack's progress now surfaces a damaged file on the home screen, not mid-session.
	for (const packId of packIds) store.read(packId);
	const writes = createWriteTracker();
	const examStore = trackExamWrites(createExamStore({env: io.env, onWarning: message => notices.push(message)}), writes);
	const unfinished = examStore.inProgress();
	if (unfinished) notices.push(`You have an unfinished exam (${savedStanding(unfinished)}): press e to resume it.`);

	let interrupted = false;
	const instance = render(
		<ExitOnInterrupt onInterrupt={() => (interrupted = true)}>
			<App
				entries={entries}
				store={trackProgressWrites(store, writes)}
				examStore={examStore}
				scheduler={scheduler}
				settings={settings}
				articleQuiz={lazyArticleQuiz({cwd: io.cwd, env: io.env})}
				notices={notices}
				initialPackId={initialPackId}
				initialStudyAll={initialStudyAll}
				seed={command.seed ?? randomSeed()}
			/>
		</ExitOnInterrupt>,
		{exitOnCtrlC: false},
	);
	let code = 0;
	try {
		await instance.waitUntilExit();
	} catch (error) {
		io.stderr(`factdrill: ${errorMessage(error)}\n`);
		code = 1;
	}
	const failures = await writes.settled();
	if (failures > 0) {
		io.stderr(`factdrill: ${failures} answer(s) or exam save(s) could not be written; see the messages above.\n`);
		code = 1;
	}
	// 128 + SIGINT, as shells expect of a program stopped with Ctrl+C.
	return interrupted && code === 0 ? 130 : code;
}

async function choosePack(entries: PackEntry[], wanted: string, io: CommandIo): Promise<PackEntry> {
	const chosen = await resolvePack(entries, wanted, io.cwd);
	if (chosen) return chosen;
	throw new Error(`no pack "${wanted}"; run factdrill packs to list them, or give a .yaml file`);
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

