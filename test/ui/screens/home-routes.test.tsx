import test from 'ava';
import {memoryExamStore} from './exam/helpers.js';
import {fakeClock, fakeStore, keys, minimalPack, okEntry, renderApp} from './helpers.js';

test('e on a pack starts a timed exam on it with the pack\'s defaults, and Esc comes back home', async t => {
	const clock = fakeClock();
	const view = await renderApp({entries: [okEntry(minimalPack())], now: clock.now});
	t.teardown(() => view.unmount());
	await view.press('e');
	const frame = await view.frameMatching(/left/);
	t.regex(frame, /Question 1\/7/, frame);
	t.regex(frame, /\d+:\d\d left/, frame);
	await view.press(keys.escape);
	const home = await view.frameMatching(/Magna Carta basics/);
	t.true(home.includes('› Magna Carta basics'), home);
});

test('an unfinished exam is offered for resuming when e is pressed on the home screen', async t => {
	const clock = fakeClock();
	const exams = memoryExamStore();
	const first = await renderApp({entries: [okEntry(minimalPack())], now: clock.now, examStore: exams.store});
	t.teardown(() => first.unmount());
	await first.press('e');
	await first.frameMatching(/left/);
	await first.press('1');
	await first.press(keys.escape);
	t.truthy(exams.state.inProgress, 'leaving the exam saves it');
	first.unmount();
	const second = await renderApp({entries: [okEntry(minimalPack())], now: clock.now, examStore: exams.store});
	t.teardown(() => second.unmount());
	await second.press('e');
	const frame = await second.frameMatching(/[Rr]esume/);
	t.regex(frame, /[Rr]esume/, frame);
});

test('s opens the stats; a learner with no reviews is told how to get some, and q goes back', async t => {
	const {store} = fakeStore();
	const view = await renderApp({entries: [okEntry(minimalPack())], store});
	await view.press('s');
	const frame = await view.frameMatching(/No reviews yet/);
	t.true(frame.includes('No reviews yet'), frame);
	await view.press('q');
	const home = await view.frameMatching(/Magna Carta basics/);
	t.true(home.includes('› Magna Carta basics'), home);
});
