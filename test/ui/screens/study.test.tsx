import test from 'ava';
import {answerKeys, fakeClock, fakeStore, keys, minimalPack, minimalQuestion, okEntry, optionKey, questionOnScreen, renderApp} from './helpers.js';

const pack = minimalPack();
const ctrlT = '\u0014';
const ctrlZ = '\u001A';

/** The study screen on one question of the minimal pack (or several), with a clock the test moves. */
async function studyOnly(id: string | string[], store = fakeStore()) {
	const clock = fakeClock();
	const questions = (Array.isArray(id) ? id : [id]).map(one => minimalQuestion(one));
	const view = await renderApp({entries: [okEntry({...pack, questions})], initialPackId: pack.id, store: store.store, now: clock.now});
	return {...view, ...store, clock};
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
	t.deepEqual(view.calls, [{packId: 'magna-carta-basics', questionId: 'sealed-where', correct: false, rating: 'again', hinted: false}]);
	t.true(view.frame().includes('Enter next'));
});

test('a right answer is recorded as right, rated by itself', async t => {
	const view = await studyOnly('which-king');
	await view.press('john', keys.enter);
	await view.frameMatching(/Right/);
	t.like(view.calls, [{packId: 'magna-carta-basics', questionId: 'which-king', correct: true, hinted: false}]);
	t.not(view.calls[0]?.rating, 'again');
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
	const asked = new Set<string>();
	// Wrong answers come back a minute later in the same session, so the count grows; stop once each was asked.
	for (let index = 1; asked.size < pack.questions.length && index <= 3 * pack.questions.length; index++) {
		const frame = await view.frameMatching(new RegExp(`Question ${index}/`));
		const question = questionOnScreen(frame, pack.questions);
		asked.add(question.id);
		await view.press(...answerKeys(question));
		await view.frameMatching(/Right|Wrong/);
		await view.press(keys.enter);
	}
	await view.frameMatching(/Question|Session summary/);
	await view.press(keys.escape);
	t.is(asked.size, pack.questions.length);
	t.true((await view.frameMatching(/Session summary/)).includes('Score: '));
});

test('the feedback says how the answer was rated and when the question comes back', async t => {
	const view = await studyOnly('which-king');
	view.clock.advance(5000);
	await view.press('King John', keys.enter);
	const frame = await view.frameMatching(/Right/);
	t.true(frame.includes('✔ Right · Good — next in 10 min'), frame);
	t.true(frame.includes('Enter next · 1–4 regrade · u undo · q quit'), frame);
});

test('a quick right answer is Easy and a wrong one Again, back in a minute', async t => {
	const quick = await studyOnly('which-king');
	await quick.press('King John', keys.enter);
	t.regex(await quick.frameMatching(/Right/), /✔ Right · Easy — next in \d+ days/);
	const wrong = await studyOnly('which-king');
	await wrong.press('Henry', keys.enter);
	t.true((await wrong.frameMatching(/Wrong/)).includes('✘ Wrong · Again — next in 1 min'));
});

test('a number key on the feedback regrades the answer: the store replaces the review', async t => {
	const view = await studyOnly('which-king');
	view.clock.advance(5000);
	await view.press('King John', keys.enter);
	await view.frameMatching(/Good/);
	await view.press('1');
	const frame = await view.frameMatching(/Again/);
	t.true(frame.includes('✔ Right · Again — next in 1 min'), frame);
	t.is(view.calls.length, 2);
	t.like(view.calls[1], {questionId: 'which-king', correct: true, rating: 'again', replaces: view.calls[1]?.replaces});
	t.truthy(view.calls[1]?.replaces);
	const reviews = await view.store.reviews(pack.id);
	t.deepEqual(reviews.map(review => review.rating), ['again'], 'one review, with the new rating');
	t.is(view.progress[pack.id]?.questions['which-king']?.card.state, 'learning');
	// Regraded Again, the question comes back in this session.
	await view.press(keys.enter);
	t.true((await view.frameMatching(/Question 2\/2/)).includes('Which king sealed the charter?'));
});

test('the number key that answers a choice is not taken as a regrade', async t => {
	const view = await studyOnly('sealed-where');
	await view.press(optionKey(view.frame(), 'Windsor'));
	await view.frameMatching(/Wrong/);
	await view.settle();
	t.is(view.calls.length, 1);
	t.true(view.frame().includes('Again'), view.frame());
});

test('u on the feedback undoes the answer: the question is asked again and the store takes the review back', async t => {
	const view = await studyOnly('sealed-where');
	await view.press(optionKey(view.frame(), 'Windsor'));
	await view.frameMatching(/Wrong/);
	await view.press('u');
	const frame = await view.frameMatching(/Question 1\/1/);
	t.true(frame.includes('Where was the charter sealed in 1215?'), frame);
	await view.settle();
	t.is(view.undos.length, 1);
	t.deepEqual(await view.store.reviews(pack.id), []);
	t.is(view.progress[pack.id]?.questions['sealed-where'], undefined);
	await view.press(optionKey(view.frame(), 'Runnymede'));
	t.true((await view.frameMatching(/Right/)).includes('✔ Right'));
});

test('undo on the next question returns to the previous one; while typing it is Ctrl+Z', async t => {
	const view = await studyOnly(['sealed-where', 'which-king']);
	await view.press(optionKey(view.frame(), 'Runnymede'));
	await view.frameMatching(/Right/);
	await view.press(keys.enter);
	const typed = await view.frameMatching(/Question 2\/2/);
	t.true(typed.includes('^Z undo · Esc quit'), typed);
	await view.press('u');
	await view.settle();
	t.true(view.frame().includes('Question 2/2'), 'u is a letter in a typed answer');
	await view.press(keys.backspace, ctrlZ);
	const back = await view.frameMatching(/Question 1\/2/);
	t.true(back.includes('Where was the charter sealed in 1215?'), back);
	await view.settle();
	t.deepEqual(view.undos.map(undo => undo.packId), [pack.id]);
	t.deepEqual(await view.store.reviews(pack.id), []);
});

test('Ctrl+T shows a hint without the answer, and a right answer after it is rated Hard', async t => {
	const view = await studyOnly('which-king');
	t.true(view.frame().includes('^T hint'), view.frame());
	await view.press(ctrlT);
	const frame = await view.frameMatching(/Hint/);
	t.true(frame.includes('Hint: the answer looks like K___ ____ (8 letters)'), frame);
	t.false(frame.includes('King John'), frame);
	await view.press('King John', keys.enter);
	t.true((await view.frameMatching(/Right/)).includes('✔ Right · Hard — next in'));
	t.like(view.calls, [{questionId: 'which-king', rating: 'hard', hinted: true}]);
});

test('Ctrl+T on a true/false question names the source and does not answer it', async t => {
	const view = await studyOnly('sealed-not-signed');
	await view.press(ctrlT);
	const frame = await view.frameMatching(/Hint/);
	t.true(frame.includes('Hint: the evidence is in factdrill test fixtures: “Notes on the 1215 charter”'), frame);
	t.false(frame.includes('Right'), frame);
	t.deepEqual(view.calls, []);
});

test('where there is no hint it says so, and the answer is not marked as hinted', async t => {
	const bare = {...minimalQuestion('sealed-not-signed'), evidence: undefined};
	const store = fakeStore();
	const view = await renderApp({entries: [okEntry({...pack, questions: [bare]})], initialPackId: pack.id, store: store.store});
	await view.press(ctrlT);
	t.true((await view.frameMatching(/Hint/)).includes('Hint: none for this question'));
	await view.press('f');
	await view.frameMatching(/Right/);
	t.like(store.calls, [{questionId: 'sealed-not-signed', hinted: false}]);
});

test('a write that fails late is not shown under a later answer', async t => {
	const failures: Array<(error: Error) => void> = [];
	const store = {...fakeStore().store, record: async () => new Promise<never>((_, reject) => failures.push(reject))};
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
