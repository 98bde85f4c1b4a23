import test from 'ava';
import fc from 'fast-check';
import {parseAiken, writeAiken} from '../../../../../source/core/pack/formats/aiken/index.js';
import {questionSchema} from '../../../../../source/core/pack/schema.js';
import {toSingleLine} from '../../../../../source/core/text/sanitize.js';
import {packOf} from '../pack-fixture.js';

/** Text that is mostly Aiken-shaped lines, with noise: the parser's hard cases. */
const aikenish = fc
	.array(fc.oneof(fc.constantFrom('A) x', 'B. y', 'C) z', 'ANSWER: B', 'ANSWER:', 'answer: q', '', 'Question?', '\r'), fc.string({unit: 'binary', maxLength: 30})), {maxLength: 40})
	.map(lines => lines.join('\n'));

test('the importer never throws, and everything it imports is a valid question with a unique id', t => {
	fc.assert(
		fc.property(fc.oneof(aikenish, fc.string({unit: 'binary', maxLength: 400})), text => {
			const {questions, problems} = parseAiken(text);
			for (const question of questions) questionSchema.parse(question);
			const ids = questions.map(question => question.id);
			return new Set(ids).size === ids.length && problems.every(problem => problem.line >= 1);
		}),
		{numRuns: 400},
	);
	t.pass();
});

const text = fc.string({unit: 'grapheme', minLength: 1, maxLength: 40}).filter(value => value.trim() !== '');

test('a choice question the exporter writes comes back with the same prompt, options and answer', t => {
	fc.assert(
		fc.property(text, fc.uniqueArray(text, {minLength: 2, maxLength: 6}), fc.nat(), (prompt, options, pick) => {
			const answer = options[pick % options.length]!;
			const {text: aiken, skipped} = writeAiken(packOf([{id: 'q', type: 'choice', prompt, options, answer}]));
			const {questions, problems} = parseAiken(aiken);
			if (skipped.length > 0) return aiken === '' && questions.length === 0;
			const back = questions[0];
			return (
				problems.length === 0 &&
				back?.type === 'choice' &&
				back.prompt === toSingleLine(prompt) &&
				JSON.stringify(back.options) === JSON.stringify(options.map(option => toSingleLine(option))) &&
				back.answer === toSingleLine(answer)
			);
		}),
		{numRuns: 400},
	);
	t.pass();
});
