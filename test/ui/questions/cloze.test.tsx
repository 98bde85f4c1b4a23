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
	t.true(frame.includes('The treaty was signed in [ 1 ] in [ 2 ] by [ 3 ] states.'));
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

test('pasted text loses control characters; line breaks and tabs become spaces', async t => {
	const view = await renderCloze();
	await view.press('Pa\u0007ri\ns\t!', keys.enter, 'b', keys.enter, 'c', keys.enter);
	t.deepEqual(await view.submissions(), [{type: 'cloze', gaps: ['Pari s !', 'b', 'c']}]);
});
