import test from 'ava';
import type {OrderQuestion} from '../../../source/core/pack/schema.js';
import {OrderInput} from '../../../source/ui/components/questions/index.js';
import {keys, renderInput, rowTexts} from './helpers.js';

const question: OrderQuestion = {
	id: 'q.order',
	type: 'order',
	prompt: 'Put these in the order they happened.',
	items: ['Treaty of Paris', 'Treaty of Rome', 'Maastricht Treaty', 'Treaty of Lisbon'],
};

const renderOrder = async (seed = 9) =>
	renderInput(onSubmit => <OrderInput question={question} seed={seed} isActive width={60} onSubmit={onSubmit} />);

test('shows the prompt, the items numbered and shuffled, and a hint line', async t => {
	const view = await renderOrder();
	const frame = view.frame();
	t.true(frame.includes('Put these in the order they happened.'));
	const rows = rowTexts(frame);
	t.deepEqual([...rows].sort(), [...question.items].sort());
	t.notDeepEqual(rows, question.items);
	t.regex(frame, /^› 1\. /m);
	t.regex(frame, /Space pick up/);
});

test('never starts solved, whatever the seed', async t => {
	for (const seed of [0, 1, 2, 3, 4, 5, 6, 7]) {
		const view = await renderOrder(seed);
		t.notDeepEqual(rowTexts(view.frame()), question.items, `seed ${seed}`);
		view.unmount();
	}
});

test('the shuffle is fixed for a seed and differs between seeds', async t => {
	const orderFor = async (seed: number) => {
		const view = await renderOrder(seed);
		const rows = rowTexts(view.frame()).join('|');
		view.unmount();
		return rows;
	};
	const first = await orderFor(1);
	t.is(await orderFor(1), first);
	t.true([await orderFor(2), await orderFor(3), await orderFor(4)].some(rows => rows !== first));
});

test('Enter without moving submits the shown order', async t => {
	const view = await renderOrder();
	const rows = rowTexts(view.frame());
	await view.press(keys.enter);
	t.deepEqual(await view.submissions(), [{type: 'order', items: rows}]);
});

test('Space picks up (≡, "moving"), arrows carry the item, Space drops', async t => {
	const view = await renderOrder();
	const [a, b, c, d] = rowTexts(view.frame()) as [string, string, string, string];
	await view.press(keys.space);
	const grabbed = await view.frameMatching(/moving/);
	t.true(grabbed.includes(`≡ 1. ${a} (moving)`));
	t.regex(grabbed, /↑↓ move the ≡ item · Space drop it/);
	await view.press(keys.down, keys.down);
	t.true((await view.frameMatching(/≡ 3\./)).includes(`≡ 3. ${a} (moving)`));
	await view.press(keys.space);
	t.false((await view.frameMatching(/^› 3\./m)).includes('moving'));
	// Without an item in hand the arrows only move the pointer.
	await view.press(keys.up, keys.up, keys.up, keys.enter);
	t.deepEqual(await view.submissions(), [{type: 'order', items: [b, c, a, d]}]);
});

test('a carried item stops at the ends', async t => {
	const view = await renderOrder();
	const [a, b, c, d] = rowTexts(view.frame()) as [string, string, string, string];
	await view.press(keys.down, keys.space, keys.up, keys.up, keys.up, keys.enter);
	t.deepEqual(await view.submissions(), [{type: 'order', items: [b, a, c, d]}]);
});
