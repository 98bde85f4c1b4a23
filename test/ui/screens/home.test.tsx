import test from 'ava';
import {brokenEntry, builtInPack, fakeStore, keys, minimalPack, okEntry, renderApp} from './helpers.js';

const streak = (count: number) => ({attempts: count, correct: count, streak: count, lastAnsweredAt: '2025-01-01T00:00:00.000Z', lastCorrect: true});

test('lists each pack with its question count and how many the store says are mastered', async t => {
	const {store} = fakeStore({'magna-carta-basics': {'sealed-where': streak(3), 'which-king': streak(2), 'gone-question': streak(5)}});
	const view = await renderApp({entries: [okEntry(minimalPack())], store});
	const frame = view.frame();
	t.true(frame.includes('› Magna Carta basics'), frame);
	// Three in a row counts; two does not, nor a question the pack no longer has.
	t.true(frame.includes('7 questions · 1 mastered · 2 answered'), frame);
});

test('a pack with answers missed last time says how many', async t => {
	const missed = {attempts: 2, correct: 1, streak: 0, lastAnsweredAt: '2025-01-01T00:00:00.000Z', lastCorrect: false};
	const {store} = fakeStore({'magna-carta-basics': {'sealed-where': missed, 'which-king': streak(1)}});
	const view = await renderApp({entries: [okEntry(minimalPack())], store});
	t.true(view.frame().includes('7 questions · 0 mastered · 2 answered · 1 missed last time'), view.frame());
});

test('a broken pack is listed with ✘ and its reason, after the good ones', async t => {
	const reason = 'questions[0].answer: "Paris" is not one of the options';
	const view = await renderApp({entries: [okEntry(minimalPack()), brokenEntry('bad.yaml', reason)]});
	const lines = view.lines();
	const broken = lines.findIndex(line => line.includes(`✘ broken: ${reason}`));
	t.true(broken > lines.findIndex(line => line.includes('Magna Carta basics')), view.frame());
});

test('the footer names the keys', async t => {
	const view = await renderApp({entries: [okEntry(minimalPack())]});
	t.true(view.frame().includes('↑↓ choose · Enter study · f facts · a article · q quit'), view.frame());
});

test('↓ then Enter opens the pack under the pointer', async t => {
	const kuril = builtInPack();
	const view = await renderApp({entries: [okEntry(minimalPack()), okEntry(kuril)]});
	await view.press(keys.down);
	t.true((await view.frameMatching(/› The Kuril/)).includes('› The Kuril'));
	await view.press(keys.enter);
	const frame = await view.frameMatching(/Question 1\//);
	t.true(frame.includes(`Question 1/${kuril.questions.length}`), frame);
	t.true(frame.includes('The Kuril Islands dispute'), frame);
});

test('Enter opens the first pack', async t => {
	const view = await renderApp({entries: [okEntry(minimalPack())]});
	await view.press(keys.enter);
	t.true((await view.frameMatching(/Question 1\/7/)).includes('Magna Carta basics'));
});

test('q quits the app', async t => {
	const view = await renderApp({entries: [okEntry(minimalPack())]});
	t.false(view.exited());
	await view.press('q');
	await view.settle();
	t.true(view.exited());
});

test('Esc quits too', async t => {
	const view = await renderApp({entries: [okEntry(minimalPack())]});
	await view.press(keys.escape);
	await view.settle();
	t.true(view.exited());
});

test('notices, such as a damaged progress file moved aside, are shown with !', async t => {
	const notice = 'the progress file was damaged; it was moved to progress.json.bad and a new one started';
	const view = await renderApp({entries: [okEntry(minimalPack())], notices: [notice]});
	t.true(view.frame().includes('! the progress file was damaged'), view.frame());
});

test('with no packs it says how to add one', async t => {
	const view = await renderApp({entries: []});
	t.true(view.frame().includes('No packs to study yet'), view.frame());
});
