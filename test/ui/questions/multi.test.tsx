import test from 'ava';
import type {MultiQuestion} from '../../../source/core/pack/schema.js';
import {MultiInput} from '../../../source/ui/components/questions/index.js';
import {keys, labelOf, renderInput, rowTexts} from './helpers.js';

const question: MultiQuestion = {
	id: 'q.multi',
	type: 'multi',
	prompt: 'Which countries signed?',
	options: ['France', 'Germany', 'Italy', 'Spain', 'Portugal'],
	answers: ['France', 'Italy'],
};

const renderMulti = async () =>
	renderInput(onSubmit => <MultiInput question={question} seed={11} isActive width={60} onSubmit={onSubmit} />);

test('shows the prompt with "(choose all that apply)" and unticked boxes', async t => {
	const view = await renderMulti();
	const frame = view.frame();
	t.true(frame.includes('Which countries signed? (choose all that apply)'));
	t.deepEqual([...rowTexts(frame)].sort(), [...question.options].sort());
	t.is(frame.match(/\[ \] \d\. /g)?.length, 5);
	t.regex(frame, /^› \[ \] 1\. /m);
});

test('number keys toggle; Enter submits the ticked options in display order', async t => {
	const view = await renderMulti();
	const rows = rowTexts(view.frame());
	const [france, italy, spain] = ['France', 'Italy', 'Spain'].map(name => labelOf(view.frame(), name));
	await view.press(france!, spain!, italy!, spain!);
	// Wait for the last key too: Italy ticked and Spain unticked again.
	const frame = await view.frameMatching(/^(?=[\s\S]*\[x\][^\n]*Italy)(?=[\s\S]*\[ \] \d\. Spain)/);
	t.regex(frame, /\[x\] \d\. France/);
	t.regex(frame, /\[ \] \d\. Spain/);
	await view.press(keys.enter);
	t.deepEqual(await view.submissions(), [{type: 'multi', choices: rows.filter(row => row === 'France' || row === 'Italy')}]);
});

test('Space toggles the option under the pointer', async t => {
	const view = await renderMulti();
	const rows = rowTexts(view.frame());
	await view.press(keys.down, keys.space, keys.down, keys.down, keys.space, keys.up, keys.up, keys.space, keys.space);
	const frame = await view.frameMatching(/^› \[x\] 2\. /m);
	t.regex(frame, /^› \[x\] 2\. /m);
	t.regex(frame, /^ {2}\[x\] 4\. /m);
	t.is(frame.match(/\[x\]/g)?.length, 2);
	await view.press(keys.enter);
	t.deepEqual(await view.submissions(), [{type: 'multi', choices: [rows[1]!, rows[3]!]}]);
});

test('Enter with nothing ticked does not submit and says why, until something is ticked', async t => {
	const view = await renderMulti();
	await view.press(keys.enter);
	t.true((await view.frameMatching(/tick at least one/)).includes('tick at least one'));
	t.deepEqual(view.submitted, []);
	await view.press('1');
	t.false((await view.frameMatching(/\[x\]/)).includes('tick at least one'));
	await view.press(keys.enter);
	t.deepEqual(await view.submissions(), [{type: 'multi', choices: [rowTexts(view.frame())[0]!]}]);
});
