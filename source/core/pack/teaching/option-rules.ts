import {normalizeAnswer} from '../../questions/normalize.js';
import {clozeGaps} from '../cloze.js';
import {aliasGroups} from '../quality-rules.js';
import type {Pack, Question} from '../schema.js';
import type {PackProblem} from './problem.js';

type Choosing = Extract<Question, {type: 'choice' | 'multi'}>;

function choosing(pack: Pack): Array<{question: Choosing; index: number}> {
	return pack.questions.flatMap((question, index) => (question.type === 'choice' || question.type === 'multi' ? [{question, index}] : []));
}

const rightAnswers = (question: Choosing) => (question.type === 'choice' ? [question.answer] : question.answers);

/**
 * The option count most of the pack's choice questions have; undefined with
 * fewer than three choice questions or a tie, when no count is the usual one.
 */
export function usualOptionCount(pack: Pack): number | undefined {
	const counts = new Map<number, number>();
	let total = 0;
	for (const question of pack.questions) {
		if (question.type !== 'choice') continue;
		counts.set(question.options.length, (counts.get(question.options.length) ?? 0) + 1);
		total++;
	}
	const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
	if (!first || total < 3 || second?.[1] === first[1]) return undefined;
	return first[0];
}

/** Fewer options than usual make a question easier to guess than its neighbours. */
export function fewerOptions(pack: Pack): PackProblem[] {
	const usual = usualOptionCount(pack);
	if (usual === undefined) return [];
	return choosing(pack)
		.filter(({question}) => question.options.length < usual)
		.map(({question, index}) => ({
			rule: 'fewer-options',
			path: ['questions', index, 'options'],
			message: `${question.options.length} options where the pack's choice questions have ${usual}: add a wrong option, or a guess is easier here`,
		}));
}

const aboveOptions = [
	/^(?:all|none|both|neither|any)\s+(?:of\s+)?(?:the\s+)?(?:above|previous|preceding|other\s+(?:options|answers))$/,
	/^(?:all|none|both|neither)\s+of\s+(?:these|them|those)$/,
	/^(?:both\s+)?[a-f]\s*(?:,\s*[a-f]\s*)*(?:and|&)\s*[a-f]$/,
	/^neither\s+[a-f]\s+nor\s+[a-f]$/,
];

/** "All of the above" and "Both A and B" point at other options, but options are shuffled in every session. */
export function allNoneOfTheAbove(pack: Pack): PackProblem[] {
	return choosing(pack).flatMap(({question, index}) =>
		question.options.flatMap((option, position) => {
			const words = option.trim().toLowerCase().replace(/[.!]+$/, '').replace(/\s+/g, ' ');
			if (!aboveOptions.some(pattern => pattern.test(words))) return [];
			return [
				{
					rule: 'all-none-of-the-above' as const,
					path: ['questions', index, 'options', position],
					message: `option “${option}” points at the other options, which are shuffled in every session: ${question.type === 'choice' ? 'make it a multi question, or write a real option' : 'write a real option'}`,
				},
			];
		}),
	);
}

/**
 * A wrong option the pack itself says is the answer under another name: an
 * alternative a short or cloze question accepts beside it, or (in a multi
 * question, which the person-alias check of choice questions does not cover)
 * a person's alias. Short and cloze questions have no options of their own.
 */
export function alternativeOptions(pack: Pack): PackProblem[] {
	const people = aliasGroups(pack);
	const alternatives = alternativeGroups(pack);
	return choosing(pack).flatMap(({question, index}) => {
		const answers = rightAnswers(question);
		const answerKeys = new Set(answers.map(normalizeAnswer));
		return question.options.flatMap((option, position) => {
			const key = normalizeAnswer(option);
			if (answerKeys.has(key)) return [];
			const answer = answers.find(candidate => {
				const names = [...(alternatives.get(normalizeAnswer(candidate)) ?? []), ...(question.type === 'multi' ? (people.get(normalizeAnswer(candidate)) ?? []) : [])];
				const personAlias = (people.get(normalizeAnswer(candidate)) ?? []).some(name => normalizeAnswer(name) === key);
				// A choice question's person aliases are reported by the alias-option quality rule already.
				return names.some(name => normalizeAnswer(name) === key) && !(question.type === 'choice' && personAlias);
			});
			if (answer === undefined) return [];
			return [{rule: 'alias-option' as const, path: ['questions', index, 'options', position], message: `wrong option “${option}” is another name for the answer “${answer}”`}];
		});
	});
}

/** The spellings a short answer or a cloze gap accepts together, keyed by each of them. */
function alternativeGroups(pack: Pack): Map<string, string[]> {
	const groups = new Map<string, string[]>();
	const add = (names: string[]) => {
		if (names.length < 2) return;
		for (const name of names) groups.set(normalizeAnswer(name), [...(groups.get(normalizeAnswer(name)) ?? []), ...names]);
	};
	for (const question of pack.questions) {
		if (question.type === 'short') add([question.answer, ...question.accept]);
		if (question.type === 'cloze') for (const gap of clozeGaps(question.text)) add(gap);
	}
	return groups;
}
