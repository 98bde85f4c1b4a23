import {contentHash} from '../../../generate/text.js';
import {deriveSeed, seededRandom, shuffle} from '../../../random.js';
import type {ChoiceQuestion, MatchQuestion, Question, ShortQuestion} from '../../schema.js';
import {sameKey, type TermPair} from './csv-pairs.js';
import {claimId} from '../../unique-id.js';

const wrongOptions = 3;

function pairKey(pair: TermPair): string {
	return `${pair.term}\n${pair.definition}`;
}

function promptFor(definition: string): string {
	const stem = definition.replace(/[.;:,]+$/, '');
	return `Which term means: ${stem}${/[?!]$/.test(stem) ? '' : '?'}`;
}

/**
 * "Which term means: …?" with the term right and up to three other terms
 * wrong; a term whose own definition reads the same is never offered as
 * wrong. With fewer than two other terms there is nothing to choose from,
 * so the learner types the term instead.
 */
function termQuestion(pair: TermPair, pairs: readonly TermPair[], seed: number, id: string): ChoiceQuestion | ShortQuestion {
	const prompt = promptFor(pair.definition);
	const taken = new Set([sameKey(pair.term)]);
	const candidates: string[] = [];
	for (const other of pairs) {
		const key = sameKey(other.term);
		if (taken.has(key) || sameKey(other.definition) === sameKey(pair.definition)) continue;
		taken.add(key);
		candidates.push(other.term);
	}
	if (candidates.length < 2) return {id, type: 'short', prompt, answer: pair.term, accept: []};
	const random = seededRandom(deriveSeed(seed, pairKey(pair)));
	const wrong = shuffle(candidates, random).slice(0, wrongOptions);
	return {id, type: 'choice', prompt, options: shuffle([pair.term, ...wrong], random), answer: pair.term};
}

/** Group sizes of 4, with 3s for what does not divide (10 → 4 3 3); none under 3, one group of 5. */
export function groupSizes(count: number): number[] {
	if (count < 3) return [];
	if (count === 5) return [5];
	const threes = (4 - (count % 4)) % 4;
	const fours = (count - 3 * threes) / 4;
	return [...Array.from({length: fours}, () => 4), ...Array.from({length: threes}, () => 3)];
}

/** Pairs whose term and definition both appear for the first time: a match of them has one right answer. */
function matchable(pairs: readonly TermPair[]): TermPair[] {
	const terms = new Set<string>();
	const definitions = new Set<string>();
	return pairs.filter(pair => {
		const term = sameKey(pair.term);
		const definition = sameKey(pair.definition);
		if (terms.has(term) || definitions.has(definition)) return false;
		terms.add(term);
		definitions.add(definition);
		return true;
	});
}

function matchQuestions(pairs: readonly TermPair[], unique: (stem: string) => string): MatchQuestion[] {
	const usable = matchable(pairs);
	const questions: MatchQuestion[] = [];
	let start = 0;
	for (const size of groupSizes(usable.length)) {
		const group = usable.slice(start, start + size);
		start += size;
		questions.push({
			id: unique(`csv-match-${contentHash(group.map(pairKey).join('\n'))}`),
			type: 'match',
			prompt: 'Match each term to its meaning.',
			pairs: group.map(pair => ({left: pair.term, right: pair.definition})),
		});
	}
	return questions;
}

/**
 * Questions from term–definition pairs: one per pair, in file order, then
 * matches of consecutive pairs. Ids follow the pairs' content, so importing
 * the file again keeps each learner's progress; the seed picks the options.
 */
export function pairQuestions(pairs: readonly TermPair[], seed: number): Question[] {
	const ids = new Set<string>();
	const unique = (stem: string) => claimId(stem, ids);
	const perPair = pairs.map(pair => termQuestion(pair, pairs, seed, unique(`csv-${contentHash(pairKey(pair))}`)));
	return [...perPair, ...matchQuestions(pairs, unique)];
}
