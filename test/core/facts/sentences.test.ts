import test from 'ava';
import fc from 'fast-check';
import {splitSentences} from '../../../source/core/facts/sentences.js';

const texts = (body: string) => splitSentences(body).map(sentence => sentence.sentence);

test('full stops, question and exclamation marks end sentences; offsets point at each one', t => {
	const body = 'The talks stalled. Will they resume? Nobody knows!';
	const sentences = splitSentences(body);
	t.deepEqual(
		sentences.map(sentence => sentence.sentence),
		['The talks stalled.', 'Will they resume?', 'Nobody knows!'],
	);
	for (const sentence of sentences) t.is(body.slice(sentence.start, sentence.end), sentence.sentence);
});

test('titles, initials, months and U.S. do not end a sentence', t => {
	t.deepEqual(texts('Sen. Maria Ortiz met Dr. J. Okafor in Washington on Jan. 5. They spoke of U.S. policy.'), [
		'Sen. Maria Ortiz met Dr. J. Okafor in Washington on Jan. 5.',
		'They spoke of U.S. policy.',
	]);
});

test('back-to-back quotes, a lowercase "no." and a sentence-final "U.S." end sentences; "No. 5" does not', t => {
	t.deepEqual(texts('It is "welcome. ""Moscow agrees," he said.'), ['It is "welcome. "', '"Moscow agrees," he said.']);
	t.deepEqual(texts('The answer was no. Then they left.'), ['The answer was no.', 'Then they left.']);
	t.deepEqual(texts('She flew to the U.S. The talks began at 3 p.m. Reporters waited.'), ['She flew to the U.S.', 'The talks began at 3 p.m. Reporters waited.']);
	t.deepEqual(texts('Resolution No. 5 passed.'), ['Resolution No. 5 passed.']);
});

test('a closing quote after the full stop stays with its sentence', t => {
	t.deepEqual(texts('"We will sign," she said. "Not today." He left.'), ['"We will sign," she said.', '"Not today."', 'He left.']);
});

test('a paragraph break always ends a sentence, and decimals never do', t => {
	t.deepEqual(texts('Turnout rose 2.5 percent\n\nA headline without a stop\nRead on'), [
		'Turnout rose 2.5 percent',
		'A headline without a stop\nRead on',
	]);
});

test('every sentence is exactly the body at its offsets, for any text', t => {
	t.notThrows(() => {
		fc.assert(
			fc.property(fc.string({unit: 'grapheme', maxLength: 300}), body =>
				splitSentences(body).every(sentence => body.slice(sentence.start, sentence.end) === sentence.sentence && sentence.sentence.trim() === sentence.sentence),
			),
		);
	});
});
