import test, {type ExecutionContext} from 'ava';
import {parseGift} from '../../../../../source/core/pack/formats/gift/index.js';
import type {ImportResult} from '../../../../../source/core/pack/formats/types.js';
import {assertValidQuestions} from './gift-test-helpers.js';

function read(t: ExecutionContext, source: string): ImportResult {
	const result = parseGift(source);
	assertValidQuestions(t, result.questions);
	return result;
}

test('a missing-word block becomes a gap: "___" in a choice, a {{gap}} in a cloze', t => {
	const {questions} = read(t, 'Grant is {~buried =entombed ~living} in the tomb.\n\nTwo plus {=two =2} is four.\n\nThe sky is {T} blue.');
	t.deepEqual(questions.map(question => (question.type === 'cloze' ? question.text : question.prompt)), [
		'Grant is ___ in the tomb.',
		'Two plus {{two|2}} is four.',
		'The sky is ___ blue.',
	]);
});

test('a missing-word short answer that cannot be a cloze gap stays a short answer with "___"', t => {
	const {questions} = read(t, 'The operator {=a|b} means either.\n\nThe year {#1989} ended the wall.');
	t.deepEqual(questions.map(question => [question.type, question.prompt]), [
		['short', 'The operator ___ means either.'],
		['short', 'The year ___ ended the wall.'],
	]);
});

test('a cloze takes its instruction from a [prompt:…] comment, else "Fill in the gap."', t => {
	const {questions} = read(t, '// [prompt:Fill in the year\\]\\nthen check.]\nThe wall fell in {=1989}.\n\nThe wall fell in {=1989} in Berlin.');
	t.deepEqual(questions.map(question => question.prompt), ['Fill in the year]\nthen check.', 'Fill in the gap.']);
});

test('per-answer feedback: the right answer\'s goes after the general feedback as "If you answered" when there is general feedback', t => {
	const [question] = read(t, 'Which is a river?{=Danube#Yes. ~Alps#A range. ####Rivers flow.}').questions;
	t.is(question?.explanation, 'Rivers flow.\nIf you answered Danube: Yes.\nIf you answered Alps: A range.');
});

test('a multiple-answer question keeps the answers with a positive weight; feedback is kept per option', t => {
	const [question] = read(t, 'Pick two.{~%50%a#good ~%50%b ~%-50%c#no ~d}').questions;
	t.deepEqual(question, {id: 'gift-03mwxs4', type: 'multi', prompt: 'Pick two.', options: ['a', 'b', 'c', 'd'], answers: ['a', 'b'], explanation: 'If you answered a: good\nIf you answered c: no'});
});

test('partial credit in a single-answer question is dropped with a warning; text before the first ~ is a wrong answer', t => {
	const result = read(t, 'Which?{stray =a ~%50%b ~c}');
	t.deepEqual(result.questions[0], {id: 'gift-16qy1s7', type: 'choice', prompt: 'Which?', options: ['stray', 'a', 'b', 'c'], answer: 'a'});
	t.deepEqual(
		result.problems.map(problem => `${problem.line}:${problem.column} ${problem.message}`),
		[
			'1:8 "stray" before the first ~ or = is read as a wrong answer, as Moodle reads it',
			'1:22 "b" earns 50% in Moodle; factdrill has no partial credit and counts it wrong',
		],
	);
});

test('an answer with no text is ignored with a warning, as Moodle ignores it', t => {
	const result = read(t, 'Which?{=a ~#only feedback ~b}');
	t.deepEqual(result.questions[0]?.type === 'choice' ? result.questions[0].options : [], ['a', 'b']);
	t.deepEqual(result.problems, [{line: 1, column: 12, severity: 'warning', message: 'an answer with no text is ignored, as Moodle ignores it'}]);
});

test('numerical: several right answers are kept as alternatives, with a warning when factdrill would not use one', t => {
	const result = read(t, 'Which year?{#=1969 =1969.5:0.5 =1970}');
	t.deepEqual(result.questions[0], {id: 'gift-0k5ccjg', type: 'short', prompt: 'Which year?', answer: '1969', accept: ['1969.5', '1970'], tolerance: 0});
	t.deepEqual(result.problems.map(problem => problem.column), [21, 33]);
	t.regex(result.problems[0]?.message ?? '', /first right answer only \(1969 ± 0\); "1969\.5:0\.5" is kept/);
});

test('numerical: a range is its midpoint ± half its width; a block with no number is an error', t => {
	const result = read(t, 'A?{#-1.5..2.5}\n\nB?{#}\n\nC?{#4..2}');
	t.deepEqual(result.questions.map(question => (question.type === 'short' ? [question.answer, question.tolerance] : [])), [['0.5', 2]]);
	t.deepEqual(result.problems.map(problem => `${problem.line}:${problem.severity}:${problem.message}`), [
		'3:error:a numerical question ({#…}) needs a number; question skipped',
		'5:error:the range "4..2" runs backwards: write the lower end first; question skipped',
	]);
});

test('matching: a spare answer with no left side is dropped with a warning; the right side is plain text even in [html]', t => {
	const result = read(t, '[html]<b>Match</b>{=<i>a</i> -> <i>x</i> =b -> y = -> z}');
	t.deepEqual(result.questions[0], {
		id: 'gift-0mww5di',
		type: 'match',
		prompt: 'Match',
		pairs: [
			{left: 'a', right: '<i>x</i>'},
			{left: 'b', right: 'y'},
		],
	});
	t.deepEqual(result.problems.map(problem => problem.message), ['the spare answer "z" (no left-hand side) is dropped: factdrill\'s matching has no spare answers']);
});

test('an essay, even with general feedback, is skipped with a warning at its block', t => {
	const result = read(t, '::E::Discuss.{####Any answer.}');
	t.deepEqual(result.questions, []);
	t.deepEqual(result.problems, [{line: 1, column: 14, severity: 'warning', message: 'an essay question ({}) has no answer to check; skipped'}]);
});

test('a question with no text takes its title as the prompt', t => {
	const [question] = read(t, '::Capital of France::{=Paris =paris}').questions;
	t.deepEqual(question, {id: 'capital-of-france', type: 'short', prompt: 'Capital of France', answer: 'Paris', accept: ['paris']});
});

test('comment lines inside a question and Windows line endings are read as Moodle reads them', t => {
	const {questions, problems} = read(t, '// a note\r\nWhich?{\r\n// not an answer\r\n=a\r\n~b\r\n}\r\n\r\nNext?{T}\r\n');
	t.deepEqual(questions.map(question => question.prompt), ['Which?', 'Next?']);
	t.deepEqual(problems, []);
});

test('a line that only looks like a comment in the middle of a line is text', t => {
	const [question] = read(t, 'Is https://example.org a web address?{T}').questions;
	t.is(question?.prompt, 'Is https://example.org a web address?');
});

test('a literal U+FDD0 in the text is kept as it is', t => {
	const [question] = read(t, 'Odd \uFDD0g and \uFDD0 here {=x} too.').questions;
	t.is(question?.type === 'cloze' ? question.text : '', 'Odd \uFDD0g and \uFDD0 here {{x}} too.');
});
