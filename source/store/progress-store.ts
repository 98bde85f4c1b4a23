import fs from 'node:fs';
import path from 'node:path';
import type Conf from 'conf';
import {countAnswer, uncountAnswer} from '../core/progress/progress.js';
import type {PackProgress, ProgressStore, Scheduler} from '../core/progress/progress.js';
import type {AnswerInput, ReviewRecord} from '../core/schedule/card.js';
import {progressDirectory} from '../paths.js';
import {confOptions} from './conf-options.js';
import {corruptionMessage, moveAside} from './corrupt-file.js';
import {withLock, withLockSync} from './lock.js';
import type {LockOptions} from './lock.js';
import {emptyProgressFile, progressFormatVersion, progressProjectVersion, serializeProgressFile} from './progress-file.js';
import type {ProgressFile} from './progress-file.js';
import {backUpV1, convertV1, runV1Migration} from './progress-migration.js';
import {checkId, ProgressStoreError, readProgressAttempt, type ReadAttempt} from './progress-read.js';
import {readTextFile} from './read-json.js';
import {isLatest, nextReviewId, unansweredRecord, writable, type WritableFile} from './progress-records.js';
import {isQuestionView} from './question-view.js';
import {appendLines, readReviewLog} from './review-log.js';
import type {UndoLine} from './review-log.js';
import {syncDirectory} from './sync-directory.js';
import {errorMessage} from '../core/text/error-message.js';

export {LockTimeoutError} from './lock.js';
export {ProgressStoreError} from './progress-read.js';

export type ProgressStoreOptions = {
	/** Turns an answer into the question's next record: createScheduler from core/schedule/fsrs-adapter. */
	scheduler: Scheduler;
	/** Where the progress files go; default progressDirectory(env). */
	directory?: string;
	/** Read for FACTDRILL_HOME when no directory is given; default process.env. */
	env?: NodeJS.ProcessEnv;
	/** Told when a file was unreadable and moved aside, or a review log line was skipped. */
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
	reviewLogFor(packId: string): string;
	/** Reads the file again, for changes another process made. */
	reload(packId: string): PackProgress;
	/**
	 * Upgrades the packs' files written by an older factdrill (a backup is kept
	 * beside each); run at startup, before reading. Returns one notice per
	 * upgraded pack; packs already current are left untouched.
	 */
	upgrade(packIds: readonly string[]): Promise<string[]>;
};

/** `written`: the exact text this store last wrote to the file, to know the file is unchanged without parsing it. */
type Cached = {file: ProgressFile; view: PackProgress; written?: string | undefined};

/** conf is imported on the first write, not at start: with ajv and semver it is a third of the time to the first frame. */
async function importConf(): Promise<typeof Conf> {
	return (await import('conf')).default;
}

/**
 * Progress in one conf file per pack, progress-<packId>.json (format 2, a
 * table), and a review log per pack, reviews-<packId>.jsonl. Reads are served
 * from a cache filled on first use; every change takes an inter-process lock,
 * re-reads the file, writes it atomically and flushes file, log and folder
 * before resolving, so two factdrill processes never lose each other's answers.
 */
export function createProgressStore(options: ProgressStoreOptions): ConfProgressStore {
	const {scheduler} = options;
	const directory = path.resolve(options.directory ?? progressDirectory(options.env));
	const now = options.now ?? (() => new Date());
	const warnings: string[] = [];
	const stores = new Map<string, Conf<Record<string, unknown>>>();
	const cache = new Map<string, Cached>();
	// Reviews this store recorded: undoing the last answer needs no read of the log.
	const recent = new Map<string, ReviewRecord>();
	const lastWritten = new Map<string, string>();

	function fileFor(packId: string): string {
		checkId('pack', packId);
		return path.join(directory, `progress-${packId}.json`);
	}

	function reviewLogFor(packId: string): string {
		checkId('pack', packId);
		return path.join(directory, `reviews-${packId}.jsonl`);
	}

	const lockFor = (packId: string) => `${fileFor(packId)}.lock`;

	const attemptRead = (packId: string) => readProgressAttempt(fileFor(packId), packId);

	function warn(message: string): void {
		if (warnings.includes(message)) return;
		warnings.push(message);
		options.onWarning?.(message);
	}

	/** Reads the file; an unreadable one is moved aside with a warning and started afresh. Call holding the lock. */
	function readRepairing(packId: string): Exclude<ReadAttempt, {kind: 'invalid'}> {
		const attempt = attemptRead(packId);
		if (attempt.kind !== 'invalid') return attempt;
		const filePath = fileFor(packId);
		const backup = moveAside(filePath, now());
		warn(corruptionMessage(filePath, backup, attempt.reason));
		return {kind: 'ok', file: emptyProgressFile(packId)};
	}

	/**
	 * Cached copies are handed to the UI as they are, so the question map is
	 * read-only (a file as read is a read-only view already; one this store
	 * wrote is frozen). The records themselves are not frozen: freezing
	 * 100,000 of them took a fifth of the home screen's time, and every change
	 * starts from a copy, so an edited cache never reaches the disk.
	 */
	function remember(packId: string, file: ProgressFile, written?: string): Cached {
		if (!isQuestionView(file.questions)) Object.freeze(file.questions);
		const cached = {file, view: Object.freeze({questions: file.questions, today: Object.freeze(file.today)}), written};
		cache.set(packId, cached);
		return cached;
	}

	function load(packId: string): Cached {
		const attempt = attemptRead(packId);
		// Moving a file aside must not race a writer in another process: take the lock and look again.
		const found = attempt.kind === 'invalid' ? withLockSync(lockFor(packId), () => readRepairing(packId), options.lock) : attempt;
		// A format 1 file not upgraded yet is converted in memory only; upgrade() or the next write converts it on disk.
		return remember(packId, found.kind === 'v1' ? convertV1(found.file, scheduler).file : found.file);
	}

	const cached = (packId: string) => cache.get(packId) ?? load(packId);

	function confFor(packId: string, ConfClass: typeof Conf): Conf<Record<string, unknown>> {
		let conf = stores.get(packId);
		if (!conf) {
			conf = new ConfClass<Record<string, unknown>>({
				...confOptions(directory, `progress-${packId}`),
				serialize(value) {
					const text = serializeProgressFile(value);
					lastWritten.set(packId, text);
					return text;
				},
				// This instance only writes: the store reads the file itself (and repairs it), so conf's
				// own read when it is made (parse, then compare with the defaults: 1–5 ms per pack) is skipped.
				deserialize: () => ({}),
			});
			stores.set(packId, conf);
		}
		return conf;
	}

	/** The file as it is now, upgraded first if it is format 1. Call holding the lock. */
	function current(packId: string, ConfClass: typeof Conf): {file: WritableFile; notice?: string} {
		// The file is as this store last wrote it: no need to read and parse it again (a copy, as the cached one is frozen).
		const known = cache.get(packId);
		if (known?.written !== undefined && known.written === readTextFile(fileFor(packId))) return {file: writable(known.file)};
		const found = readRepairing(packId);
		if (found.kind === 'ok') return {file: writable(found.file)};
		const filePath = fileFor(packId);
		const backup = backUpV1(filePath);
		try {
			runV1Migration(ConfClass, {directory, packId, filePath, logPath: reviewLogFor(packId), scheduler});
		} catch (error) {
			const reason = errorMessage(error);
			throw new ProgressStoreError(`Could not upgrade ${filePath} to format ${progressFormatVersion} (${reason}); it was left as it was, and a copy is in ${backup}.`);
		}
		const upgraded = readRepairing(packId);
		if (upgraded.kind !== 'ok') throw new ProgressStoreError(`Upgrading ${filePath} left it in format 1; a copy is in ${backup}.`);
		return {file: writable(upgraded.file), notice: `Upgraded progress for ${packId} to format ${progressFormatVersion} (backup: ${backup}).`};
	}

	function write(packId: string, ConfClass: typeof Conf, file: ProgressFile): void {
		file.__internal__ ??= {migrations: {version: progressProjectVersion}};
		// __internal__ is passed along, so conf does not read the file again to keep it.
		confFor(packId, ConfClass).store = file as unknown as Record<string, unknown>;
		syncDirectory(directory);
		remember(packId, file, lastWritten.get(packId));
	}

	async function locked<T>(packId: string, action: (ConfClass: typeof Conf) => T): Promise<T> {
		fileFor(packId);
		const ConfClass = await importConf();
		fs.mkdirSync(directory, {recursive: true});
		// Everything inside the lock is synchronous: it is held for one read and one write.
		return withLock(lockFor(packId), () => action(ConfClass), options.lock);
	}

	function findReview(packId: string, reviewId: string): ReviewRecord {
		const review = recent.get(reviewId) ?? readReviewLog(reviewLogFor(packId)).records.find(record => record.id === reviewId);
		if (review?.packId !== packId) throw new ProgressStoreError(`No answer ${JSON.stringify(reviewId)} in the review log of ${packId}.`);
		return review;
	}

	/** Restores the record as it was before the review, in place; returns the tombstone to append. */
	function takeBack(file: WritableFile, packId: string, reviewId: string): UndoLine {
		const review = findReview(packId, reviewId);
		const currentRecord = file.questions[review.questionId];
		if (!isLatest(review, currentRecord)) {
			throw new ProgressStoreError(`Answer ${reviewId} cannot be undone: it was undone already or is not the latest answer to ${review.questionId}.`);
		}
		if (review.before) file.questions[review.questionId] = {...review.before, suspended: currentRecord!.suspended};
		else delete file.questions[review.questionId];
		file.today = uncountAnswer(file.today, review);
		recent.delete(reviewId);
		return {undo: reviewId, at: now().getTime()};
	}

	async function record(packId: string, answer: AnswerInput, recordOptions: {replaces?: string} = {}): Promise<ReviewRecord> {
		checkId('question', answer.questionId);
		return locked(packId, ConfClass => {
			const {file, notice} = current(packId, ConfClass);
			if (notice) warn(notice);
			const lines: Array<UndoLine | ReviewRecord> = [];
			if (recordOptions.replaces !== undefined) lines.push(takeBack(file, packId, recordOptions.replaces));
			const before = file.questions[answer.questionId];
			const {id, stamp} = nextReviewId(file.lastReview, answer, packId);
			const review: ReviewRecord = {id, packId, ...answer, state: before?.card.state ?? 'new', before};
			file.questions[answer.questionId] = scheduler(before, answer);
			file.today = countAnswer(file.today, review);
			file.lastReview = stamp;
			write(packId, ConfClass, file);
			lines.push(review);
			appendLines(reviewLogFor(packId), lines);
			recent.set(id, review);
			return review;
		});
	}

	async function undo(packId: string, reviewId: string): Promise<void> {
		await locked(packId, ConfClass => {
			const {file} = current(packId, ConfClass);
			const tombstone = takeBack(file, packId, reviewId);
			write(packId, ConfClass, file);
			appendLines(reviewLogFor(packId), [tombstone]);
		});
	}

	async function setSuspended(packId: string, questionId: string, suspended: boolean): Promise<void> {
		checkId('question', questionId);
		await locked(packId, ConfClass => {
			const {file} = current(packId, ConfClass);
			const existing = file.questions[questionId] ?? unansweredRecord(now().getTime());
			if (existing.suspended === suspended && file.questions[questionId]) return remember(packId, file);
			file.questions[questionId] = {...existing, suspended};
			write(packId, ConfClass, file);
		});
	}

	async function reviews(packId: string): Promise<ReviewRecord[]> {
		const logPath = reviewLogFor(packId);
		const read = () => readReviewLog(logPath);
		const log = fs.existsSync(directory) ? await withLock(lockFor(packId), read, options.lock) : read();
		for (const problem of log.problems) warn(problem);
		const records = log.records.filter(review => !log.undone.has(review.id));
		// A format 1 file not upgraded yet: its answers are in the file, not yet in the log.
		const attempt = attemptRead(packId);
		if (attempt.kind !== 'v1') return records;
		const logged = new Set(records.map(review => review.id));
		return [...convertV1(attempt.file, scheduler).reviews.filter(review => !logged.has(review.id)), ...records];
	}

	async function upgrade(packIds: readonly string[]): Promise<string[]> {
		const notices: string[] = [];
		for (const packId of packIds) {
			const attempt = attemptRead(packId);
			// A current file read here is kept, so the first read() does not parse it again.
			if (attempt.kind === 'ok') remember(packId, attempt.file);
			if (attempt.kind !== 'v1') continue;
			const notice = await locked(packId, ConfClass => {
				const upgraded = current(packId, ConfClass);
				remember(packId, upgraded.file);
				return upgraded.notice;
			});
			if (notice) notices.push(notice);
		}
		return notices;
	}

	return {
		directory,
		get warnings() {
			return [...warnings];
		},
		fileFor,
		reviewLogFor,
		read: packId => cached(packId).view,
		reload: packId => load(packId).view,
		record,
		undo,
		setSuspended,
		reviews,
		upgrade,
	};
}
