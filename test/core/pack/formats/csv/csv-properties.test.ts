import test from 'ava';
import fc from 'fast-check';
import {csvImporter} from '../../../../../source/core/pack/formats/csv/index.js';
import {questionSchema} from '../../../../../source/core/pack/schema.js';

/** Rows of short cells joined by the separators and quotes that make CSV hard. */
const csvish = fc
	.array(fc.array(fc.oneof(fc.string({unit: 'binary', maxLength: 8}), fc.constantFrom('"', '""', 'a"b', 'term', 'definition', '')), {maxLength: 4}), {maxLength: 14})
	.chain(rows => fc.constantFrom(',', ';', '\t').map(separator => rows.map(row => row.join(separator)).join('\n')));

test('the importer never throws, and everything it makes is a valid question with a unique id', t => {
	fc.assert(
		fc.property(fc.oneof(csvish, fc.string({unit: 'binary', maxLength: 300})), fc.integer(), (text, seed) => {
			const {questions, problems} = csvImporter.parse(text, {seed, file: 'x.csv'});
			for (const question of questions) questionSchema.parse(question);
			const ids = questions.map(question => question.id);
			return new Set(ids).size === ids.length && problems.every(problem => problem.line >= 1);
		}),
		{numRuns: 400},
	);
	t.pass();
});

test('every pair of a clean list is asked, with its term as the answer', t => {
	const word = fc.stringMatching(/^[a-z]{1,8}( [a-z]{1,8})?$/);
	// A suffix keeps a first row of "term, definition" from reading as a header.
	const term = word.map(value => `${value}-x`);
	fc.assert(
		fc.property(fc.uniqueArray(fc.tuple(term, word), {minLength: 1, maxLength: 12, selector: ([term]) => term}), fc.integer(), (pairs, seed) => {
			const text = pairs.map(([term, definition]) => `${term}\t${definition}`).join('\n');
			const {questions, problems} = csvImporter.parse(text, {seed, file: 'x.tsv'});
			const asked = questions.filter(question => question.type !== 'match');
			return problems.length === 0 && asked.length === pairs.length && asked.every((question, index) => 'answer' in question && question.answer === pairs[index]![0]);
		}),
	);
	t.pass();
});
