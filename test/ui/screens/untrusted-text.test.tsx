import test, {type ExecutionContext} from 'ava';
import {brokenEntry, keys, okEntry, optionKey, packFromYaml, renderApp, hostile, hostileYaml} from './helpers.js';

const yaml = hostileYaml;

const pack = packFromYaml(`format: factdrill/pack@1
id: hostile
title: ${yaml('pack')}
sources:
  - {id: s, title: ${yaml('title')}, outlet: ${yaml('outlet')}, published: "2024-01-02"}
questions:
  - id: q
    type: choice
    prompt: ${yaml('prompt?')}
    options: [${yaml('option')}, Plain]
    answer: Plain
    explanation: ${yaml('explanation')}
    evidence: {source: s, text: ${yaml('evidence')}}
    tags: [${yaml('tag')}]
`);

/** None of the bytes a pack could use to clear the screen, retitle the window or ring the bell. */
function assertClean(t: ExecutionContext, raw: string) {
	t.false(raw.includes('\u001B[2J'), JSON.stringify(raw));
	t.false(raw.includes('\u001B]'), JSON.stringify(raw));
	t.false(raw.includes('\u0007'), JSON.stringify(raw));
	t.false(raw.includes('pwned'), JSON.stringify(raw));
}

test('the pack really holds the escape sequences', t => {
	t.true(pack.title.includes('\u001B[2J'));
	t.true(pack.questions[0]!.prompt.includes('\u001B]0;pwned\u0007'));
});

test('home, question, feedback and summary draw pack text without escape sequences or bells', async t => {
	const view = await renderApp({
		entries: [okEntry(pack), brokenEntry('bad.yaml', `${hostile} reason`)],
		notices: [`${hostile} notice`],
	});
	t.true(view.frame().includes('Shady text pack'), view.frame());
	t.true(view.frame().includes('! Shady text notice'), view.frame());
	t.true(view.frame().includes('✘ broken: Shady text reason'), view.frame());
	await view.press(keys.enter);
	const question = await view.frameMatching(/Shady text prompt\?/);
	await view.press(optionKey(question, 'Shady text option'));
	const feedback = await view.frameMatching(/Wrong/);
	t.true(feedback.includes('Shady text explanation'), feedback);
	t.true(feedback.includes('Shady text outlet, 2 Jan 2024'), feedback);
	t.true(feedback.includes('“Shady text evidence”'), feedback);
	await view.press(keys.escape);
	t.true((await view.frameMatching(/Session summary/)).includes('✘ Shady text prompt?'));
	for (const frame of view.frames) assertClean(t, frame);
});

test('an exam and its result, and the stats, draw pack text without escape sequences or bells', async t => {
	const view = await renderApp({entries: [okEntry(pack)]});
	// A failed assertion must not leave the exam's countdown running.
	t.teardown(() => view.unmount());
	await view.press('e');
	const question = await view.frameMatching(/Shady text prompt\?/);
	await view.press(optionKey(question, 'Shady text option'));
	await view.frameMatching(/answered: Shady text option/);
	await view.press('\u0013'); // Ctrl+S submits
	const result = await view.frameMatching(/Exam result/);
	t.true(result.includes('Shady text tag'), result);
	await view.press('h');
	await view.frameMatching(/Shady text pack/);
	await view.press('s');
	await view.frameMatching(/Stats/);
	for (let page = 0; page < 6; page++) await view.press(keys.right);
	for (const frame of view.frames) assertClean(t, frame);
});
