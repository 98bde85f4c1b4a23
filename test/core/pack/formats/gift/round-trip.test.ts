import {deepStrictEqual} from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import test from 'ava';
import fc from 'fast-check';
import {formatNumber} from '../../../../../source/core/pack/formats/gift/parse-numeric.js';
import {parseGift, writeGift} from '../../../../../source/core/pack/formats/gift/index.js';
import {parsePack} from '../../../../../source/core/pack/parse.js';
import type {Pack, Question} from '../../../../../source/core/pack/schema.js';
import {assertValidQuestions, fixtureNames, giftFixture, packOf} from './gift-test-helpers.js';

/** What GIFT keeps of a question: everything but evidence, facts and difficulty. */
function kept(question: Question): Question {
	const copy = {...question};
	delete copy.evidence;
	delete copy.facts;
	delete copy.difficulty;
	return copy;
}

function throughGift(pack: Pack) {
	const {text, skipped} = writeGift(pack);
	return {text, skipped, back: parseGift(text)};
}

test('pack → GIFT → pack: every question of the magna-carta pack but the ordering one comes back the same', t => {
	const {pack} = parsePack(readFileSync(new URL('../../../../fixtures/packs/valid-minimal.yaml', import.meta.url), 'utf8'), 'valid-minimal.yaml');
	if (!pack) return t.fail('the fixture pack does not parse');
	const {skipped, back} = throughGift(pack);
	t.deepEqual(skipped, [{id: 'charter-timeline', reason: 'GIFT has no ordering questions'}]);
	t.deepEqual(back.questions, pack.questions.filter(question => question.type !== 'order').map(kept));
	t.deepEqual(back.problems, []);
	t.deepEqual(back.tags, ['magna-carta-basics']);
});

test('GIFT → pack → GIFT → pack: each fixture reads back to the same questions', t => {
	for (const name of fixtureNames) {
		const first = parseGift(giftFixture(name));
		const {skipped, back} = throughGift(packOf(first.questions));
		t.deepEqual(skipped, [], name);
		t.deepEqual(back.questions, first.questions, name);
		t.deepEqual(back.problems, [], name);
		assertValidQuestions(t, back.questions);
	}
});

// Text full of what GIFT treats specially, as a teacher might (or might not) write it.
const piece = fc.constantFrom(
	...'abcXYZ019 .,?!\'"-éü',
	'~', '=', '#', '{', '}', ':', '\\', '\\n', '[', ']', '%', '%50%', '->', '|', '\n', '\t', '\uFDD0', 'g', '<b>', '&amp;', '//', '::', '####', '$CATEGORY:', '[html]', 'TRUE', '_', '..',
);
const text = fc.array(piece, {minLength: 1, maxLength: 10}).map(parts => parts.join('').trim()).filter(value => value !== '');
const plain = (pattern: RegExp) => text.filter(value => !pattern.test(value));
const tag = fc.array(fc.constantFrom(...'abc XY:#[]{}=~'), {minLength: 1, maxLength: 8}).map(parts => parts.join('').trim()).filter(value => value !== '');
const number = fc.oneof(fc.integer({min: -3000, max: 3000}), fc.integer({min: -99_999, max: 99_999}).map(value => value / 100)).map(formatNumber);
const extras = {explanation: fc.option(text, {nil: undefined}), tags: fc.option(fc.array(tag, {minLength: 1, maxLength: 3}), {nil: undefined})};

const question = fc.oneof(
	fc.record({type: fc.constant('choice'), prompt: text, options: fc.uniqueArray(text, {minLength: 2, maxLength: 6}), pick: fc.nat(), ...extras}).map(({pick, ...q}) => ({...q, answer: q.options[pick % q.options.length]})),
	fc
		.record({type: fc.constant('multi'), prompt: text, options: fc.uniqueArray(text, {minLength: 2, maxLength: 8}), picks: fc.array(fc.boolean(), {minLength: 8, maxLength: 8}), ...extras})
		.map(({picks, ...q}) => ({...q, answers: q.options.filter((_, index) => picks[index] || index === 0)})),
	fc.record({type: fc.constant('truefalse'), prompt: text, answer: fc.boolean(), ...extras}),
	fc.record({type: fc.constant('short'), prompt: text, answer: text, accept: fc.array(text, {maxLength: 3}), ...extras}),
	fc.record({type: fc.constant('short'), prompt: text, answer: number, accept: fc.array(number, {maxLength: 2}), tolerance: fc.constantFrom(0, 0.01, 0.5, 1, 2.5), ...extras}),
	fc.record({type: fc.constant('match'), prompt: text, pairs: fc.array(fc.record({left: text, right: text}), {minLength: 2, maxLength: 6}), ...extras}),
	fc
		.record({
			type: fc.constant('cloze'),
			prompt: fc.oneof(fc.constant('Fill in the gap.'), text),
			before: fc.option(plain(/[{}]/), {nil: ''}),
			gap: fc.array(plain(/[{}|]/), {minLength: 1, maxLength: 3}),
			after: fc.option(plain(/[{}]/), {nil: ''}),
			...extras,
		})
		.map(({before, gap, after, ...q}) => ({...q, text: `${before} {{${gap.join('|')}}} ${after}`})),
	fc.record({type: fc.constant('order'), prompt: text, items: fc.array(text, {minLength: 3, maxLength: 6}), ...extras}),
);

const withoutUndefined = (value: object) => Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined));

test('pack → GIFT → pack keeps every question GIFT can hold, for any text; the others are skipped for a reason', t => {
	fc.assert(
		fc.property(fc.array(question, {minLength: 1, maxLength: 6}), questions => {
			const pack = packOf(questions.map((each, index) => ({id: `q${index}`, ...withoutUndefined(each)})));
			const {skipped, back} = throughGift(pack);
			for (const {reason} of skipped) {
				deepStrictEqual(/ordering|one gap; this cloze has [02-9]|holds "->"/.test(reason), true, reason);
			}
			const gone = new Set(skipped.map(entry => entry.id));
			deepStrictEqual(back.questions, pack.questions.filter(each => !gone.has(each.id)));
			deepStrictEqual(
				back.problems.filter(problem => problem.severity === 'error'),
				[],
			);
		}),
		{numRuns: 300},
	);
	t.pass();
});
