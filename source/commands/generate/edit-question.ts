import {formatPath, packErrorMap, withLabel} from '../../core/pack/issue-messages.js';
import {lintPackData} from '../../core/pack/lint-rules.js';
import {questionSchema, type Fact, type Question, type Source} from '../../core/pack/schema.js';
import {toSingleLine} from '../../core/text/sanitize.js';
import type {ReviewPrompts} from './review-prompts.js';

/**
 * Walks the teacher through a question's wording, field by field, each
 * prefilled with the current text so a one-word fix is a one-word edit:
 * the prompt, then what the type has (options and which one is right, the
 * cloze sentence, the true/false answer, items, pairs), then the
 * explanation. The number of options, items and pairs stays as generated.
 */
export async function editQuestion(question: Question, prompts: ReviewPrompts): Promise<Question> {
	const prompt = await editText(prompts, 'Prompt:', question.prompt);
	const edited = await editBody({...question, prompt}, prompts);
	return editExplanation(edited, prompts);
}

async function editBody(question: Question, prompts: ReviewPrompts): Promise<Question> {
	switch (question.type) {
		case 'choice': {
			const options = await editList(prompts, 'Option', question.options);
			const right = await prompts.select({
				message: 'Which option is right?',
				choices: options.map((option, index) => ({name: toSingleLine(option), value: String(index)})),
				default: String(Math.max(question.options.indexOf(question.answer), 0)),
			});
			return {...question, options, answer: options[Number(right)] ?? question.answer};
		}
		case 'multi': {
			const options = await editList(prompts, 'Option', question.options);
			const right = await prompts.checkbox({
				message: 'Which options are right? (Space ticks, Enter confirms)',
				choices: options.map((option, index) => ({name: toSingleLine(option), value: String(index), checked: question.answers.includes(question.options[index] ?? '')})),
				required: true,
			});
			return {...question, options, answers: right.map(index => options[Number(index)] ?? '')};
		}
		case 'truefalse': {
			const answer = await prompts.select({
				message: 'Is the statement true or false?',
				choices: [
					{name: 'true', value: 'true'},
					{name: 'false', value: 'false'},
				],
				default: String(question.answer),
			});
			return {...question, answer: answer === 'true'};
		}
		case 'cloze':
			return {...question, text: await editText(prompts, 'Text (each gap written {{answer}} or {{answer|alternative}}):', question.text)};
		case 'short':
			return {...question, answer: await editText(prompts, 'Answer:', question.answer)};
		case 'order':
			return {...question, items: await editList(prompts, 'Item (in the right order)', question.items)};
		case 'match': {
			const left = await editList(prompts, 'Left', question.pairs.map(pair => pair.left));
			const right = await editList(prompts, 'Right', question.pairs.map(pair => pair.right));
			return {...question, pairs: left.map((text, index) => ({left: text, right: right[index] ?? ''}))};
		}
	}
}

async function editExplanation(question: Question, prompts: ReviewPrompts): Promise<Question> {
	const current = question.explanation ?? '';
	const explanation = (await prompts.input({message: 'Explanation (shown after the answer):', default: current, prefill: 'editable'})).trim();
	if (explanation !== '') return {...question, explanation};
	const edited: Question = {...question};
	delete edited.explanation;
	return edited;
}

async function editText(prompts: ReviewPrompts, message: string, current: string, isTaken?: (value: string) => boolean): Promise<string> {
	const value = await prompts.input({
		message,
		default: current,
		prefill: 'editable',
		validate: text => (text.trim() === '' ? 'must not be empty' : isTaken?.(text.trim()) ? 'already used above: each must differ' : true),
	});
	return value.trim();
}

/** Each entry in turn; entries must stay distinct, as the lint rules want. */
async function editList(prompts: ReviewPrompts, noun: string, entries: readonly string[]): Promise<string[]> {
	const edited: string[] = [];
	for (const [index, entry] of entries.entries()) {
		edited.push(await editText(prompts, `${noun} ${index + 1}/${entries.length}:`, entry, value => edited.includes(value)));
	}
	return edited;
}

/**
 * What is still wrong with an edited question, by the same schema and lint
 * rules `factdrill lint` applies, so a review never ends in a pack that
 * fails its own checks. Empty when it is fine.
 */
export function editedQuestionProblems(question: Question, context: {sources: readonly Source[]; facts: readonly Fact[]}): string[] {
	const parsed = questionSchema.safeParse(question, {error: packErrorMap});
	if (!parsed.success) return parsed.error.issues.map(issue => withLabel(formatPath(issue.path.filter(key => typeof key !== 'symbol')), issue.message));
	const data = {sources: context.sources, facts: context.facts, questions: [question]};
	const prefix = /^questions\[0\](?: \(id "[^"]*"\))?: /;
	return lintPackData(data, () => ({line: 1, column: 1}), 'edited question')
		.filter(diagnostic => diagnostic.severity === 'error')
		.map(diagnostic => diagnostic.message.replace(prefix, ''));
}
