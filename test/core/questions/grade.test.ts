import test from 'ava';
import {questionSchema} from '../../../source/core/pack/schema.js';
import type {Question, ShortQuestion} from '../../../source/core/pack/schema.js';
import {gradeResponse, matchesTypedAnswer, noAnswer, typoAllowance} from '../../../source/core/questions/grade.js';
import {editDistance} from '../../../source/core/questions/edit-distance.js';
import {normalizeAnswer} from '../../../source/core/questions/normalize.js';

function question(fields: Record<string, unknown>): Question {
	return questionSchema.parse({id: 'q1', prompt: 'Prompt?', ...fields});
}

const choice = question({type: 'choice', options: ['Peskov', 'Lavrov', 'Shoigu'], answer: 'Peskov'});
const multi = question({type: 'multi', options: ['Japan', 'Russia', 'China', 'USA'], answers: ['Japan', 'Russia']});
const trueFalse = question({type: 'truefalse', answer: false});
const cloze = question({type: 'cloze', text: 'The {{Kremlin|Russian government}} spokesman {{Dmitry Peskov|Peskov}} spoke in {{2022}}.'});
const short = question({type: 'short', answer: 'Dmitry Peskov', accept: ['Peskov']});
const order = question({type: 'order', items: ['1951 treaty', '1956 declaration', '2003 action plan']});
const match = question({
	type: 'match',
	pairs: [
		{left: 'Peskov', right: 'spokesman'},
		{left: 'Lavrov', right: 'foreign minister'},
	],
});

test('choice: the right option is correct, another is not', t => {
	t.deepEqual(gradeResponse(choice, {type: 'choice', choice: 'Peskov'}), {correct: true, expected: 'Peskov', given: 'Peskov'});
	t.like(gradeResponse(choice, {type: 'choice', choice: 'Lavrov'}), {correct: false, expected: 'Peskov', given: 'Lavrov'});
	t.like(gradeResponse(choice, {type: 'choice', choice: ''}), {correct: false, given: noAnswer});
});

test('multi: only the exact set is correct, in any order', t => {
	t.like(gradeResponse(multi, {type: 'multi', choices: ['Russia', 'Japan']}), {correct: true, expected: 'Japan; Russia', given: 'Japan; Russia'});
	t.like(gradeResponse(multi, {type: 'multi', choices: ['Japan']}), {correct: false, given: 'Japan'});
	t.like(gradeResponse(multi, {type: 'multi', choices: ['Japan', 'Russia', 'USA']}), {correct: false, given: 'Japan; Russia; USA'});
	t.like(gradeResponse(multi, {type: 'multi', choices: []}), {correct: false, given: noAnswer});
});

test('truefalse: reads True/False', t => {
	t.deepEqual(gradeResponse(trueFalse, {type: 'truefalse', value: false}), {correct: true, expected: 'False', given: 'False'});
	t.deepEqual(gradeResponse(trueFalse, {type: 'truefalse', value: true}), {correct: false, expected: 'False', given: 'True'});
});

test('cloze: every gap must match; expected is the sentence filled with the main answers', t => {
	const right = gradeResponse(cloze, {type: 'cloze', gaps: ['kremlin', 'Peskov', '2022']});
	t.deepEqual(right, {
		correct: true,
		expected: 'The Kremlin spokesman Dmitry Peskov spoke in 2022.',
		given: 'The kremlin spokesman Peskov spoke in 2022.',
	});
	const oneWrong = gradeResponse(cloze, {type: 'cloze', gaps: ['Kremlin', 'Peskov', '2021']});
	t.false(oneWrong.correct);
	const missing = gradeResponse(cloze, {type: 'cloze', gaps: ['Kremlin']});
	t.like(missing, {correct: false, given: 'The Kremlin spokesman ___ spoke in ___.'});
	t.like(gradeResponse(cloze, {type: 'cloze', gaps: []}), {correct: false, given: noAnswer});
});

test('cloze: a typo in a gap is accepted with a note', t => {
	const grade = gradeResponse(cloze, {type: 'cloze', gaps: ['Kremlin', 'Peskof', '2022']});
	t.true(grade.correct);
	t.is(grade.note, 'accepted; spelled "Peskov"');
});

test('short: the answer or an alternative, typed loosely', t => {
	t.deepEqual(gradeResponse(short, {type: 'short', text: 'dmitry peskov'}), {correct: true, expected: 'Dmitry Peskov', given: 'dmitry peskov'});
	t.like(gradeResponse(short, {type: 'short', text: 'Peskov'}), {correct: true});
	t.like(gradeResponse(short, {type: 'short', text: 'Lavrov'}), {correct: false, expected: 'Dmitry Peskov'});
	t.like(gradeResponse(short, {type: 'short', text: '   '}), {correct: false, given: noAnswer});
	const typo = gradeResponse(short, {type: 'short', text: 'Peskof'});
	t.like(typo, {correct: true, note: 'accepted; spelled "Peskov"'});
});

test('short with a tolerance: any number within it is right, anything else wrong', t => {
	const numeric: ShortQuestion = {id: 'n', type: 'short', prompt: 'How many kilometres?', answer: '1.5', accept: [], tolerance: 0.1};
	t.like(gradeResponse(numeric, {type: 'short', text: '1.45'}), {correct: true, expected: '1.5 ± 0.1'});
	t.like(gradeResponse(numeric, {type: 'short', text: '1,6'}), {correct: true});
	t.like(gradeResponse(numeric, {type: 'short', text: '1.61'}), {correct: false});
	t.like(gradeResponse(numeric, {type: 'short', text: 'one and a half'}), {correct: false});
	t.like(gradeResponse({...numeric, answer: '0.3', tolerance: 0}, {type: 'short', text: '0.3'}), {correct: true});
});

test('short: a wrong answer carries no note', t => {
	t.is(gradeResponse(short, {type: 'short', text: 'Pesk'}).note, undefined);
});

test('order: only the exact sequence is correct', t => {
	const expected = '1951 treaty → 1956 declaration → 2003 action plan';
	t.deepEqual(gradeResponse(order, {type: 'order', items: ['1951 treaty', '1956 declaration', '2003 action plan']}), {
		correct: true,
		expected,
		given: expected,
	});
	t.like(gradeResponse(order, {type: 'order', items: ['1956 declaration', '1951 treaty', '2003 action plan']}), {
		correct: false,
		expected,
		given: '1956 declaration → 1951 treaty → 2003 action plan',
	});
	t.like(gradeResponse(order, {type: 'order', items: ['1951 treaty', '1956 declaration']}), {correct: false});
});

test('match: every pair must be right', t => {
	const expected = 'Peskov → spokesman; Lavrov → foreign minister';
	t.deepEqual(gradeResponse(match, {type: 'match', pairs: {Peskov: 'spokesman', Lavrov: 'foreign minister'}}), {
		correct: true,
		expected,
		given: expected,
	});
	t.like(gradeResponse(match, {type: 'match', pairs: {Peskov: 'foreign minister', Lavrov: 'spokesman'}}), {
		correct: false,
		given: 'Peskov → foreign minister; Lavrov → spokesman',
	});
	t.like(gradeResponse(match, {type: 'match', pairs: {Peskov: 'spokesman'}}), {
		correct: false,
		given: 'Peskov → spokesman; Lavrov → ?',
	});
	t.like(gradeResponse(match, {type: 'match', pairs: {}}), {correct: false, given: noAnswer});
});

test('a response of another type is graded wrong, not thrown', t => {
	t.like(gradeResponse(choice, {type: 'short', text: 'Peskov'}), {correct: false, given: noAnswer});
});

test('typed: case, accents and extra whitespace do not matter', t => {
	t.deepEqual(matchesTypedAnswer('PESKOV', ['Peskov']), {ok: true});
	t.deepEqual(matchesTypedAnswer('Peskóv', ['Peskov']), {ok: true});
	t.deepEqual(matchesTypedAnswer('Šoigu', ['Shoigu']), {ok: true, typo: 'Shoigu'}, 'Š folds to S, which leaves one letter out: a typo');
	t.deepEqual(matchesTypedAnswer('Zelenskyy', ['Zelenskyy']), {ok: true});
	t.deepEqual(matchesTypedAnswer('  Dmitry    Peskov ', ['Dmitry Peskov']), {ok: true});
	t.deepEqual(matchesTypedAnswer('Straße', ['Strasse']), {ok: true});
});

test('typed: punctuation, curly quotes, hyphens and spaces do not matter', t => {
	t.deepEqual(matchesTypedAnswer('San-Francisco', ['San Francisco']), {ok: true});
	t.deepEqual(matchesTypedAnswer('San Francisco', ['San-Francisco']), {ok: true});
	t.deepEqual(matchesTypedAnswer('O’Brien', ["O'Brien"]), {ok: true});
	t.deepEqual(matchesTypedAnswer('“Peskov”', ['Peskov']), {ok: true});
	t.deepEqual(matchesTypedAnswer('U.S.A.', ['USA']), {ok: true});
	t.deepEqual(matchesTypedAnswer('Peskov.', ['Peskov']), {ok: true});
});

test('typed: a leading "the" is ignored on either side', t => {
	t.deepEqual(matchesTypedAnswer('The Kremlin', ['Kremlin']), {ok: true});
	t.deepEqual(matchesTypedAnswer('kremlin', ['The Kremlin']), {ok: true});
	t.false(matchesTypedAnswer('the', ['Kremlin']).ok);
});

test('typed: small typos in proportion to length', t => {
	t.deepEqual(matchesTypedAnswer('Peskof', ['Peskov']), {ok: true, typo: 'Peskov'});
	t.deepEqual(matchesTypedAnswer('Pesokv', ['Peskov']), {ok: true, typo: 'Peskov'}, 'a swap of neighbours is one typo');
	t.false(matchesTypedAnswer('Pesk', ['Peskov']).ok);
	t.false(matchesTypedAnswer('Pexkof', ['Peskov']).ok);
	t.deepEqual(matchesTypedAnswer('Sergey Lavrof', ['Sergei Lavrov']), {ok: true, typo: 'Sergei Lavrov'});
	t.deepEqual(matchesTypedAnswer('Lavrv', ['Lavrov']), {ok: true, typo: 'Lavrov'});
	t.false(matchesTypedAnswer('Austria', ['Australia']).ok, 'the shorter spelling sets the allowance');
	t.false(matchesTypedAnswer('Australia', ['Austria']).ok);
	t.false(matchesTypedAnswer('Slovenia', ['Slovakia']).ok);
});

test('typed: short answers tolerate no typo', t => {
	t.deepEqual(matchesTypedAnswer('usa', ['USA']), {ok: true});
	t.false(matchesTypedAnswer('USB', ['USA']).ok);
	t.false(matchesTypedAnswer('UK', ['US']).ok);
	t.false(matchesTypedAnswer('Kiev', ['Kyiv']).ok);
});

test('typed: numbers and years must be exact', t => {
	t.false(matchesTypedAnswer('1951', ['1956']).ok);
	t.false(matchesTypedAnswer('March 2022', ['March 2021']).ok);
	t.false(matchesTypedAnswer('Treaty of 1951', ['Treaty of 1956']).ok);
	t.false(matchesTypedAnswer('March', ['March 2021']).ok);
	t.deepEqual(matchesTypedAnswer('March 2021', ['March 2021']), {ok: true});
	t.deepEqual(matchesTypedAnswer('1,000', ['1000']), {ok: true});
	t.deepEqual(matchesTypedAnswer('Marhc 2021', ['March 2021']), {ok: true, typo: 'March 2021'}, 'a typo in the words is still tolerated');
});

test('typed: alternatives; an exact alternative beats a near one', t => {
	t.deepEqual(matchesTypedAnswer('Kremlin', ['Russian government', 'Kremlin']), {ok: true});
	t.deepEqual(matchesTypedAnswer('Peskov', ['Peskova', 'Peskov']), {ok: true});
	t.deepEqual(matchesTypedAnswer('Russian governmnt', ['Kremlin', 'Russian government']), {ok: true, typo: 'Russian government'});
	t.false(matchesTypedAnswer('Peskov', []).ok);
});

test('typed: an empty answer is always wrong', t => {
	t.false(matchesTypedAnswer('', ['Peskov']).ok);
	t.false(matchesTypedAnswer('   ', ['Peskov']).ok);
	t.false(matchesTypedAnswer('...', ['Peskov']).ok);
	t.false(matchesTypedAnswer('', ['']).ok);
});

test('typoAllowance follows the documented steps', t => {
	t.deepEqual([1, 4, 5, 8, 9, 15, 16, 40].map(length => typoAllowance(length)), [0, 0, 1, 1, 2, 2, 3, 3]);
});

test('editDistance counts insertions, deletions, substitutions and swaps', t => {
	t.is(editDistance('', ''), 0);
	t.is(editDistance('abc', ''), 3);
	t.is(editDistance('peskov', 'peskof'), 1);
	t.is(editDistance('peskov', 'pesokv'), 1);
	t.is(editDistance('kitten', 'sitting'), 3);
	t.is(editDistance('ca', 'abc'), 3, 'optimal string alignment: no edit of a swapped pair');
});

test('normalizeAnswer folds to lower-case words', t => {
	t.is(normalizeAnswer('  The  “Kremlin’s”  Spokesman—Peskóv! '), 'kremlins spokesman peskov');
});
