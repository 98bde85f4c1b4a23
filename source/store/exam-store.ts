import fs from 'node:fs';
import path from 'node:path';
import type Conf from 'conf';
import type {ExamAttempt} from '../core/exam/exam-attempt.js';
import type {ExamStore} from '../core/exam/exam-store.js';
import {savedExamSchema, type SavedExam} from '../core/exam/saved-exam.js';
import {factdrillHome} from '../paths.js';
import {confOptions} from './conf-options.js';
import {moveAside} from './corrupt-file.js';
import {jsonListByLine} from './json-list.js';
import {readJsonFile} from './read-json.js';
import {withLock, type LockOptions} from './lock.js';
import {syncDirectory} from './sync-directory.js';

export const examHistoryFormat = 1;

type HistoryFile = {formatVersion: number; attempts: ExamAttempt[]};

export type ExamStoreOptions = {
	/** Where the files go; default <factdrill home>/exams. */
	directory?: string;
	/** Read for FACTDRILL_HOME when no directory is given; default process.env. */
	env?: NodeJS.ProcessEnv;
	/** Told when a file was unreadable and moved aside. */
	onWarning?: (message: string) => void;
	/** The clock for backup names; default the real one. */
	now?: () => Date;
	lock?: LockOptions;
};

export type ConfExamStore = ExamStore & {
	readonly directory: string;
	readonly historyFile: string;
	readonly inProgressFile: string;
	/** Every warning so far, oldest first. */
	readonly warnings: readonly string[];
};

/** An exam file this version cannot use; it is left as it is. */
export class ExamStoreError extends Error {
	override name = 'ExamStoreError';
}

export function examsDirectory(env: NodeJS.ProcessEnv = process.env): string {
	return path.join(factdrillHome(env), 'exams');
}

/** One attempt per line: a long history stays readable and a diff shows the new one. */
function serializeHistory(value: unknown): string {
	const file = value as HistoryFile;
	if (!Array.isArray(file.attempts)) return JSON.stringify(value, undefined, '\t');
	const attempts = jsonListByLine(file.attempts.map(attempt => JSON.stringify(attempt)));
	return `{\n\t"formatVersion": ${file.formatVersion},\n\t"attempts": ${attempts}\n}\n`;
}

/**
 * Exam history (exams/history.json, every attempt, appended under an
 * inter-process lock so two factdrill processes never lose each other's)
 * and the exam in progress (exams/in-progress.json, rewritten on every
 * change). conf does the writing (atomic, flushed) and is imported on the
 * first write; reads are plain file reads. An unreadable file is moved
 * aside with a warning, never wiped.
 */
export function createExamStore(options: ExamStoreOptions = {}): ConfExamStore {
	const directory = path.resolve(options.directory ?? examsDirectory(options.env));
	const historyFile = path.join(directory, 'history.json');
	const inProgressFile = path.join(directory, 'in-progress.json');
	const now = options.now ?? (() => new Date());
	const warnings: string[] = [];
	let confClass: Promise<typeof Conf> | undefined;
	const confs = new Map<string, Conf<Record<string, unknown>>>();
	// Saves of the exam in progress, one after another, so an older one never lands last.
	let saving: Promise<void> = Promise.resolve();

	function warn(message: string): void {
		warnings.push(message);
		options.onWarning?.(message);
	}

	async function confFor(name: 'history' | 'in-progress'): Promise<Conf<Record<string, unknown>>> {
		confClass ??= import('conf').then(module => module.default);
		const ConfClass = await confClass;
		let conf = confs.get(name);
		if (!conf) {
			fs.mkdirSync(directory, {recursive: true});
			conf = new ConfClass<Record<string, unknown>>({
				...confOptions(directory, name),
				...(name === 'history' ? {serialize: serializeHistory} : {}),
			});
			confs.set(name, conf);
		}
		return conf;
	}

	/** The file's JSON, undefined when there is none; an unreadable one is moved aside. */
	function readJson(file: string, what: string, check: (data: unknown) => string | undefined): unknown {
		const read = readJsonFile(file);
		if (read.kind === 'missing') return undefined;
		const reason = read.kind === 'parsed' ? check(read.data) : read.reason;
		if (reason === undefined && read.kind === 'parsed') return read.data;
		const backup = moveAside(file, now());
		warn(`${what} ${file} was unreadable (${reason}); moved it to ${backup}${what === 'Exam history' ? ' and started a new one' : ''}.`);
		return undefined;
	}

	function checkHistory(data: unknown): string | undefined {
		const file = data as Partial<HistoryFile> | null;
		if (typeof file !== 'object' || file === null || typeof file.formatVersion !== 'number') return 'no formatVersion';
		if (file.formatVersion > examHistoryFormat) {
			throw new ExamStoreError(
				`Exam history ${historyFile} was written by a newer factdrill (format ${file.formatVersion}; this one reads format ${examHistoryFormat}). Update factdrill to use it; the file was left as it is.`,
			);
		}
		if (!Array.isArray(file.attempts) || file.attempts.some(attempt => typeof attempt?.id !== 'string')) return 'attempts is not a list of exams';
		return undefined;
	}

	function readHistory(): ExamAttempt[] {
		const file = readJson(historyFile, 'Exam history', checkHistory) as HistoryFile | undefined;
		return file?.attempts ?? [];
	}

	function readInProgress(): SavedExam | undefined {
		const data = readJson(inProgressFile, 'The unfinished exam', data => {
			const parsed = savedExamSchema.safeParse(data);
			return parsed.success ? undefined : (parsed.error.issues[0]?.message ?? 'not an exam');
		});
		return data === undefined ? undefined : savedExamSchema.parse(data);
	}

	async function append(attempt: ExamAttempt): Promise<void> {
		// conf reads the file when it is made and throws on one that is not JSON: repair it first.
		readHistory();
		const conf = await confFor('history');
		await withLock(
			`${historyFile}.lock`,
			() => {
				const attempts = readHistory();
				if (attempts.some(earlier => earlier.id === attempt.id)) return;
				conf.store = {formatVersion: examHistoryFormat, attempts: [...attempts, attempt]};
				syncDirectory(directory);
			},
			options.lock,
		);
	}

	function queue(write: () => Promise<void>): Promise<void> {
		const next = saving.then(write);
		// A failed save must not stop the ones after it; the caller still sees its own failure.
		saving = next.catch(() => undefined);
		return next;
	}

	return {
		directory,
		historyFile,
		inProgressFile,
		get warnings() {
			return [...warnings];
		},
		history: readHistory,
		append,
		inProgress: readInProgress,
		saveInProgress: async saved =>
			queue(async () => {
				if (!confs.has('in-progress')) readInProgress();
				const conf = await confFor('in-progress');
				conf.store = saved as unknown as Record<string, unknown>;
			}),
		clearInProgress: async () =>
			queue(async () => {
				fs.rmSync(inProgressFile, {force: true});
			}),
	};
}
