import test from 'ava';
import {answerKeys, fakeStore, keys, minimalPack, minimalQuestion, okEntry, onlyQuestion, optionKey, questionOnScreen, renderApp} from './helpers.js';

const pack = minimalPack();

/** The study screen on one question of the minimal pack. */
async function studyOnly(id: string, store = fakeStore()) {
	const view = await renderApp({entries: [okEntry(onlyQuestion(pack, minimalQuestion(id)))], initialPackId: pack.id, store: store.store});
	return {...view, calls: store.calls};
}

test('a question shows its position, the pack title, the prompt and the keys', async t => {
	const view = await renderApp({entries: [okEntry(pack)], initialPackId: pack.id});
	const frame = view.frame();
	t.true(frame.includes(`Question 1/${pack.questions.length}`), frame);
	t.true(frame.includes('Magna Carta basics'), frame);
	t.true(pack.questions.some(question => frame.includes(question.prompt)), frame);
	t.regex(frame, /q quit|Esc quit/);
});

test('a right answer: ✔ Right, the answer, the explanation and the evidence with outlet and date', async t => {
	const view = await studyOnly('which-king');
	await view.press('King John', keys.enter);
	const frame = await view.frameMatching(/Right/);
	t.true(frame.includes('✔ Right'), frame);
	t.true(frame.includes('Answer: King John'), frame);
	t.true(frame.includes('John reigned from 1199 to 1216.'), frame);
	t.true(frame.includes('Source: factdrill test fixtures, 15 Jun 2024'), frame);
	t.true(frame.includes('“King John sealed the charter at Runnymede on 15 June 1215.”'), frame);
	t.false(frame.includes('You said'), frame);
});

test('a wrong answer: ✘ Wrong, what was said and the right answer', async t => {
	const view = await studyOnly('which-king');
	await view.press('Henry', keys.enter);
	const frame = await view.frameMatching(/Wrong/);
	t.true(frame.includes('✘ Wrong'), frame);
	t.true(frame.includes('You said: Henry'), frame);
	t.true(frame.includes('Answer: King John'), frame);
	t.true(frame.includes('✔ 0 ✘ 1'), frame);
});

test('a choice is answered by its number', async t => {
	const view = await studyOnly('sealed-where');
	await view.press(optionKey(view.frame(), 'Runnymede'));
	t.true((await view.frameMatching(/Right/)).includes('✔ Right'));
});

test('the answer is recorded when it is given, before Enter moves on', async t => {
	const view = await studyOnly('sealed-where');
	t.deepEqual(view.calls, []);
	await view.press(optionKey(view.frame(), 'Windsor'));
	await view.frameMatching(/Wrong/);
	t.deepEqual(view.calls, [{packId: 'magna-carta-basics', questionId: 'sealed-where', correct: false}]);
	t.true(view.frame().includes('Enter next'));
});

test('a right answer is recorded as right', async t => {
	const view = await studyOnly('which-king');
	await view.press('john', keys.enter);
	await view.frameMatching(/Right/);
	t.deepEqual(view.calls, [{packId: 'magna-carta-basics', questionId: 'which-king', correct: true}]);
});

test('a write that fails says "! Not saved:" and why, on the feedback screen', async t => {
	const view = await studyOnly('which-king', fakeStore({}, {fail: 'disk full'}));
	await view.press('King John', keys.enter);
	const frame = await view.frameMatching(/Not saved/);
	t.true(frame.includes('! Not saved: disk full'), frame);
	t.true(frame.includes('✔ Right'), frame);
});

test('every question type can be answered, and Enter after the feedback goes on to the next', async t => {
	const view = await renderApp({entries: [okEntry(pack)], initialPackId: pack.id});
	for (let index = 1; index <= pack.questions.length; index++) {
		const frame = await view.frameMatching(new RegExp(`Question ${index}/`));
		await view.press(...answerKeys(questionOnScreen(frame, pack.questions)));
		await view.frameMatching(/Right|Wrong/);
		await view.press(keys.enter);
	}
	t.true((await view.frameMatching(/Session summary/)).includes('Score: '));
});

test('a write that fails late is not shown under a later answer', async t => {
	const failures: Array<(error: Error) => void> = [];
	const store = {read: () => ({}), record: async () => new Promise<never>((_, reject) => failures.push(reject))};
	const two = {...pack, questions: [minimalQuestion('which-king'), minimalQuestion('sealed-year')]};
	const view = await renderApp({entries: [okEntry(two)], initialPackId: pack.id, store});
	await view.press('x', keys.enter);
	await view.frameMatching(/Wrong/);
	await view.press(keys.enter);
	await view.frameMatching(/Question 2\/2/);
	await view.press('x', keys.enter);
	await view.frameMatching(/Wrong/);
	failures[0]?.(new Error('disk full'));
	await view.settle();
	t.false(view.frame().includes('Not saved'), view.frame());
	failures[1]?.(new Error('disk full'));
	t.true((await view.frameMatching(/Not saved/)).includes('! Not saved: disk full'));
});
