import {editDistance} from '../../questions/edit-distance.js';
import {digitRuns, normalizeAnswer} from '../../questions/normalize.js';
import {quote} from '../diagnostic.js';
import {questionSignature} from '../quality-rules.js';
import type {Pack, Question} from '../schema.js';
import type {PackProblem} from './problem.js';

/**
 * What a question asks, as a learner reads it: the prompt, with the cloze
 * sentence, the items or the pairs when the prompt is only an instruction
 * ("Fill in the gap."), and the answer of a choice or typed question, so
 * that "Which of these did she say?" asked twice about two quotes differs.
 */
function asked(question: Question): string {
	switch (question.type) {
		case 'choice':
		case 'short':
			return `${question.prompt} ${question.answer}`;
		case 'multi':
			return `${question.prompt} ${question.answers.join(' ')}`;
		case 'cloze':
			return `${question.prompt} ${question.text}`;
		case 'order':
			return `${question.prompt} ${question.items.join(' ')}`;
		case 'match':
			return `${question.prompt} ${question.pairs.map(pair => `${pair.left} ${pair.right}`).join(' ')}`;
		default:
			return question.prompt;
	}
}

type Compared = {type: Question['type']; text: string; words: Set<string>; numbers: string; signature: string};

function compared(question: Question): Compared {
	const text = normalizeAnswer(asked(question));
	return {type: question.type, text, words: new Set(text.split(' ')), numbers: digitRuns(text).toSorted().join(' '), signature: questionSignature(question)};
}

/**
 * Near-identical wording in two questions of the same type: the same words
 * but for one in ten (word overlap of 90 % or more), or at most one
 * character in ten edited. Different numbers make different questions
 * ("signed in 1951" is not "signed in 1956"); exact duplicates are the
 * duplicate-question rule's; a fact asked as "Who said …?" and again as a
 * true/false statement is two kinds of question, not one asked twice.
 */
function isNearDuplicate(a: Compared, b: Compared): boolean {
	if (a.type !== b.type || a.signature === b.signature || a.numbers !== b.numbers) return false;
	const shared = [...a.words].filter(word => b.words.has(word)).length;
	const overlap = shared / (a.words.size + b.words.size - shared);
	if (overlap >= 0.9) return true;
	const longest = Math.max(a.text.length, b.text.length);
	const limit = Math.floor(longest / 10);
	// Edit distance is quadratic: only pairs whose length and words are close enough can be within the limit.
	if (limit === 0 || Math.abs(a.text.length - b.text.length) > limit || overlap < 0.5) return false;
	return editDistance(a.text, b.text) <= limit;
}

export function nearDuplicates(pack: Pack): PackProblem[] {
	const seen: Compared[] = [];
	const problems: PackProblem[] = [];
	pack.questions.forEach((question, index) => {
		const current = compared(question);
		const first = seen.findIndex(earlier => isNearDuplicate(earlier, current));
		seen.push(current);
		if (first === -1) return;
		problems.push({
			rule: 'near-duplicate',
			path: ['questions', index, 'prompt'],
			message: `worded almost the same as question ${first + 1} (${quote(pack.questions[first]!.id)}): ask something else, or drop one of them`,
		});
	});
	return problems;
}
