import test from 'ava';
import type {ShortQuestion} from '../../../source/core/pack/schema.js';
import {ShortInput} from '../../../source/ui/components/questions/index.js';
import {keys, renderInput} from './helpers.js';

const question: ShortQuestion = {
	id: 'q.short',
	type: 'short',
	prompt: 'In which city was the treaty signed?',
	answer: 'Rome',
	accept: [],
};

const renderShort = async () =>
	renderInput(onSubmit => <ShortInput question={question} seed={5} isActive width={60} onSubmit={onSubmit} />);

test('shows the prompt and a field', async t => {
	const view = await renderShort();
	t.true(view.frame().includes('In which city was the treaty signed?'));
	t.regex(view.frame(), /^›/m);
});

test('typing then Enter submits the text, trimmed', async t => {
	const view = await renderShort();
	await view.press('R', 'o', 'm', 'e', ' ', keys.enter);
	t.deepEqual(await view.submissions(), [{type: 'short', text: 'Rome'}]);
});

test('a pasted word arrives whole; q is a letter', async t => {
	const view = await renderShort();
	await view.press('Iqaluit', keys.enter);
	t.deepEqual(await view.submissions(), [{type: 'short', text: 'Iqaluit'}]);
});

test('Backspace and arrows edit', async t => {
	const view = await renderShort();
	await view.press('Rme', keys.left, keys.left, 'o', keys.right, keys.right, keys.backspace, 'e', keys.enter);
	t.deepEqual(await view.submissions(), [{type: 'short', text: 'Rome'}]);
});

test('Enter on an empty or blank field does nothing but say so', async t => {
	const view = await renderShort();
	await view.press(keys.enter, ' ', keys.enter);
	t.true((await view.frameMatching(/type an answer first/)).includes('type an answer first'));
	await view.settle();
	t.deepEqual(view.submitted, []);
	await view.press('x');
	t.false((await view.frameMatching(/^› +x$/m)).includes('type an answer first'));
});
