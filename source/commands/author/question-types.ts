import type {QuestionType} from '../../core/pack/schema.js';

/** How many options, items or pairs each list type takes: the schema's limits (a test holds them to it). */
export const listLimits = {
	choice: {min: 2, max: 6},
	multi: {min: 2, max: 8},
	order: {min: 3, max: 6},
	match: {min: 2, max: 6},
} as const;

const {choice, multi, order, match} = listLimits;

/** The seven types in the order offered, each with the line that says what the learner does. */
export const questionTypes: ReadonlyArray<{type: QuestionType; summary: string}> = [
	{type: 'choice', summary: `picks the one right answer among ${choice.min}–${choice.max} options`},
	{type: 'multi', summary: `ticks every right answer among ${multi.min}–${multi.max} options`},
	{type: 'truefalse', summary: 'says whether a statement is true or false'},
	{type: 'cloze', summary: 'fills the gaps in a sentence: {{answer|alternative}}'},
	{type: 'short', summary: 'types the answer; numbers may have a tolerance'},
	{type: 'order', summary: `puts ${order.min}–${order.max} items in the right order`},
	{type: 'match', summary: `pairs ${match.min}–${match.max} items on the left with the right`},
];

export function typeChoices(): Array<{name: string; value: QuestionType}> {
	return questionTypes.map(({type, summary}) => ({name: `${type.padEnd(9)} the learner ${summary}`, value: type}));
}

/** What to call the prompt for each type, and a wording to start from where one fits most questions. */
export const promptFields: Record<QuestionType, {message: string; default?: string}> = {
	choice: {message: 'Question:'},
	multi: {message: 'Question:'},
	truefalse: {message: 'Statement (the learner says whether it is true):'},
	cloze: {message: 'Instruction shown above the sentence:', default: 'Fill in the gap.'},
	short: {message: 'Question:'},
	order: {message: 'Question:', default: 'Put these in order, earliest first.'},
	match: {message: 'Question:', default: 'Match each item on the left with its pair on the right.'},
};
