import test from 'ava';
import type {MatchQuestion} from '../../../source/core/pack/schema.js';
import {MatchInput} from '../../../source/ui/components/questions/index.js';
import {keys, labelOf, renderInput} from './helpers.js';

const question: MatchQuestion = {
	id: 'q.match',
	type: 'match',
	prompt: 'Who said what?',
	pairs: [
		{left: 'Peskov', right: '"rather to be welcomed"'},
		{left: 'Zelensky', right: '"we will not give up"'},
		{left: 'Macron', right: '"a historic day"'},
	],
};

const renderMatch = async () =>
	renderInput(onSubmit => <MatchInput question={question} seed={4} isActive width={70} onSubmit={onSubmit} />);

test('shows the prompt, left items numbered in order, right items lettered and shuffled', async t => {
	const view = await renderMatch();
	const frame = view.frame();
	t.true(frame.includes('Who said what?'));
	t.regex(frame, /^› 1\. Peskov → \?$/m);
	t.regex(frame, /^ {2}2\. Zelensky → \?$/m);
	t.regex(frame, /^ {2}3\. Macron → \?$/m);
	const letters = question.pairs.map(pair => labelOf(frame, pair.right));
	t.deepEqual([...letters].sort(), ['a', 'b', 'c']);
	t.notDeepEqual(letters, ['a', 'b', 'c']);
});

test('letters pair the pointed item and move on to the next unpaired; Enter submits', async t => {
	const view = await renderMatch();
	const [peskov, zelensky, macron] = question.pairs.map(pair => labelOf(view.frame(), pair.right));
	await view.press(peskov!);
	const frame = await view.frameMatching(/Peskov → [a-c]\)/);
	t.true(frame.includes(`1. Peskov → ${peskov}) "rather to be welcomed"`));
	t.regex(frame, /^› 2\. Zelensky/m);
	t.regex(frame, new RegExp(`^ {2}${peskov}\\) "rather to be welcomed" ← 1$`, 'm'));
	await view.press(zelensky!, macron!, keys.enter);
	t.deepEqual(await view.submissions(), [
		{
			type: 'match',
			pairs: {Peskov: '"rather to be welcomed"', Zelensky: '"we will not give up"', Macron: '"a historic day"'},
		},
	]);
});

test('a right item used again moves from its old pair; Backspace clears; Enter waits for every pair', async t => {
	const view = await renderMatch();
	const [peskov, zelensky, macron] = question.pairs.map(pair => labelOf(view.frame(), pair.right));
	await view.press(zelensky!, zelensky!);
	// The quote moved from item 1 to item 2; the pointer went on to the next unpaired item.
	const frame = await view.frameMatching(/^› 3\. Macron → \?$/m);
	t.regex(frame, /^ {2}1\. Peskov → \?$/m);
	t.regex(frame, new RegExp(`^ {2}2\\. Zelensky → ${zelensky}\\) "we will not give up"$`, 'm'));
	await view.press(keys.enter);
	t.true((await view.frameMatching(/pair every item first/)).includes('pair every item first'));
	await view.press(keys.up, keys.backspace);
	t.regex(await view.frameMatching(/^› 2\. Zelensky → \?$/m), /^› 2\. Zelensky → \?$/m);
	await view.press(keys.up, peskov!, zelensky!, macron!.toUpperCase());
	await view.settle();
	t.deepEqual(view.submitted, []);
	await view.press(keys.enter);
	t.deepEqual(await view.submissions(), [
		{
			type: 'match',
			pairs: {Peskov: '"rather to be welcomed"', Zelensky: '"we will not give up"', Macron: '"a historic day"'},
		},
	]);
});

test('letters beyond the list do nothing', async t => {
	const view = await renderMatch();
	await view.press('z', 'q', 'd', keys.enter);
	t.regex(await view.frameMatching(/pair every item first/), /^› 1\. Peskov → \?$/m);
	t.deepEqual(view.submitted, []);
});
