import test from 'ava';
import type {ClozeQuestion} from '../../../source/core/pack/schema.js';
import {ClozeInput} from '../../../source/ui/components/questions/index.js';
import {keys, renderInput} from './helpers.js';

const question: ClozeQuestion = {
	id: 'q.cloze',
	type: 'cloze',
	prompt: 'Fill in the gaps.',
	text: 'The treaty was signed in {{1951|nineteen fifty-one}} in {{Paris}} by {{six}} states.',
};

const renderCloze = async () =>
	renderInput(onSubmit => <ClozeInput question={question} seed={5} isActive width={70} onSubmit={onSubmit} />);

test('shows the prompt, the sentence with numbered gaps and one field per gap', async t => {
	const view = await renderCloze();
	const frame = view.frame();
	t.true(frame.includes('Fill in the gaps.'));
	t.true(frame.includes('The treaty was signed in [1] in [2] by [3] states.'));
	t.false(frame.includes('1951'));
	t.regex(frame, /^› 1\./m);
	t.regex(frame, /^ {2}2\./m);
	t.regex(frame, /^ {2}3\./m);
});

test('Enter moves to the next gap and submits from the last', async t => {
	const view = await renderCloze();
	await view.press('1', '9', '5', '1', keys.enter);
	t.regex(await view.frameMatching(/^› 2\./m), /^ {2}1\. 1951$/m);
	await view.press('Paris', keys.enter, 's', 'i', 'x', keys.enter);
	t.deepEqual(await view.submissions(), [{type: 'cloze', gaps: ['1951', 'Paris', 'six']}]);
});

test('Tab goes forward, Shift+Tab and ↑ go back, ↓ goes forward', async t => {
	const view = await renderCloze();
	await view.press(keys.tab, 'b', keys.tab, 'c', keys.shiftTab, 'B', keys.up, 'a', keys.down, keys.down, keys.enter);
	t.deepEqual(await view.submissions(), [{type: 'cloze', gaps: ['a', 'bB', 'c']}]);
});

test('editing: ← → move within a gap, Backspace deletes, q is just a letter', async t => {
	const view = await renderCloze();
	await view.press('q', 'x', 'z', keys.left, keys.backspace, 'y', keys.right, '!', keys.enter, '2', keys.enter, '3', keys.enter);
	t.deepEqual(await view.submissions(), [{type: 'cloze', gaps: ['qyz!', '2', '3']}]);
});

test('Enter on the last gap with gaps still empty goes to the first empty one instead', async t => {
	const view = await renderCloze();
	await view.press('1951', keys.tab, keys.tab, 'six', keys.enter);
	const frame = await view.frameMatching(/fill every gap first/);
	t.regex(frame, /^› 2\./m);
	t.deepEqual(view.submitted, []);
	await view.press('Paris', keys.enter, keys.enter);
	t.deepEqual(await view.submissions(), [{type: 'cloze', gaps: ['1951', 'Paris', 'six']}]);
});

test('keys that arrive in one read act as if typed one by one: bells and line feeds are dropped', async t => {
	const view = await renderCloze();
	await view.press('Pa\u0007ri\ns', keys.enter, 'b', keys.enter, 'c', keys.enter);
	t.deepEqual(await view.submissions(), [{type: 'cloze', gaps: ['Paris', 'b', 'c']}]);
});

test('a whole answer typed in one burst — Backspace, Tab and Enter included — fills every gap', async t => {
	const view = await renderCloze();
	await view.press('Parx\u007Fis\tb\tc\r');
	t.deepEqual(await view.submissions(), [{type: 'cloze', gaps: ['Paris', 'b', 'c']}]);
});

test('a gap marker never breaks across lines, at any width', async t => {
	for (const width of [12, 16, 20, 27, 31]) {
		const view = await renderInput(onSubmit => <ClozeInput question={question} seed={5} isActive width={width} onSubmit={onSubmit} />);
		const frame = view.frame();
		t.is(frame.match(/\[\d\]/g)?.length, 3, frame);
		t.false(/\[\s*$|^\s*\d\]/m.test(frame), frame);
		view.unmount();
	}
});

test('with a height, a long sentence is cut with "…" and the fields stay', async t => {
	const long: ClozeQuestion = {...question, text: `${'A very long lead-in to the sentence. '.repeat(8)}Signed in {{1951}}.`};
	const view = await renderInput(onSubmit => (
		<ClozeInput question={long} seed={5} isActive width={40} height={8} compact onSubmit={onSubmit} />
	));
	const lines = view.frame().split('\n');
	t.true(lines.length <= 8, view.frame());
	t.true(lines.some(line => line.endsWith('…')), view.frame());
	t.regex(view.frame(), /^› 1\./m);
});
