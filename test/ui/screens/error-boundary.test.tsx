import test from 'ava';
import {render} from 'ink-testing-library';
import {stripVTControlCharacters} from 'node:util';
import type {ChoiceQuestion} from '../../../source/core/pack/schema.js';
import {ErrorBoundary} from '../../../source/ui/components/error-boundary.js';
import {minimalPack, okEntry, renderApp, until} from './helpers.js';

// React reports every error a boundary catches on console.error; the tests look at the screen instead.
const consoleError = console.error;
test.before(() => {
	console.error = () => undefined;
});
test.after.always(() => {
	console.error = consoleError;
});

function Thrower(): never {
	throw new Error('the pack broke it');
}

test('a screen that throws shows a readable error with the message, not a stack trace', async t => {
	const instance = render(
		<ErrorBoundary>
			<Thrower />
		</ErrorBoundary>,
	);
	const frame = () => stripVTControlCharacters(instance.lastFrame() ?? '');
	await until(() => frame().includes('Error'));
	t.true(frame().includes('✘ Error: factdrill could not draw this screen.'), frame());
	t.true(frame().includes('the pack broke it'), frame());
	t.true(frame().includes('Press q or Esc to quit'), frame());
	t.false(/^\s+at /m.test(frame()), frame());
	t.false(frame().includes('Thrower'), frame());
});

test('the app catches a question that makes its input throw, and q then quits', async t => {
	const pack = minimalPack();
	const broken = {id: 'broken', type: 'choice', prompt: 'Boom?', answer: 'a'} as unknown as ChoiceQuestion;
	const view = await renderApp({entries: [okEntry({...pack, questions: [broken]})], initialPackId: pack.id});
	const frame = await view.frameMatching(/Error/);
	t.true(frame.includes('✘ Error: factdrill could not draw this screen.'), frame);
	t.regex(frame, /Cannot read properties of undefined/);
	t.false(/^\s+at /m.test(frame), frame);
	await view.press('q');
	await view.settle();
	t.true(view.exited());
});

test('the error screen fits a small terminal', async t => {
	const pack = minimalPack();
	const broken = {id: 'broken', type: 'choice', prompt: 'Boom?', answer: 'a'} as unknown as ChoiceQuestion;
	const view = await renderApp({entries: [okEntry({...pack, questions: [broken]})], initialPackId: pack.id}, {columns: 40, rows: 12});
	const lines = (await view.frameMatching(/Error/)).split('\n');
	t.true(lines.length <= 12, lines.join('\n'));
	t.true(lines.every(line => [...line].length <= 40), lines.join('\n'));
});
