import test from 'ava';
import {Box} from 'ink';
import type {Question} from '../../../source/core/pack/schema.js';
import {inputHint, QuestionInput, questionTakesText} from '../../../source/ui/components/questions/index.js';
import {createTheme, ThemeContext} from '../../../source/ui/theme.js';
import {keys, renderInput, widestLine} from './helpers.js';

const long = 'a statement that goes on for quite a while, with several clauses, so that it must wrap at narrow widths';

const questions: Question[] = [
	{id: 'c', type: 'choice', prompt: `Which? ${long}`, options: [`First ${long}`, 'Second', 'Third'], answer: 'Second'},
	{id: 'm', type: 'multi', prompt: `Which? ${long}`, options: [`First ${long}`, 'Second', 'Third'], answers: ['Second']},
	{id: 't', type: 'truefalse', prompt: `True? ${long}`, answer: false},
	{id: 'z', type: 'cloze', prompt: 'Fill in.', text: `The {{first}} gap and ${long} then the {{second}} one.`},
	{id: 's', type: 'short', prompt: `Name it: ${long}`, answer: 'x', accept: []},
	{id: 'o', type: 'order', prompt: `Order: ${long}`, items: [`One ${long}`, 'Two', 'Three']},
	{
		id: 'p',
		type: 'match',
		prompt: `Match: ${long}`,
		pairs: [
			{left: `Left ${long}`, right: `Right ${long}`},
			{left: 'L2', right: 'R2'},
		],
	},
];

for (const question of questions) {
	test(`${question.type}: the dispatcher renders it, and nothing exceeds 40 columns`, async t => {
		const view = await renderInput(onSubmit => (
			<Box width={40}>
				<QuestionInput question={question} seed={1} isActive width={40} onSubmit={onSubmit} />
			</Box>
		));
		// Typed text must stay within the width too.
		if (questionTakesText(question)) await view.press('typed words that are longer than the width of the field itself');
		const frame = view.frame();
		t.true(frame.includes(question.prompt.slice(0, 12)), frame);
		t.true(widestLine(frame) <= 40, frame);
		t.true(frame.split('\n').length > 4);
	});
}

test('wrapped options hang under their text, not under the number', async t => {
	const question = questions[0]!;
	const view = await renderInput(onSubmit => <QuestionInput question={question} seed={1} isActive width={40} onSubmit={onSubmit} />);
	const lines = view.frame().split('\n');
	const first = lines.findIndex(line => line.includes('First a statement'));
	t.regex(lines[first + 1] ?? '', /^ {5}\S/);
});

test('the same question type renders usably at 200 columns, on one line per option', async t => {
	const question = questions[0]!;
	const view = await renderInput(onSubmit => <QuestionInput question={question} seed={1} isActive width={200} onSubmit={onSubmit} />);
	t.true(view.frame().split('\n').some(line => line.endsWith(`First ${long}`)));
});

const hostile = 'Who\u001B[2J said\u001B]0;title\u0007 it?\u001B[31m';

test('escape sequences in pack text never reach the terminal, but the response keeps the pack\'s text', async t => {
	const question: Question = {id: 'h', type: 'choice', prompt: hostile, options: [hostile, 'Plain'], answer: 'Plain'};
	const view = await renderInput(onSubmit => <QuestionInput question={question} seed={1} isActive width={60} onSubmit={onSubmit} />);
	const raw = view.lastFrame() ?? '';
	t.false(raw.includes('\u001B[2J'));
	t.false(raw.includes('\u001B]'));
	t.false(raw.includes('\u0007'));
	t.false(raw.includes('title'));
	t.false(raw.includes('[31m'));
	t.true(raw.includes('Who said it?'));
	const position = view.frame().split('\n').find(line => line.includes('Who said it?') && /\d\./.test(line))!;
	await view.press(/(\d)\./.exec(position)![1]!);
	t.deepEqual(await view.submissions(), [{type: 'choice', choice: hostile}]);
});

test('escape sequences are stripped from every kind of pack text', async t => {
	const all: Question[] = [
		{id: 'z', type: 'cloze', prompt: hostile, text: `${hostile} {{x}} ${hostile}`},
		{id: 'o', type: 'order', prompt: hostile, items: [hostile, 'b', 'c']},
		{id: 'p', type: 'match', prompt: hostile, pairs: [{left: hostile, right: hostile}, {left: 'l', right: 'r'}]},
		{id: 'm', type: 'multi', prompt: hostile, options: [hostile, 'b'], answers: ['b']},
	];
	for (const question of all) {
		const view = await renderInput(onSubmit => <QuestionInput question={question} seed={1} isActive width={60} onSubmit={onSubmit} />);
		const raw = view.lastFrame() ?? '';
		t.false(/\u001B\[2J|\u001B\]|\u0007|title/.test(raw), question.type);
		view.unmount();
	}
});

test('under NO_COLOR the selected option is still marked by ›', async t => {
	const question = questions[0]!;
	const view = await renderInput(onSubmit => (
		<ThemeContext.Provider value={createTheme({NO_COLOR: '1'})}>
			<QuestionInput question={question} seed={1} isActive width={80} onSubmit={onSubmit} />
		</ThemeContext.Provider>
	));
	t.regex(view.frame(), /^› 1\. /m);
	await view.press(keys.down);
	const frame = await view.frameMatching(/^› 2\. /m);
	t.regex(frame, /^› 2\. /m);
	t.regex(frame, /^ {2}1\. /m);
	t.is(frame.match(/›/g)?.length, 1);
});

test('questionTakesText: only cloze and short', t => {
	t.deepEqual(
		questions.filter(question => questionTakesText(question)).map(question => question.type),
		['cloze', 'short'],
	);
});

test('inputHint: one short line of keys per type', t => {
	t.deepEqual(
		questions.map(question => inputHint(question)),
		[
			'1–3 answer · ↑↓ move · Enter choose',
			'1–3/Space tick · ↑↓ move · Enter submit',
			't/f or 1/2 answer · ↑↓ move · Enter choose',
			'Enter/Tab next gap · Shift+Tab/↑ back · Enter on the last submits',
			'type your answer · Enter submit',
			'↑↓ move · Space pick up/drop · Enter submit',
			'↑↓ item · a–b pair · Backspace clear · Enter submit',
		],
	);
});

test('inputHint, compact: with the quit key it fits one line of 40 columns', t => {
	t.deepEqual(
		questions.map(question => inputHint(question, {compact: true})),
		[
			'1–3/↑↓ Enter',
			'1–3/Space tick · Enter',
			't/f/↑↓ Enter',
			'Tab next gap · Enter submit',
			'type · Enter submit',
			'↑↓ move · Space pick up · Enter',
			'a–b pair · Enter submit',
		],
	);
	for (const question of questions) {
		const quit = questionTakesText(question) ? 'Esc quit' : 'q quit';
		t.true([...`${inputHint(question, {compact: true})} · ${quit}`].length <= 40);
	}
});
