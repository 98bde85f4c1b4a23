import {readFile} from 'node:fs/promises';
import test from 'ava';
import {fixPackText} from '../../../source/core/pack/fix/fix-pack.js';
import {uniqueSlug} from '../../../source/core/pack/fix/slug.js';

const read = async (path: string) => readFile(new URL(`../../../${path}`, import.meta.url), 'utf8');

test('missing ids, repeated options and answers in the wrong case are repaired as small edits, comments and layout kept', async t => {
	const {text, fixed} = fixPackText(await read('test/fixtures/packs/lint/fixable.yaml'));
	t.is(text, await read('test/fixtures/packs/lint/fixable.fixed.yaml'));
	t.deepEqual(fixed, [
		'missing-id',
		'missing-id',
		'missing-id',
		'duplicate-option',
		'answer-not-in-options',
		'missing-id',
		'duplicate-option',
		'duplicate-option',
		'answer-not-in-options',
	]);
});

test('what cannot be repaired safely is left, so fixing again changes nothing', async t => {
	const fixedText = await read('test/fixtures/packs/lint/fixable.fixed.yaml');
	t.deepEqual(fixPackText(fixedText), {text: fixedText, fixed: []}, 'a choice question with two options, both the same, keeps both');
});

test('a file with nothing to repair comes back byte for byte', async t => {
	for (const file of ['questions/kuril-islands.yaml', 'test/fixtures/packs/valid-minimal.yaml', 'test/fixtures/packs/schema-error.yaml']) {
		const text = await read(file);
		t.deepEqual(fixPackText(text), {text, fixed: []}, file);
	}
});

test('a file with YAML syntax errors is never touched', async t => {
	const text = `${await read('test/fixtures/packs/yaml-syntax-error.yaml')}\nquestions:\n  - {type: truefalse, prompt: P, answer: true}\n`;
	t.deepEqual(fixPackText(text), {text, fixed: []});
});

test('an option is removed with its own line in a block list, and its comment', t => {
	const text = 'questions:\n  - id: q\n    type: choice\n    options:\n      - a   # first\n      - b\n      - "a"   # again\n      - c\n    answer: a\n';
	t.deepEqual(fixPackText(text), {text: 'questions:\n  - id: q\n    type: choice\n    options:\n      - a   # first\n      - b\n      - c\n    answer: a\n', fixed: ['duplicate-option']});
});

test('an answer is given its option\'s spelling in quotes when plain text would not be read back the same', t => {
	const text = 'questions:\n  - id: q\n    type: multi\n    options: ["Paris: city", Rome]\n    answers: ["paris: CITY"]\n';
	t.is(fixPackText(text).text, 'questions:\n  - id: q\n    type: multi\n    options: ["Paris: city", Rome]\n    answers: ["Paris: city"]\n');
	const ambiguous = 'questions:\n  - id: q\n    type: choice\n    options: [Paris, PARIS, Rome]\n    answer: paris\n';
	t.deepEqual(fixPackText(ambiguous).fixed, [], 'two options match but for case: which one was meant is not known');
});

test('ids are slugs of the text, start with a letter, and are unique', t => {
	t.is(uniqueSlug('Who sealed the charter at Runnymede in June 1215, and why?', 'question', new Set()), 'who-sealed-the-charter-at-runnymede-in');
	t.is(uniqueSlug('Peskóv’s “view”?', 'question', new Set(['peskovs-view'])), 'peskovs-view-2');
	t.is(uniqueSlug('1951?', 'question', new Set()), 'question-1951');
	t.is(uniqueSlug('True', 'question', new Set()), 'question-true');
	t.is(uniqueSlug('東京', 'question', new Set(['question'])), 'question-2');
});
