import test from 'ava';
import type {TrueFalseQuestion} from '../../../source/core/pack/schema.js';
import {TrueFalseInput} from '../../../source/ui/components/questions/index.js';
import {keys, renderInput} from './helpers.js';

const question: TrueFalseQuestion = {
	id: 'q.tf',
	type: 'truefalse',
	prompt: 'The treaty was signed in Rome.',
	answer: true,
};

const renderTrueFalse = async () =>
	renderInput(onSubmit => <TrueFalseInput question={question} seed={3} isActive width={60} onSubmit={onSubmit} />);

test('shows the statement and True/False with their keys', async t => {
	const view = await renderTrueFalse();
	const frame = view.frame();
	t.true(frame.includes('The treaty was signed in Rome.'));
	t.regex(frame, /^› 1\. True \(t\)$/m);
	t.regex(frame, /^ {2}2\. False \(f\)$/m);
});

for (const [name, sequence, value] of [
	['t', ['t'], true],
	['f', ['f'], false],
	['1', ['1'], true],
	['2', ['2'], false],
	['Enter', [keys.enter], true],
	['↓ Enter', [keys.down, keys.enter], false],
	['↓ ↑ Enter', [keys.down, keys.up, keys.enter], true],
] as const) {
	test(`${name} answers ${value}`, async t => {
		const view = await renderTrueFalse();
		await view.press(...sequence);
		t.deepEqual(await view.submissions(), [{type: 'truefalse', value}]);
	});
}

test('other keys do nothing', async t => {
	const view = await renderTrueFalse();
	await view.press('y', 'n', '3', 'T');
	await view.settle();
	t.deepEqual(view.submitted, []);
});
