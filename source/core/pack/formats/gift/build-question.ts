import {buildNumeric, buildShort} from './build-typed.js';
import {type Built, type Draft, feedbackOf, partialCredit, promptOf, type QuestionText, withExplanation} from './draft.js';
import {explanationOf} from './feedback.js';
import type {GiftAnswers, MatchPair, WeightedAnswer} from './parse-answers.js';
import type {Issue} from './pieces.js';

/** The factdrill question a GIFT answer block makes; `at` (its "{") is where whole-block problems are reported. */
export function buildQuestion(answers: GiftAnswers, text: QuestionText, at: number): Built {
	const fail = (message: string): Built => ({draft: undefined, issues: [{at, severity: 'error', message}]});
	if (answers.kind === 'essay') {
		return {draft: undefined, issues: [{at, severity: 'warning', message: 'an essay question ({}) has no answer to check; skipped'}]};
	}
	if (promptOf(text) === '') return fail('the question has no text and no ::title::');
	switch (answers.kind) {
		case 'multichoice': {
			return answers.single ? buildChoice(answers.answers, text, at) : buildMulti(answers.answers, text, at);
		}
		case 'truefalse': {
			const answer = (value: boolean) => (value ? 'true' : 'false');
			const explanation = explanationOf(text.general, {answer: answer(answers.value), feedback: answers.rightFeedback}, [
				{answer: answer(!answers.value), feedback: answers.wrongFeedback},
			]);
			return {draft: {type: 'truefalse', prompt: promptOf(text), answer: answers.value, ...withExplanation(explanation)}, issues: []};
		}
		case 'short': {
			return buildShort(answers.answers, text, at);
		}
		case 'numeric': {
			return buildNumeric(answers.answers, answers.otherFeedback, text, at);
		}
		case 'match': {
			return buildMatch(answers.pairs, text, at);
		}
	}
}

function buildChoice(answers: WeightedAnswer[], text: QuestionText, at: number): Built {
	const issues = partialCredit(answers);
	const right = answers.filter(answer => answer.weight === 100);
	const [answer] = right;
	if (!answer) return {draft: undefined, issues: [...issues, {at, severity: 'error', message: 'no right answer: mark it with ='}]};
	if (right.length > 1) {
		const message = `${right.length} answers are marked right (=), but a single-answer question has one; for several right answers give each a weight such as ~%50%`;
		return {draft: undefined, issues: [{at, severity: 'error', message}]};
	}
	if (answers.length > 6) return {draft: undefined, issues: [{at, severity: 'error', message: `factdrill's multiple choice takes 2–6 options; this has ${answers.length}`}]};
	const explanation = explanationOf(text.general, feedbackOf(answer), answers.filter(other => other !== answer).map(feedbackOf));
	const draft: Draft = {type: 'choice', prompt: promptOf(text), options: answers.map(option => option.text), answer: answer.text, ...withExplanation(explanation)};
	return {draft, issues};
}

function buildMulti(answers: WeightedAnswer[], text: QuestionText, at: number): Built {
	const right = answers.filter(answer => answer.weight > 0);
	if (right.length === 0) {
		return {draft: undefined, issues: [{at, severity: 'error', message: 'no right answer: mark it with =, or give the right answers positive weights such as ~%50%'}]};
	}
	if (answers.length > 8) return {draft: undefined, issues: [{at, severity: 'error', message: `factdrill's multiple-answer questions take 2–8 options; this has ${answers.length}`}]};
	const issues: Issue[] = [];
	const sum = right.reduce((total, answer) => total + answer.weight, 0);
	// Moodle checks the sum to two decimals of a fraction: 3 × 33.33333% is 100%.
	if (Math.round(sum) !== 100) {
		issues.push({at, severity: 'warning', message: `the right answers' weights add up to ${Number(sum.toFixed(5))}%, not 100%; every answer with a positive weight counts as right`});
	}
	const explanation = explanationOf(text.general, undefined, answers.map(feedbackOf));
	const draft: Draft = {
		type: 'multi',
		prompt: promptOf(text),
		options: answers.map(option => option.text),
		answers: [...new Set(right.map(answer => answer.text))],
		...withExplanation(explanation),
	};
	return {draft, issues};
}

function buildMatch(pairs: MatchPair[], text: QuestionText, at: number): Built {
	const issues: Issue[] = [];
	const kept: MatchPair[] = [];
	for (const pair of pairs) {
		if (pair.right === '') return {draft: undefined, issues: [{at: pair.at, severity: 'error', message: `the pair for "${pair.left}" has nothing after "->"`}]};
		if (pair.left === '') {
			issues.push({at: pair.at, severity: 'warning', message: `the spare answer "${pair.right}" (no left-hand side) is dropped: factdrill's matching has no spare answers`});
		} else {
			kept.push(pair);
		}
	}
	if (kept.length < 2 || kept.length > 6) {
		return {draft: undefined, issues: [...issues, {at, severity: 'error', message: `a matching question takes 2–6 pairs; this has ${kept.length}`}]};
	}
	const draft: Draft = {type: 'match', prompt: promptOf(text), pairs: kept.map(({left, right}) => ({left, right})), ...withExplanation(explanationOf(text.general, undefined, []))};
	return {draft, issues};
}
