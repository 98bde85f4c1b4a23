import {
	choiceQuestionSchema,
	clozeQuestionSchema,
	matchQuestionSchema,
	multiQuestionSchema,
	orderQuestionSchema,
	shortQuestionSchema,
	type Question,
	type QuestionType,
} from '../../core/pack/schema.js';
import {toSingleLine} from '../../core/text/sanitize.js';
import type {ReviewPrompts} from '../generate/review-prompts.js';
import {askChoice, askEntries, askOptional, askText} from './ask.js';
import {listLimits} from './question-types.js';
import {both, lintCheck, required, schemaCheck, type PackContext} from './validators.js';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** What makes each type what it is: everything but the fields every question shares. */
export type QuestionBody = DistributiveOmit<Question, 'id' | 'prompt' | 'explanation' | 'evidence' | 'facts' | 'tags' | 'difficulty'>;

/** The fields the type needs, each checked as it is typed. */
export async function askBody(type: QuestionType, prompts: ReviewPrompts, context: PackContext): Promise<QuestionBody> {
	switch (type) {
		case 'choice': {
			const options = await askOptions('choice', prompts, context);
			const right = await askChoice(prompts, 'Which option is right?', numbered(options));
			return {type, options, answer: options[Number(right)]!};
		}
		case 'multi': {
			const options = await askOptions('multi', prompts, context);
			const right = await prompts.checkbox({message: 'Which options are right? (Space ticks, Enter confirms)', choices: numbered(options), required: true});
			return {type, options, answers: right.map(index => options[Number(index)]!)};
		}
		case 'truefalse': {
			const answer = await askChoice(prompts, 'Is the statement true or false?', [
				{name: 'true', value: 'true'},
				{name: 'false', value: 'false'},
			]);
			return {type, answer: answer === 'true'};
		}
		case 'cloze': {
			const check = both(required(clozeQuestionSchema.shape.text), value => lintCheck({type, text: value.trim()}, context));
			return {type, text: await askText(prompts, 'Sentence, each gap written {{answer}} or {{answer|alternative}}:', check)};
		}
		case 'short':
			return askShort(prompts);
		case 'order': {
			const items = await askEntries(prompts, {
				label: number => (number === 1 ? 'Item 1 (the first)' : `Item ${number}`),
				...listLimits.order,
				tooFew: entries => schemaCheck(orderQuestionSchema.pick({items: true}), {items: entries}),
				check: (entries, value) => lintCheck({type, items: [...entries, value]}, context),
			});
			return {type, items};
		}
		case 'match':
			return {type, pairs: await askPairs(prompts, context)};
	}
}

async function askOptions(type: 'choice' | 'multi', prompts: ReviewPrompts, context: PackContext): Promise<string[]> {
	const schema = type === 'choice' ? choiceQuestionSchema.pick({options: true}) : multiQuestionSchema.pick({options: true});
	return askEntries(prompts, {
		label: number => `Option ${number}`,
		...listLimits[type],
		tooFew: entries => schemaCheck(schema, {options: entries}),
		check: (entries, value) => lintCheck({type, options: [...entries, value]}, context),
	});
}

function numbered(options: readonly string[]): Array<{name: string; value: string}> {
	return options.map((option, index) => ({name: toSingleLine(option), value: String(index)}));
}

// The grader's reading of a typed number: "1,5" is 1.5.
const numberPattern = /^\s*[-+]?(\d+([.,]\d*)?|[.,]\d+)\s*$/;

function readNumber(text: string): number | undefined {
	return numberPattern.test(text) ? Number(text.trim().replace(',', '.')) : undefined;
}

async function askShort(prompts: ReviewPrompts): Promise<QuestionBody> {
	const answer = await askText(prompts, 'Answer:', required(shortQuestionSchema.shape.answer));
	// The grader ignores case, so "john" beside "John" would accept nothing new.
	const isAccepted = (entries: readonly string[], value: string) => [answer, ...entries].some(entry => entry.toLowerCase() === value.toLowerCase());
	const accept = await askEntries(prompts, {
		label: () => 'Another answer to accept',
		min: 0,
		max: Number.POSITIVE_INFINITY,
		tooFew: () => true,
		check: (entries, value) => (isAccepted(entries, value) ? `"${toSingleLine(value)}" is already accepted` : true),
	});
	if (readNumber(answer) === undefined) return {type: 'short', answer, accept};
	const tolerance = await askOptional(prompts, `Tolerance: also accept any number within ± this of ${answer}`, value =>
		schemaCheck(shortQuestionSchema.shape.tolerance, readNumber(value) ?? value.trim()),
	);
	return {type: 'short', answer, accept, ...(tolerance === undefined ? {} : {tolerance: readNumber(tolerance)})};
}

const pairSide = matchQuestionSchema.shape.pairs.element.shape.right;

async function askPairs(prompts: ReviewPrompts, context: PackContext): Promise<Array<{left: string; right: string}>> {
	const pairs: Array<{left: string; right: string}> = [];
	const {min, max} = listLimits.match;
	const check = (pair: Partial<{left: string; right: string}>) => lintCheck({type: 'match', pairs: [...pairs, pair]}, context);
	while (pairs.length < max) {
		const canStop = pairs.length >= min;
		const left = (
			await prompts.input({
				message: `Pair ${pairs.length + 1}, left${canStop ? ' (Enter when done)' : ''}:`,
				validate: value => (value.trim() === '' ? (canStop ? true : schemaCheck(matchQuestionSchema.pick({pairs: true}), {pairs})) : check({left: value.trim()})),
			})
		).trim();
		if (left === '') break;
		const rightCheck = both(required(pairSide), value => check({left, right: value.trim()}));
		const right = await askText(prompts, `Pair ${pairs.length + 1}, right (what "${toSingleLine(left)}" goes with):`, rightCheck);
		pairs.push({left, right});
	}
	return pairs;
}
