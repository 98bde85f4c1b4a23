// zod/mini: the same checks in a fraction of the code, so opening the app does not load all of zod.
import {z} from 'zod/mini';
import type {PackProgress, QuestionProgress} from '../core/progress/progress.js';

/**
 * What one progress file holds: the progress of one pack, keyed by question
 * id, and a short log of the latest answers per question for scheduling.
 * Ids of questions no longer in the pack stay: a teacher may restore them.
 */
export const progressFormatVersion = 1;

/** Answers kept per question in the log; older ones drop off. */
export const answerLogLimit = 20;

export type AnswerLogEntry = {at: string; correct: boolean};

export type ProgressFile = {
	formatVersion: typeof progressFormatVersion;
	packId: string;
	questions: PackProgress;
	log: Record<string, AnswerLogEntry[]>;
};

// Loose: a field a later version adds to an entry is kept, not an error.
const count = z.int().check(z.nonnegative());
const questionProgressSchema = z.looseObject({
	attempts: count,
	correct: count,
	streak: count,
	lastAnsweredAt: z.string(),
	lastCorrect: z.boolean(),
});

const answerLogEntrySchema = z.object({at: z.string(), correct: z.boolean()});

const progressFileSchema = z.object({
	formatVersion: z.literal(progressFormatVersion),
	packId: z.string(),
	questions: z.record(z.string(), questionProgressSchema),
	log: z._default(z.record(z.string(), z.array(answerLogEntrySchema)), {}),
});

export function emptyProgressFile(packId: string): ProgressFile {
	return {formatVersion: progressFormatVersion, packId, questions: {}, log: {}};
}

export type ParsedProgressFile =
	| {kind: 'ok'; file: ProgressFile}
	| {kind: 'invalid'; reason: string}
	/** Written by a newer factdrill: not ours to repair or to overwrite. */
	| {kind: 'newer'; formatVersion: number};

function describeIssue(issue: z.core.$ZodIssue): string {
	const where = issue.path.length > 0 ? issue.path.map(String).join('.') : 'the file';
	return `${where}: ${issue.message}`;
}

export function parseProgressFile(data: unknown, packId: string): ParsedProgressFile {
	if (typeof data === 'object' && data !== null && 'formatVersion' in data) {
		const {formatVersion} = data;
		if (typeof formatVersion === 'number' && formatVersion > progressFormatVersion) return {kind: 'newer', formatVersion};
	}
	const result = progressFileSchema.safeParse(data);
	if (!result.success) return {kind: 'invalid', reason: result.error.issues.slice(0, 3).map(issue => describeIssue(issue)).join('; ')};
	if (result.data.packId !== packId) return {kind: 'invalid', reason: `it holds the progress of pack "${result.data.packId}"`};
	return {kind: 'ok', file: {...result.data, questions: result.data.questions as Record<string, QuestionProgress>}};
}

/** The file after one more answer: the entry from applyAnswer, the log entry appended and trimmed. */
export function withAnswer(file: ProgressFile, questionId: string, progress: QuestionProgress, correct: boolean): ProgressFile {
	const log = [...(file.log[questionId] ?? []), {at: progress.lastAnsweredAt, correct}].slice(-answerLogLimit);
	return {
		...file,
		questions: {...file.questions, [questionId]: progress},
		log: {...file.log, [questionId]: log},
	};
}

/** conf's layout (tab-indented JSON), except that each log entry takes one line. */
export function serializeProgressFile(file: ProgressFile): string {
	return JSON.stringify(file, undefined, '\t').replace(
		/\{\n\t+"at": ("[^"\n]*"),\n\t+"correct": (true|false)\n\t+\}/g,
		'{"at": $1, "correct": $2}',
	);
}
