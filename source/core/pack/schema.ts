import {z} from 'zod';

/**
 * Pack format v1. A pack is one YAML file: metadata, the sources its facts
 * come from, the facts, and the questions. Progress is keyed by question id,
 * so ids must stay stable when wording changes.
 */

export const packFormat = 'factdrill/pack@1';

const id = z
	.string()
	.regex(/^[a-z0-9][a-z0-9._-]*$/, 'ids use lower-case letters, digits, ".", "_" and "-", starting with a letter or digit')
	.max(80);

const text = z.string().trim().min(1, 'must not be empty');

/** YYYY, YYYY-MM or YYYY-MM-DD: a date at the precision the source gives. */
export const partialDate = z
	.string()
	.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'dates are YYYY, YYYY-MM or YYYY-MM-DD');

/**
 * YAML reads an unquoted 1951 or 1.0 as a number. Accept numbers in the
 * schema itself (not by preprocessing) so the generated JSON Schema tells
 * editors that `date: 1951` is fine.
 */
function numberOrString<T extends z.ZodType<string, string>>(inner: T) {
	return z.union([inner, z.number()]).transform(String).pipe(inner);
}

const factDate = numberOrString(partialDate);

export const sourceSchema = z.strictObject({
	id,
	title: text,
	outlet: text.optional(),
	published: partialDate.optional(),
	url: z.url().optional(),
});

export const evidenceSchema = z.strictObject({
	source: id.describe('id of an entry in the pack\'s sources'),
	text: text.describe('the sentence from the source that supports the answer'),
});

const factBase = {
	id,
	source: id.describe('id of an entry in the pack\'s sources'),
	evidence: text.optional().describe('the sentence in the source this fact comes from'),
};

export const quoteFactSchema = z.strictObject({
	...factBase,
	type: z.literal('quote'),
	speaker: text,
	role: text.optional(),
	text,
	kind: z.enum(['direct', 'indirect']).default('direct'),
	date: factDate.optional(),
});

export const eventFactSchema = z.strictObject({
	...factBase,
	type: z.literal('event'),
	date: factDate,
	what: text,
});

export const treatyFactSchema = z.strictObject({
	...factBase,
	type: z.literal('treaty'),
	name: text,
	year: z.number().int().min(1000).max(3000).optional(),
	parties: z.array(text).default([]),
	signed: z.boolean().optional(),
});

export const personFactSchema = z.strictObject({
	...factBase,
	type: z.literal('person'),
	name: text,
	roles: z.array(text).default([]),
	aliases: z.array(text).default([]),
});

export const factSchema = z.discriminatedUnion('type', [
	quoteFactSchema,
	eventFactSchema,
	treatyFactSchema,
	personFactSchema,
]);

const questionBase = {
	id,
	prompt: text.describe('the question as the learner sees it'),
	explanation: text.optional(),
	evidence: evidenceSchema.optional(),
	facts: z.array(id).optional().describe('ids of the facts this question tests'),
	tags: z.array(text).optional(),
	difficulty: z.number().min(0).max(1).optional().describe('0 easy … 1 hard'),
};

/** Answers given in typed form: accepted alternatives beside the main answer. */
const accept = z.array(text).default([]);

export const choiceQuestionSchema = z.strictObject({
	...questionBase,
	type: z.literal('choice'),
	options: z.array(text).min(2).max(6),
	answer: text.describe('the text of the right option'),
});

export const multiQuestionSchema = z.strictObject({
	...questionBase,
	type: z.literal('multi'),
	options: z.array(text).min(2).max(8),
	answers: z.array(text).min(1).describe('the texts of every right option'),
});

export const trueFalseQuestionSchema = z.strictObject({
	...questionBase,
	type: z.literal('truefalse'),
	answer: z.boolean(),
});

export const clozeQuestionSchema = z.strictObject({
	...questionBase,
	type: z.literal('cloze'),
	text: text.describe('a sentence with gaps written {{answer|alternative|…}}'),
});

export const shortQuestionSchema = z.strictObject({
	...questionBase,
	type: z.literal('short'),
	answer: numberOrString(text),
	accept,
	tolerance: z
		.number()
		.nonnegative()
		.optional()
		.describe('for a numeric answer: any number within ± this of the answer is right (as GIFT\'s 1.5:0.1)'),
});

export const orderQuestionSchema = z.strictObject({
	...questionBase,
	type: z.literal('order'),
	items: z.array(text).min(3).max(6).describe('the items in their right order'),
});

export const matchQuestionSchema = z.strictObject({
	...questionBase,
	type: z.literal('match'),
	pairs: z
		.array(z.strictObject({left: text, right: text}))
		.min(2)
		.max(6),
});

export const questionSchema = z.discriminatedUnion('type', [
	choiceQuestionSchema,
	multiQuestionSchema,
	trueFalseQuestionSchema,
	clozeQuestionSchema,
	shortQuestionSchema,
	orderQuestionSchema,
	matchQuestionSchema,
]);

/** How much of the pack a learner meets per day; absent fields take the learner's global settings. */
export const studyDefaultsSchema = z.strictObject({
	new: z.number().int().min(0).max(9999).optional().describe('new questions introduced per day'),
	reviews: z.number().int().min(0).max(99_999).optional().describe('reviews per day'),
});

/** A duration written 20m, 1h30m, 90s or 45 (minutes). */
export const durationText = z
	.union([z.string(), z.number()])
	.transform(String)
	.pipe(z.string().regex(/^(\d+h)?(\d+m)?(\d+s)?$|^\d+$/, 'a duration such as 20m, 1h30m, 90s or 45 (minutes)').refine(value => value !== '', 'must not be empty'));

/** What `factdrill exam` uses for this pack when the command line does not say. */
export const examDefaultsSchema = z.strictObject({
	count: z.number().int().min(1).max(500).optional().describe('questions per exam'),
	time: durationText.optional().describe('time allowed, e.g. 20m'),
	pass: z.number().min(0).max(100).optional().describe('pass mark in percent'),
});

export const packSchema = z.strictObject({
	format: z.literal(packFormat).describe('always factdrill/pack@1 for this version of the format'),
	id,
	title: text,
	description: text.optional(),
	author: text.optional(),
	language: z
		.string()
		.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language tag such as en or en-GB')
		.default('en'),
	version: numberOrString(text).default('1.0.0'),
	license: text.optional(),
	tags: z.array(text).default([]),
	study: studyDefaultsSchema.optional(),
	exam: examDefaultsSchema.optional(),
	sources: z.array(sourceSchema).default([]),
	facts: z.array(factSchema).default([]),
	questions: z.array(questionSchema).min(1, 'a pack needs at least one question'),
});

export type Pack = z.infer<typeof packSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Fact = z.infer<typeof factSchema>;
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];
export type ChoiceQuestion = z.infer<typeof choiceQuestionSchema>;
export type MultiQuestion = z.infer<typeof multiQuestionSchema>;
export type TrueFalseQuestion = z.infer<typeof trueFalseQuestionSchema>;
export type ClozeQuestion = z.infer<typeof clozeQuestionSchema>;
export type ShortQuestion = z.infer<typeof shortQuestionSchema>;
export type OrderQuestion = z.infer<typeof orderQuestionSchema>;
export type MatchQuestion = z.infer<typeof matchQuestionSchema>;

export const factsFormat = 'factdrill/facts@1';

/**
 * What `factdrill extract --yaml` writes: the facts of one or more articles
 * with their sources, in the pack's own fact format, for a teacher to correct
 * and for `factdrill generate` to turn into questions.
 */
export const factsDocumentSchema = z.strictObject({
	format: z.literal(factsFormat),
	sources: z.array(sourceSchema).min(1),
	facts: z.array(factSchema),
});

export type FactsDocument = z.infer<typeof factsDocumentSchema>;
