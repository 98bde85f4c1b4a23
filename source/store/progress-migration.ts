import fs from 'node:fs';
import path from 'node:path';
import type Conf from 'conf';
import {migrateV1} from '../core/progress/migrate-v1.js';
import {countAnswer, emptyDayCounts} from '../core/progress/progress.js';
import type {Scheduler} from '../core/progress/progress.js';
import type {ReviewRecord} from '../core/schedule/card.js';
import {parseProgressFileV1} from './progress-file-v1.js';
import type {ProgressFileV1} from './progress-file-v1.js';
import {deserializeProgressFile, progressFormatVersion, progressProjectVersion, serializeProgressFile} from './progress-file.js';
import type {ProgressFile, ReviewStamp} from './progress-file.js';
import {appendLines, readReviewLog} from './review-log.js';
import {syncDirectory, syncFile} from './sync-directory.js';
import {confOptions} from './conf-options.js';

/** The newest review time and how many reviews there are (the store's review ids build on both). */
function stampOf(reviews: readonly ReviewRecord[]): ReviewStamp {
	return {at: Math.max(0, ...reviews.map(review => review.at)), count: reviews.length};
}

/** A format 1 file as format 2, in memory, with the review log records it implies. */
export function convertV1(v1: ProgressFileV1, scheduler: Scheduler): {file: ProgressFile; reviews: ReviewRecord[]} {
	const {questions, reviews} = migrateV1(v1, scheduler);
	const file: ProgressFile = {
		formatVersion: progressFormatVersion,
		packId: v1.packId,
		// The counts of the last day with answers: today's if the learner studied today, else a past day that counts for nothing.
		today: reviews.reduce(countAnswer, emptyDayCounts()),
		lastReview: stampOf(reviews),
		questions,
	};
	return {file, reviews};
}

/**
 * Copies the format 1 file beside itself before anything changes. An
 * existing backup is never overwritten: the same bytes are reused (a rerun
 * after a crash), other bytes get the next free name.
 */
export function backUpV1(filePath: string): string {
	const base = filePath.replace(/\.json$/, '');
	const original = fs.readFileSync(filePath);
	for (let index = 1; ; index++) {
		const backup = `${base}.v1-backup${index === 1 ? '' : `-${index}`}.json`;
		try {
			fs.copyFileSync(filePath, backup, fs.constants.COPYFILE_EXCL);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			if (fs.readFileSync(backup).equals(original)) return backup;
			continue;
		}
		syncFile(backup);
		syncDirectory(path.dirname(backup));
		return backup;
	}
}

export type MigrationTarget = {directory: string; packId: string; filePath: string; logPath: string; scheduler: Scheduler};

/**
 * Runs conf's '2.0.0' migration on one format 1 file; call holding the pack's
 * lock, after backUpV1. The old answers are appended to the review log
 * first, skipping ids already there, so a crash before conf writes the new
 * file and a rerun never doubles a line; conf then writes format 2 and
 * records the migration version in the file's __internal__ key.
 */
export function runV1Migration(ConfClass: typeof Conf, target: MigrationTarget): void {
	const migration = (conf: Conf<Record<string, unknown>>) => {
		const parsed = parseProgressFileV1(conf.store, target.packId);
		if (parsed.kind !== 'v1') throw new Error(parsed.reason);
		const {file, reviews} = convertV1(parsed.file, target.scheduler);
		const logged = new Set(readReviewLog(target.logPath).records.map(review => review.id));
		const missing = reviews.filter(review => !logged.has(review.id));
		if (missing.length > 0) appendLines(target.logPath, missing);
		conf.store = file as unknown as Record<string, unknown>;
	};
	// Constructing conf runs the migrations the file's recorded version has not had yet.
	new ConfClass<Record<string, unknown>>({
		...confOptions(target.directory, `progress-${target.packId}`),
		projectVersion: progressProjectVersion,
		migrations: {[progressProjectVersion]: migration},
		serialize: serializeProgressFile,
		deserialize: deserializeProgressFile as (text: string) => Record<string, unknown>,
	});
	syncDirectory(target.directory);
}
