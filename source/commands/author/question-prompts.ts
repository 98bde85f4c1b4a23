import {choiceQuestionSchema, evidenceSchema, type Evidence, type Question, type QuestionType} from '../../core/pack/schema.js';
import {toSingleLine} from '../../core/text/sanitize.js';
import {describeSource} from '../generate/review-card.js';
import type {Reviewer, ReviewPrompts} from '../generate/review-prompts.js';
import {askChoice, askId, askOptional, askTags, askText} from './ask.js';
import {askBody} from './question-body.js';
import {questionCard} from './question-card.js';
import {clozeSentence, idFromText} from './question-id.js';
import {promptFields, typeChoices} from './question-types.js';
import {idCheck, optional, required, type PackContext} from './validators.js';

export type QuestionsContext = PackContext & {
	/** Ids the pack already uses; new ones never repeat them. */
	questionIds: Iterable<string>;
	/** How many questions the pack has before these, to number the new ones. */
	existing: number;
};

type AskContext = PackContext & {taken: Set<string>; lastSource: string | undefined};

const shared = choiceQuestionSchema.shape;

/**
 * Questions one after another until the teacher says done: the type, the
 * fields it needs, an id, then the optional explanation, evidence and tags.
 * Each question is shown as it will be written before the next is asked.
 */
export async function askQuestions(terminal: Reviewer, context: QuestionsContext): Promise<Question[]> {
	const {prompts, print} = terminal;
	const ask: AskContext = {sources: context.sources, facts: context.facts, taken: new Set(context.questionIds), lastSource: undefined};
	const questions: Question[] = [];
	for (;;) {
		const question = await askQuestion(prompts, ask);
		questions.push(question);
		ask.taken.add(question.id);
		ask.lastSource = question.evidence?.source ?? ask.lastSource;
		print(questionCard(question, context.existing + questions.length, context.sources));
		const next = await askChoice(prompts, 'Add another question?', [
			{name: 'add another question', value: 'more'},
			{name: `done: write the ${questions.length === 1 ? 'question' : `${questions.length} questions`}`, value: 'done'},
		]);
		if (next === 'done') return questions;
	}
}

async function askQuestion(prompts: ReviewPrompts, context: AskContext): Promise<Question> {
	const type = await askChoice<QuestionType>(prompts, 'Question type:', typeChoices());
	const field = promptFields[type];
	const prompt = await askText(prompts, field.message, required(shared.prompt), field.default);
	const body = await askBody(type, prompts, context);
	const suggested = idFromText(body.type === 'cloze' ? clozeSentence(body.text) : prompt, context.taken, type);
	const id = await askId(prompts, "Question id (learners' progress is kept under it):", idCheck(context.taken, 'question'), suggested);
	const explanation = await askOptional(prompts, 'Explanation shown after the answer', optional(shared.explanation));
	const evidence = await askEvidence(prompts, context);
	const tags = await askTags(prompts);
	// The writers put id and type first; prompt before the type's fields reads best after them.
	return {
		id,
		prompt,
		...body,
		...(explanation === undefined ? {} : {explanation}),
		...(evidence === undefined ? {} : {evidence}),
		...(tags.length === 0 ? {} : {tags}),
	};
}

// Ids start with a letter or digit, so this value can never be a source's.
const noEvidence = '-';

async function askEvidence(prompts: ReviewPrompts, context: AskContext): Promise<Evidence | undefined> {
	const first = context.sources[0];
	if (first === undefined) return undefined;
	const choices = [
		...context.sources.map(source => ({name: `${toSingleLine(source.id)} · ${describeSource(source)}`, value: source.id})),
		{name: 'no evidence', value: noEvidence},
	];
	const source = await askChoice(prompts, 'Evidence: which source backs the answer?', choices, context.lastSource ?? first.id);
	if (source === noEvidence) return undefined;
	const text = await askText(prompts, 'Evidence: the sentence in it that backs the answer:', required(evidenceSchema.shape.text));
	return {source, text};
}
