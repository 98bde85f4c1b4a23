import test from 'ava';
import type {Question} from '../../../source/core/pack/schema.js';
import {expectedAnswerMs, fastFactor, rateAnswer, slowFactor} from '../../../source/core/schedule/auto-rating.js';

const trueFalse: Question = {id: 'tf', type: 'truefalse', prompt: 'The harbour treaty was signed in spring.', answer: true};

const choice: Question = {
	id: 'choice',
	type: 'choice',
	prompt: 'Who opened the new library?',
	options: ['The mayor', 'The head librarian', 'A local author', 'The school choir'],
	answer: 'The mayor',
};

const match: Question = {
	id: 'match',
	type: 'match',
	prompt: 'Match each speaker to what they said about the bridge.',
	pairs: [
		{left: 'The engineer', right: 'The cables were replaced ahead of schedule'},
		{left: 'The council leader', right: 'Tolls will stay the same for residents'},
		{left: 'The ferry captain', right: 'Crossings will be quieter from now on'},
		{left: 'The shop owner', right: 'Trade doubled during the first weekend'},
	],
};

const order: Question = {
	id: 'order',
	type: 'order',
	prompt: 'Put the stages of the harbour project in order.',
	items: ['Plans were published', 'The council voted', 'Building began', 'The harbour reopened', 'A festival was held'],
};

const expected = expectedAnswerMs(choice);
const rate = (input: Partial<{correct: boolean; hinted: boolean; durationMs: number}>) =>
	rateAnswer({question: choice, correct: true, hinted: false, durationMs: expected, ...input});

test('a wrong answer is Again, however fast or slow', t => {
	t.is(rate({correct: false}), 'again');
	t.is(rate({correct: false, durationMs: 100}), 'again');
	t.is(rate({correct: false, hinted: true, durationMs: expected * 10}), 'again');
});

test('a right answer in about the expected time is Good', t => {
	t.is(rate({}), 'good');
	t.is(rate({durationMs: expected * fastFactor}), 'good');
	t.is(rate({durationMs: expected * slowFactor}), 'good');
});

test('a right answer after a hint is Hard, even a fast one', t => {
	t.is(rate({hinted: true}), 'hard');
	t.is(rate({hinted: true, durationMs: 100}), 'hard');
});

test('a slow right answer is Hard', t => {
	t.is(rate({durationMs: (expected * slowFactor) + 1}), 'hard');
});

test('a fast right answer is Easy', t => {
	t.is(rate({durationMs: (expected * fastFactor) - 1}), 'easy');
});

test('a long matching or ordering question allows more time than a true/false', t => {
	for (const long of [match, order]) {
		const durationMs = expectedAnswerMs(long);
		t.is(rateAnswer({question: long, correct: true, hinted: false, durationMs}), 'good');
		t.is(rateAnswer({question: trueFalse, correct: true, hinted: false, durationMs}), 'hard', `${long.type} time on a true/false is slow`);
	}
});

test('more to read or do means more expected time', t => {
	const shortPrompt: Question = {...trueFalse, prompt: 'Rain fell.'};
	t.true(expectedAnswerMs(trueFalse) > expectedAnswerMs(shortPrompt));
	t.true(expectedAnswerMs(choice) > expectedAnswerMs({...choice, options: ['The mayor', 'The head librarian']}));

	const oneGap: Question = {id: 'cloze', type: 'cloze', prompt: 'Fill the gap.', text: 'The bridge opened in {{May}} after repairs.'};
	const twoGaps: Question = {...oneGap, text: 'The bridge opened in {{May}} after {{three}} years of repairs.'};
	t.true(expectedAnswerMs(twoGaps) > expectedAnswerMs(oneGap));

	const typed: Question = {id: 'short', type: 'short', prompt: 'Which city hosted the summit?', answer: 'Rotterdam', accept: []};
	t.true(expectedAnswerMs(typed) > expectedAnswerMs({...typed, answer: 'Oslo'}));
});
