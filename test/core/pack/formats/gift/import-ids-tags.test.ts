import test from 'ava';
import {contentHash} from '../../../../../source/core/generate/text.js';
import {giftImporter, parseGift} from '../../../../../source/core/pack/formats/gift/index.js';
import {assertValidQuestions, giftFixture} from './gift-test-helpers.js';

test('ids: [id:…] first, then the title as a slug, then "gift-" and a hash of the text', t => {
	const {questions} = parseGift('// [id:q.1_a]\n::Some title::A?{T}\n\n::Élan & Co.::B?{T}\n\nC?{T}');
	t.deepEqual(questions.map(question => question.id), ['q.1_a', 'elan-co', `gift-${contentHash('C?')}`]);
});

test('ids are unique: a repeated title gets -2, a repeated [id:…] gets -2 and a warning naming the first line', t => {
	const source = '::Same::A?{T}\n\n::Same::B?{T}\n\n// [id:same]\nC?{T}\n\n// [id:q]\nD?{T}\n\n// [id:q]\nE?{T}';
	const result = parseGift(source);
	t.deepEqual(result.questions.map(question => question.id), ['same', 'same-2', 'same-3', 'q', 'q-2']);
	t.deepEqual(result.problems, [
		{line: 6, column: 1, severity: 'warning', message: 'the id "same" is already used at line 1; this question gets "same-3"'},
		{line: 12, column: 1, severity: 'warning', message: 'the id "q" is already used at line 9; this question gets "q-2"'},
	]);
});

test('an [id:…] that is not a factdrill id is made into one, with a warning', t => {
	const result = parseGift('// [id:Q 12 (Treaties)]\nA?{T}');
	t.is(result.questions[0]?.id, 'q-12-treaties');
	t.deepEqual(result.problems.map(problem => problem.message), ['the id "Q 12 (Treaties)" is not a factdrill id (lower-case letters, digits, ".", "_", "-"); using "q-12-treaties"']);
});

test('a long title gives an id of at most 80 characters, suffix included', t => {
	const title = 'word '.repeat(30);
	const {questions} = parseGift(`::${title}::A?{T}\n\n::${title}::B?{T}`);
	assertValidQuestions(t, questions);
	t.true(questions.every(question => question.id.length <= 80));
	t.regex(questions[1]?.id ?? '', /-2$/);
});

test('[tag:…] comments are the question\'s tags, "\\]" standing for "]"; a tag with < or > is not read, as in Moodle', t => {
	const [question] = parseGift('// [tag:treaties] [tag:a\\]b] [tag:<b>]\n// [tag:europe]\nA?{T}').questions;
	t.deepEqual(question?.tags, ['treaties', 'a]b', 'europe']);
});

test('one $CATEGORY is the pack\'s tag; the questions are not tagged with it', t => {
	const result = parseGift('$CATEGORY: $course$/top/History//Politics\n\nA?{T}');
	t.deepEqual(result.tags, ['History/Politics']);
	t.is(result.questions[0]?.tags, undefined);
});

test('several $CATEGORY lines: each question is also tagged with its own category, once', t => {
	const result = parseGift('A?{T}\n\n$CATEGORY: top/Civics\n\n// [tag:Civics]\nB?{T}\n\n$CATEGORY: $course$/top\n\nC?{T}\n\n$CATEGORY: Elections\n\nD?{T}');
	t.deepEqual(result.tags, ['Civics', 'Elections']);
	t.deepEqual(result.questions.map(question => question.tags), [undefined, ['Civics'], undefined, ['Elections']]);
});

test('a question right under a $CATEGORY line is read, with a warning that Moodle needs a blank line there', t => {
	const result = parseGift('$CATEGORY: Civics\n::Q::A?{T}');
	t.deepEqual(result.questions.map(question => question.id), ['q']);
	t.deepEqual(result.tags, ['Civics']);
	t.deepEqual(result.problems, [
		{line: 2, column: 1, severity: 'warning', message: 'Moodle reads every line after $CATEGORY: up to a blank line as part of the category; put a blank line after it'},
	]);
});

test('looksLike: answer blocks with =, ~, #number or T/F, or a ::title:: at a line start', t => {
	for (const text of ['Who?{=a ~b}', 'x {~a =b} y', 'N?{#3:1}', 'S.{T}', 'S.{FALSE#no}', '::Title::Text', giftFixture('escapes.gift')]) {
		t.true(giftImporter.looksLike(text), text);
	}
	for (const text of ['', '{"a": 1}', 'Q?\nA. x\nB. y\nANSWER: A', '## Heading {#anchor}', '::: note\ntext\n:::', 'a,b\n1,2', 'function f() { return 1; }']) {
		t.false(giftImporter.looksLike(text), text);
	}
});
