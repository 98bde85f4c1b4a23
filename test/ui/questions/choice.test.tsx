import test from 'ava';
import type {ChoiceQuestion} from '../../../source/core/pack/schema.js';
import {ChoiceInput} from '../../../source/ui/components/questions/index.js';
import {keys, labelOf, renderInput, rowTexts} from './helpers.js';

const question: ChoiceQuestion = {
	id: 'q.choice',
	type: 'choice',
	prompt: 'Who chaired the meeting?',
	options: ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot'],
	answer: 'Bravo',
};

const renderChoice = async (seed = 7, isActive = true) =>
	renderInput(onSubmit => <ChoiceInput question={question} seed={seed} isActive={isActive} width={60} onSubmit={onSubmit} />);

test('shows the prompt and every option, numbered, pointer on the first', async t => {
	const view = await renderChoice();
	const frame = view.frame();
	t.true(frame.includes('Who chaired the meeting?'));
	t.deepEqual([...rowTexts(frame)].sort(), question.options);
	t.regex(frame, /^› 1\. /m);
	t.is(frame.match(/›/g)?.length, 1);
});

test('a number key answers at once with that option', async t => {
	const view = await renderChoice();
	await view.press(labelOf(view.frame(), 'Charlie'));
	t.deepEqual(await view.submissions(), [{type: 'choice', choice: 'Charlie'}]);
});

test('arrows move the pointer and Enter answers', async t => {
	const view = await renderChoice();
	const rows = rowTexts(view.frame());
	await view.press(keys.down, keys.down, keys.up, keys.down);
	t.regex(await view.frameMatching(/^› 3\. /m), /^› 3\. /m);
	await view.press(keys.enter);
	t.deepEqual(await view.submissions(), [{type: 'choice', choice: rows[2]!}]);
});

test('keys arriving in one chunk are each applied in turn', async t => {
	const view = await renderChoice();
	const rows = rowTexts(view.frame());
	await view.press(keys.down + keys.down + keys.down + keys.up + keys.enter);
	t.deepEqual(await view.submissions(), [{type: 'choice', choice: rows[2]!}]);
});

test('the pointer stops at the top', async t => {
	const view = await renderChoice();
	const rows = rowTexts(view.frame());
	await view.press(keys.up, keys.enter);
	t.deepEqual(await view.submissions(), [{type: 'choice', choice: rows[0]!}]);
});

test('a number past the last option, and other keys, do nothing', async t => {
	const view = await renderChoice();
	await view.press('9', 'x', keys.space, keys.tab);
	await view.settle();
	t.deepEqual(view.submitted, []);
});

test('answers once: keys after the answer are ignored', async t => {
	const view = await renderChoice();
	await view.press('1', keys.down, keys.enter, '2');
	t.is((await view.submissions()).length, 1);
	t.regex(view.frame(), /^› 1\. /m);
});

test('an inactive input ignores keys', async t => {
	const view = await renderChoice(7, false);
	await view.press('1', keys.enter);
	await view.settle();
	t.deepEqual(view.submitted, []);
});

test('the shuffle is fixed for a seed and differs between seeds', async t => {
	const orderFor = async (seed: number) => {
		const view = await renderChoice(seed);
		const rows = rowTexts(view.frame());
		view.unmount();
		return rows.join('|');
	};
	const first = await orderFor(1);
	t.is(await orderFor(1), first);
	const others = [await orderFor(2), await orderFor(3), await orderFor(4)];
	t.true(others.some(rows => rows !== first));
});
