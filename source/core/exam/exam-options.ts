import type {Pack} from '../pack/schema.js';
import {DurationError, parseDuration} from './duration.js';

export type ExamOptions = {count: number; timeLimitMs: number; passMark: number};

/** What an exam uses when neither the command line nor the pack says. */
export const defaultExamOptions: ExamOptions = {count: 30, timeLimitMs: 20 * 60_000, passMark: 70};

/**
 * Each setting from the command line, else the first chosen pack's `exam:`
 * block, else the defaults. A pack's time that cannot be read is an error
 * naming the pack, not a silent default.
 */
export function resolveExamOptions(given: Partial<ExamOptions>, firstPack: Pick<Pack, 'id' | 'exam'> | undefined): ExamOptions {
	const pack = firstPack?.exam;
	let packTime: number | undefined;
	if (given.timeLimitMs === undefined && pack?.time !== undefined) {
		try {
			packTime = parseDuration(pack.time);
		} catch (error) {
			if (!(error instanceof DurationError)) throw error;
			throw new DurationError(`pack ${firstPack?.id}: exam.time ${error.message}`);
		}
	}
	return {
		count: given.count ?? pack?.count ?? defaultExamOptions.count,
		timeLimitMs: given.timeLimitMs ?? packTime ?? defaultExamOptions.timeLimitMs,
		passMark: given.passMark ?? pack?.pass ?? defaultExamOptions.passMark,
	};
}
