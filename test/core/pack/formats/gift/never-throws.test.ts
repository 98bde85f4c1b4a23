import {deepStrictEqual, ok} from 'node:assert/strict';
import test from 'ava';
import fc from 'fast-check';
import {giftImporter, parseGift} from '../../../../../source/core/pack/formats/gift/index.js';
import {questionSchema} from '../../../../../source/core/pack/schema.js';

/** What every parse must give, whatever the input: valid questions with unique ids, problems inside the file. */
function checkResult(source: string): void {
	const result = giftImporter.parse(source, {seed: 1, file: 'input.gift'});
	const lineCount = source.split(/\r\n|\r|\n/).length;
	for (const question of result.questions) ok(questionSchema.safeParse(question).success, JSON.stringify(question));
	deepStrictEqual(new Set(result.questions.map(question => question.id)).size, result.questions.length);
	for (const problem of result.problems) {
		ok(Number.isInteger(problem.line) && problem.line >= 1 && problem.line <= lineCount, JSON.stringify(problem));
		ok(problem.column === undefined || (Number.isInteger(problem.column) && problem.column >= 1), JSON.stringify(problem));
		ok(problem.message.length > 0);
		ok(!problem.message.startsWith('could not read this question'), `an internal error: ${problem.message}`);
	}
	ok(result.tags.every(tag => tag.trim() !== ''));
	ok(typeof giftImporter.looksLike(source) === 'boolean');
}

test('any string: the importer never throws and gives only valid questions', t => {
	fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 400}), checkResult), {numRuns: 500});
	t.pass();
});

const token = fc.constantFrom(
	'{', '}', '=', '~', '#', '####', '->', '%', '%50%', '%-100%', '%150%', '::', ':', '..', '\\', '\\n', '\\{', '\\}', '\\=', '//', '// [id:x]', '// [tag:y]',
	'$CATEGORY: a/b', 'T', 'TRUE', 'F', 'false', '[html]', '[markdown]', '<p>', '</p>', '&amp;', '&#0;', '&#99999999;', '\uFDD0', 'g', '0', '1.5', '-2', 'e9',
	' ', ' ', '\n', '\n', '\n\n', '\r\n', '\t', 'a', 'b', 'word', 'Who?',
);

test('GIFT-ish text: the importer never throws, and every problem is at a real line', t => {
	fc.assert(fc.property(fc.array(token, {maxLength: 80}).map(parts => parts.join('')), checkResult), {numRuns: 2000});
	t.pass();
});

test('a file of nothing but comments, blank lines and categories gives no questions and no problems', t => {
	const result = parseGift('// only a comment\n\n\n$CATEGORY: x\n\n   \n// another\n');
	t.deepEqual(result, {questions: [], problems: [], tags: ['x']});
});
