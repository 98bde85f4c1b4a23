import test from 'ava';
// ink colours through chalk, which ava's worker loaded first with a piped
// stdout: level 0, so no frame would carry colour and the check below would
// pass for nothing. Turning chalk on shows that NO_COLOR is what removes it.
import chalk from 'chalk';
import {createTheme} from '../../../source/ui/theme.js';
import {keys, minimalPack, minimalQuestion, okEntry, onlyQuestion, renderApp} from './helpers.js';

chalk.level = 1;

/** True when an SGR sequence sets or resets a foreground or background colour. */
function hasColour(raw: string): boolean {
	return [...raw.matchAll(/\u001B\[([\d;]*)m/g)].some(([, params = '']) =>
		params.split(';').some(param => /^(?:3\d|4\d|9[0-7]|10[0-7])$/.test(param)),
	);
}

const pack = minimalPack();
const shortPack = onlyQuestion(pack, minimalQuestion('which-king'));

async function feedbackFor(answer: string, env: NodeJS.ProcessEnv) {
	const view = await renderApp({entries: [okEntry(shortPack)], initialPackId: pack.id, theme: createTheme(env)});
	const question = view.lastFrame() ?? '';
	await view.press(answer, keys.enter);
	await view.frameMatching(/Right|Wrong/);
	return {view, question, feedback: view.lastFrame() ?? ''};
}

test('with colour on, the frames do carry colour (so the test below can see it go)', async t => {
	const {feedback} = await feedbackFor('King John', {});
	t.true(hasColour(feedback));
});

test('NO_COLOR: a right answer still says ✔ Right, and no frame has colour', async t => {
	const {view, question, feedback} = await feedbackFor('King John', {NO_COLOR: '1'});
	t.true(view.frame().includes('✔ Right'), view.frame());
	t.false(hasColour(question), JSON.stringify(question));
	t.false(hasColour(feedback), JSON.stringify(feedback));
});

test('NO_COLOR: a wrong answer still says ✘ Wrong', async t => {
	const {view, feedback} = await feedbackFor('Henry', {NO_COLOR: '1'});
	t.true(view.frame().includes('✘ Wrong'), view.frame());
	t.false(hasColour(feedback));
	await view.press(keys.escape);
	const summary = await view.frameMatching(/Session summary/);
	t.true(summary.includes('✘ Which king'), summary);
	t.false(hasColour(view.lastFrame() ?? ''));
});

test('NO_COLOR: the home screen marks the chosen pack with › and has no colour', async t => {
	const view = await renderApp({entries: [okEntry(pack)], theme: createTheme({NO_COLOR: '1'})});
	t.true(view.frame().includes('› Magna Carta basics'));
	t.false(hasColour(view.lastFrame() ?? ''));
});
