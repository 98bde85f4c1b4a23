import {DurationError, parseDuration} from '../core/exam/duration.js';
import {UsageError} from './usage.js';

export type ExamCommand = {
	name: 'exam';
	/** Packs by id or .yaml file; none: the --pack files, else every pack. */
	packs: string[];
	/** Undefined where the command line does not say: the first pack's `exam:` block or the defaults decide. */
	count: number | undefined;
	timeLimitMs: number | undefined;
	passMark: number | undefined;
	tags: string[];
	seed: number | undefined;
	countForReview: boolean;
	json: boolean;
	packFiles: string[];
};

type ExamValues = {count?: string; time?: string; pass?: string; tags?: string[]; 'count-for-review'?: boolean; json?: boolean};

export function parseExam(packs: string[], values: ExamValues, seed: number | undefined, packFiles: string[]): ExamCommand {
	return {
		name: 'exam',
		packs,
		count: values.count === undefined ? undefined : wholeNumber('--count', values.count, 1, 500),
		timeLimitMs: values.time === undefined ? undefined : duration(values.time),
		passMark: values.pass === undefined ? undefined : passMark(values.pass),
		// --tags a,b and --tags a --tags b alike.
		tags: [...new Set((values.tags ?? []).flatMap(tag => tag.split(',')).map(tag => tag.trim()).filter(tag => tag !== ''))],
		seed,
		countForReview: values['count-for-review'] ?? false,
		json: values.json ?? false,
		packFiles,
	};
}

function wholeNumber(option: string, text: string, min: number, max: number): number {
	if (!/^\d+$/.test(text.trim()) || Number(text) < min || Number(text) > max) {
		throw new UsageError(`${option} takes a whole number from ${min} to ${max}, got "${text}"`);
	}
	return Number(text);
}

function passMark(text: string): number {
	const value = text.trim().replace(/\s*%$/, '');
	if (!/^\d+(\.\d+)?$/.test(value) || Number(value) > 100) throw new UsageError(`--pass takes a percentage from 0 to 100, such as 70, got "${text}"`);
	return Number(value);
}

function duration(text: string): number {
	try {
		return parseDuration(text);
	} catch (error) {
		if (error instanceof DurationError) throw new UsageError(`--time: ${error.message}`);
		throw error;
	}
}
