import fs from 'node:fs';
import path from 'node:path';
import type Conf from 'conf';
import {applyAnswer} from '../core/progress/progress.js';
import type {PackProgress, ProgressStore, QuestionProgress} from '../core/progress/progress.js';
import {progressDirectory} from '../paths.js';
import {corruptionMessage, moveAside} from './corrupt-file.js';
import {withLock, withLockSync} from './lock.js';
import type {LockOptions} from './lock.js';
import {emptyProgressFile, parseProgressFile, progressFormatVersion, serializeProgressFile, withAnswer} from './progress-file.js';
import type {AnswerLogEntry, ProgressFile} from './progress-file.js';
import {syncDirectory} from './sync-directory.js';

export type {AnswerLogEntry} from './progress-file.js';
export {LockTimeoutError} from './lock.js';

export type ProgressStoreOptions = {
	/** Where the progress files go; default progressDirectory(env). */
	directory?: string;
	/** Read for FACTDRILL_HOME when no directory is given; default process.env. */
	env?: NodeJS.ProcessEnv;
	/** Told when a file was unreadable and moved aside. */
	onWarning?: (message: string) => void;
	/** The clock for backup names; default the real one. */
	now?: () => Date;
	lock?: LockOptions;
};

export type ConfProgressStore = ProgressStore & {
	readonly directory: string;
	/** Every warning so far, oldest first. */
	readonly warnings: readonly string[];
	fileFor(packId: string): string;
	/** Reads the file again, for changes another process made. */
	reload(packId: string): PackProgress;
	/** The latest answers to one question, oldest first (at most answerLogLimit). */
	answerLog(packId: string, questionId: string): readonly AnswerLogEntry[];
};

/** A progress file this version cannot use, or an id that cannot name one. */
export class ProgressStoreError extends Error {
	override name = 'ProgressStoreError';
}

// The pack schema's id rule; checked again because ids become file names and object keys.
const idPattern = /^[a-z0-9][a-z0-9._-]*$/;

function checkId(kind: string, id: string): void {
	if (!idPattern.test(id) || id.length > 80) throw new ProgressStoreError(`Invalid ${kind} id ${JSON.stringify(id)}: ids use a-z, 0-9, ".", "_" and "-".`);
}

/**
 * Progress in one conf file per pack, progress-<packId>.json. Reads are
 * served from a cache filled on first use; each record takes an
 * inter-process lock, re-reads the file, applies the answer, writes it
 * atomically and flushes it before resolving, so two factdrill processes
 * never lose each other's answers.
 */
export function createProgressStore(options: ProgressStoreOptions = {}): ConfProgressStore {
	const directory = path.resolve(options.directory ?? progressDirectory(options.env));
	const now = options.now ?? (() => new Date());
	const warnings: string[] = [];
	const stores = new Map<string, Conf<ProgressFile>>();
	const cache = new Map<string, ProgressFile>();

	function fileFor(packId: string): string {
		checkId('pack', packId);
		return path.join(directory, `progress-${packId}.json`);
	}

	function lockFor(packId: string): string {
		return `${fileFor(packId)}.lock`;
	}

	function warn(message: string): void {
		warnings.push(message);
		options.onWarning?.(message);
	}

	/**
	 * conf does the writing. It is imported on the first answer, not at start:
	 * it brings ajv and semver, a third of the time to the first frame.
	 */
	async function importConf(): Promise<typeof Conf> {
		return (await import('conf')).default;
	}

	/** Call after readRepairing: conf reads the file when it is made and throws if it is not JSON. */
	function confFor(packId: string, ConfClass: typeof Conf): Conf<ProgressFile> {
		let conf = stores.get(packId);
		if (!conf) {
			conf = new ConfClass<ProgressFile>({
				cwd: directory,
				configName: `progress-${packId}`,
				projectName: 'factdrill',
				// Never wipe a learner's history: an unreadable file is moved aside below instead.
				clearInvalidConfig: false,
				accessPropertiesByDotNotation: false,
				watch: false,
				serialize: serializeProgressFile,
			});
			stores.set(packId, conf);
		}
		return conf;
	}

	type Attempt = {kind: 'ok'; file: ProgressFile} | {kind: 'invalid'; reason: string};

	/**
	 * One look at the file — what conf's own read does (read, JSON.parse), without
	 * loading conf. Safe without the lock: conf replaces the file whole, by rename.
	 */
	function attemptRead(packId: string): Attempt {
		let text: string;
		try {
			text = fs.readFileSync(fileFor(packId), 'utf8');
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {kind: 'ok', file: emptyProgressFile(packId)};
			throw error;
		}
		let data: unknown;
		try {
			data = JSON.parse(text);
		} catch (error) {
			if (error instanceof SyntaxError) return {kind: 'invalid', reason: error.message};
			throw error;
		}
		const parsed = parseProgressFile(data, packId);
		if (parsed.kind === 'newer') {
			throw new ProgressStoreError(
				`Progress file ${fileFor(packId)} was written by a newer factdrill (format ${parsed.formatVersion}; this one reads format ${progressFormatVersion}). ` +
					'Update factdrill to use it; the file was left as it is.',
			);
		}
		return parsed;
	}

	/** Reads the file; if it is unreadable, moves it aside, warns and starts afresh. Call holding the lock. */
	function readRepairing(packId: string): ProgressFile {
		const attempt = attemptRead(packId);
		if (attempt.kind === 'ok') return attempt.file;
		const filePath = fileFor(packId);
		const backup = moveAside(filePath, now());
		warn(corruptionMessage(filePath, backup, attempt.reason));
		return emptyProgressFile(packId);
	}

	function load(packId: string): ProgressFile {
		const attempt = attemptRead(packId);
		// Moving a file aside must not race a writer in another process: take the lock and look again.
		const file = attempt.kind === 'ok' ? attempt.file : withLockSync(lockFor(packId), () => readRepairing(packId), options.lock);
		return remember(packId, file);
	}

	/** Cached copies are handed to the UI as they are, so they are frozen against accidental edits. */
	function remember(packId: string, file: ProgressFile): ProgressFile {
		for (const entry of Object.values(file.questions)) Object.freeze(entry);
		Object.freeze(file.questions);
		cache.set(packId, file);
		return file;
	}

	function cached(packId: string): ProgressFile {
		return cache.get(packId) ?? load(packId);
	}

	async function record(packId: string, questionId: string, correct: boolean, at: Date): Promise<QuestionProgress> {
		checkId('question', questionId);
		const filePath = fileFor(packId);
		fs.mkdirSync(directory, {recursive: true});
		const ConfClass = await importConf();
		// Everything inside the lock is synchronous: the lock is held for one read and one write.
		return withLock(
			lockFor(packId),
			() => {
				const file = readRepairing(packId);
				const progress = applyAnswer(file.questions[questionId], correct, at);
				const next = withAnswer(file, questionId, progress, correct);
				confFor(packId, ConfClass).store = next;
				syncDirectory(path.dirname(filePath));
				remember(packId, next);
				return progress;
			},
			options.lock,
		);
	}

	return {
		directory,
		get warnings() {
			return [...warnings];
		},
		fileFor,
		read: packId => cached(packId).questions,
		reload: packId => load(packId).questions,
		answerLog: (packId, questionId) => cached(packId).log[questionId] ?? [],
		record,
	};
}
