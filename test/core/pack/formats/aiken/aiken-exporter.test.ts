import {readFile} from 'node:fs/promises';
import test from 'ava';
import {aikenExporter, parseAiken, writeAiken} from '../../../../../source/core/pack/formats/aiken/index.js';
import type {Question} from '../../../../../source/core/pack/schema.js';
import {minimalPack, packOf} from '../pack-fixture.js';

function squeeze(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

test('choice questions are written lettered, one blank line apart; every other type is skipped with the reason', async t => {
	const {text, skipped} = writeAiken(await minimalPack());
	t.is(text, 'Where was the charter sealed in 1215?\nA) Runnymede\nB) Windsor Castle\nC) Canterbury\nANSWER: A\n');
	t.deepEqual(skipped, [
		{id: 'who-was-involved', reason: 'Aiken has only single-answer multiple choice (this is a multi question)'},
		{id: 'sealed-not-signed', reason: 'Aiken has only single-answer multiple choice (this is a truefalse question)'},
		{id: 'sealed-year', reason: 'Aiken has only single-answer multiple choice (this is a cloze question)'},
		{id: 'which-king', reason: 'Aiken has only single-answer multiple choice (this is a short question)'},
		{id: 'charter-timeline', reason: 'Aiken has only single-answer multiple choice (this is an order question)'},
		{id: 'match-terms', reason: 'Aiken has only single-answer multiple choice (this is a match question)'},
	]);
	t.is(aikenExporter.extension, 'txt');
});

test('Aiken → pack → Aiken gives the same text, whitespace aside', async t => {
	const original = await readFile(new URL('../../../../fixtures/aiken/untidy.txt', import.meta.url), 'utf8');
	const {questions, problems} = parseAiken(original);
	t.deepEqual(problems, []);
	t.is(squeeze(writeAiken(packOf(questions)).text), squeeze(original));
});

test('pack → Aiken → pack keeps every choice question\'s prompt, options and answer', t => {
	const questions: Question[] = [
		{id: 'q1', type: 'choice', prompt: 'Who signed for Japan in 1951?', options: ['Shigeru Yoshida', 'Hayato Ikeda', 'Nobusuke Kishi'], answer: 'Hayato Ikeda', explanation: 'Lost in Aiken.'},
		{id: 'q2', type: 'choice', prompt: 'Which islands does Japan call the Northern Territories?', options: ['The southern Kurils', 'The Ryukyus', 'The Bonins', 'Sakhalin', 'Hokkaido', 'Tsushima'], answer: 'Tsushima'},
	];
	const back = parseAiken(writeAiken(packOf(questions)).text);
	t.deepEqual(back.problems, []);
	t.deepEqual(
		back.questions.map(question => (question.type === 'choice' ? [question.prompt, question.options, question.answer] : [])),
		questions.map(question => (question.type === 'choice' ? [question.prompt, question.options, question.answer] : [])),
	);
});

test('newlines inside pack text are folded, so each option stays on its line', t => {
	const pack = packOf([{id: 'q1', type: 'choice', prompt: 'Which\nyear?', options: ['1951', '1956\nor later'], answer: '1951'}]);
	t.is(writeAiken(pack).text, 'Which year?\nA) 1951\nB) 1956 or later\nANSWER: A\n');
});

test('a prompt that would be read back as an option is skipped, not written wrongly', t => {
	const pack = packOf([{id: 'q1', type: 'choice', prompt: 'B. Obama visited Hiroshima in which year?', options: ['2016', '2009'], answer: '2016'}]);
	const {text, skipped} = writeAiken(pack);
	t.is(text, '');
	t.is(skipped[0]?.id, 'q1');
	t.regex(skipped[0]?.reason ?? '', /starts like an Aiken option/);
});
