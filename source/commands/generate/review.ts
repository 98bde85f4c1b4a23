import {plural} from '../../core/text/plural.js';
import type {GeneratedQuestion} from '../../core/generate/types.js';
import type {Fact, Source} from '../../core/pack/schema.js';
import {editedQuestionProblems, editQuestion} from './edit-question.js';
import {formatReviewCard} from './review-card.js';
import type {Reviewer} from './review-prompts.js';

export type ReviewOutcome = {
	/** The questions to write, edited ones in their edited form, in the generated order. */
	questions: GeneratedQuestion[];
	kept: number;
	edited: number;
	dropped: number;
};

export type ReviewContext = {sources: readonly Source[]; facts: readonly Fact[]};

type Action = 'keep' | 'edit' | 'drop' | 'keep-rest' | 'drop-rest';

/**
 * Shows each generated question and asks what to do with it. After an edit
 * the question is shown again, so the teacher sees what will be written and
 * may edit again or drop it after all. Ctrl+C rejects (inquirer's
 * ExitPromptError) and the caller writes nothing.
 */
export async function reviewQuestions(items: readonly GeneratedQuestion[], context: ReviewContext, reviewer: Reviewer): Promise<ReviewOutcome> {
	const {prompts, print} = reviewer;
	const outcome: ReviewOutcome = {questions: [], kept: 0, edited: 0, dropped: 0};
	print(`Review ${plural(items.length, 'generated question')}: keep, edit or drop each. Ctrl+C stops without writing anything.\n`);
	for (const [index, generated] of items.entries()) {
		let item = generated;
		let edited = false;
		for (;;) {
			print(formatReviewCard(item, {index, total: items.length}, context.sources, edited));
			const action = (await prompts.select({message: 'Keep this question?', choices: actionChoices(items.length - index - 1), default: 'keep', loop: false})) as Action;
			if (action === 'edit') {
				item = {...item, question: await editUntilValid(item, context, reviewer)};
				edited = true;
				continue;
			}
			if (action === 'drop' || action === 'drop-rest') {
				outcome.dropped += action === 'drop' ? 1 : items.length - index;
			} else {
				outcome.questions.push(item);
				outcome[edited ? 'edited' : 'kept']++;
				if (action === 'keep-rest') {
					outcome.questions.push(...items.slice(index + 1));
					outcome.kept += items.length - index - 1;
				}
			}
			if (action === 'keep-rest' || action === 'drop-rest') return outcome;
			break;
		}
	}
	return outcome;
}

async function editUntilValid(item: GeneratedQuestion, context: ReviewContext, {prompts, print}: Reviewer): Promise<GeneratedQuestion['question']> {
	let question = item.question;
	for (;;) {
		question = await editQuestion(question, prompts);
		const problems = editedQuestionProblems(question, context);
		if (problems.length === 0) return question;
		print(`${problems.map(problem => `✘ ${problem}`).join('\n')}\nPlease edit it again.\n`);
	}
}

function actionChoices(remaining: number): Array<{name: string; value: Action; description: string}> {
	const rest = remaining === 1 ? 'the 1 after it' : `the ${remaining} after it`;
	const choices: Array<{name: string; value: Action; description: string}> = [
		{name: 'keep', value: 'keep', description: 'write it as shown'},
		{name: 'edit', value: 'edit', description: 'change the prompt, the options or answer, the explanation'},
		{name: 'drop', value: 'drop', description: 'leave it out of the pack'},
	];
	if (remaining > 0) {
		choices.push(
			{name: 'keep this and all the rest', value: 'keep-rest', description: `stop reviewing and write this question and ${rest} unseen`},
			{name: 'drop this and all the rest', value: 'drop-rest', description: `stop reviewing and write only the questions kept so far (drops this and ${rest})`},
		);
	}
	return choices;
}
