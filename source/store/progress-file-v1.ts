// zod/mini: the same checks in a fraction of the code, so opening the app does not load all of zod.
import {z} from 'zod/mini';
import type {ProgressFileV1} from '../core/progress/migrate-v1.js';
import {idPattern} from './ids.js';

export type {ProgressFileV1} from '../core/progress/migrate-v1.js';

// The foundation version's format, kept to read and upgrade its files. Loose: unknown fields are kept, not errors.
const count = z.int().check(z.nonnegative());
const questionSchema = z.looseObject({
	attempts: count,
	correct: count,
	streak: count,
	lastAnsweredAt: z.string(),
	lastCorrect: z.boolean(),
});

const logEntrySchema = z.object({at: z.string(), correct: z.boolean()});

const fileSchema = z.looseObject({
	formatVersion: z.literal(1),
	packId: z.string(),
	questions: z.record(z.string(), questionSchema),
	log: z._default(z.record(z.string(), z.array(logEntrySchema)), {}),
});

function describeIssue(issue: z.core.$ZodIssue): string {
	const where = issue.path.length > 0 ? issue.path.map(String).join('.') : 'the file';
	return `${where}: ${issue.message}`;
}

export function parseProgressFileV1(data: unknown, packId: string): {kind: 'v1'; file: ProgressFileV1} | {kind: 'invalid'; reason: string} {
	const result = fileSchema.safeParse(data);
	if (!result.success) return {kind: 'invalid', reason: result.error.issues.slice(0, 3).map(issue => describeIssue(issue)).join('; ')};
	if (result.data.packId !== packId) return {kind: 'invalid', reason: `it holds the progress of pack "${result.data.packId}"`};
	const badId = [...Object.keys(result.data.questions), ...Object.keys(result.data.log)].find(id => !idPattern.test(id));
	if (badId !== undefined) return {kind: 'invalid', reason: `${JSON.stringify(badId)} is not a question id`};
	const invalidTime = Object.entries(result.data.questions).find(([, question]) => Number.isNaN(Date.parse(question.lastAnsweredAt)));
	if (invalidTime) return {kind: 'invalid', reason: `questions.${invalidTime[0]}.lastAnsweredAt: not a date`};
	return {kind: 'v1', file: result.data as ProgressFileV1};
}
