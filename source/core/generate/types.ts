import type {Question} from '../pack/schema.js';

/** What a generated question asks; also the first part of its id and one of its tags. */
export const questionKinds = [
	'who-said',
	'what-said',
	'role',
	'when',
	'which-treaty',
	'treaty-year',
	'treaty-parties',
	'cloze',
	'truefalse',
	'order',
	'match',
] as const;
export type QuestionKind = (typeof questionKinds)[number];

export type GenerateOptions = {
	/** Same seed, same facts → the same pack, byte for byte. Default 1. */
	seed?: number;
	/** Options per choice question, 2–6. Default 4. */
	optionCount?: number;
	/** The pack's id; default from the first source's title. */
	id?: string;
	/** The pack's title; default from the sources' titles. */
	title?: string;
};

/** A question with what the generator knows about it beyond the pack format. */
export type GeneratedQuestion = {kind: QuestionKind; question: Question};

export type GenerateReport = {
	byKind: Record<QuestionKind, number>;
	/** Choice questions, and those of them with the full number of distinct options. */
	choice: {total: number; full: number};
	/** Candidate questions dropped by a quality rule, with the rule's message. */
	dropped: Array<{kind: QuestionKind; reason: string}>;
};
