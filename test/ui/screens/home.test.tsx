import test from 'ava';
import type {Pack} from '../../../source/core/pack/schema.js';
import {emptyDayCounts, type PackProgress} from '../../../source/core/progress/progress.js';
import {dayKey} from '../../../source/core/schedule/day.js';
import {defaultLearnerSettings} from '../../../source/core/schedule/settings.js';
import {brokenEntry, builtInPack, fakeClock, fakeStore, keys, minimalPack, okEntry, renderApp, reviewRecordDue} from './helpers.js';

const clock = fakeClock();
const now = clock.now();
const hour = 3_600_000;
const day = 24 * hour;

/** Progress with these questions in review, each due at the given time. */
function dueAt(dues: Record<string, number>, today = emptyDayCounts()): PackProgress {
	return {questions: Object.fromEntries(Object.entries(dues).map(([id, due]) => [id, reviewRecordDue(due, now)])), today};
}

/** A pack of `count` true/false questions. */
function packOf(id: string, title: string, count: number): Pack {
	return {...minimalPack(), id, title, questions: Array.from({length: count}, (_, index) => ({id: `q${index}`, type: 'truefalse' as const, prompt: `Q${index}?`, answer: true}))};
}

test('each pack shows what is due and new today, its questions and how many are mastered', async t => {
	// Two due (one overdue), one due tomorrow; one long-learned question is mastered.
	const progress = dueAt({'sealed-where': now - day, 'which-king': now - hour, 'sealed-year': now + day});
	const mastered = {...progress.questions['sealed-year']!, card: {...progress.questions['sealed-year']!.card, stability: 60}};
	const {store} = fakeStore({'magna-carta-basics': {...progress, questions: {...progress.questions, 'sealed-year': mastered}}});
	const view = await renderApp({entries: [okEntry(minimalPack())], store, now: clock.now});
	const frame = view.frame();
	t.true(frame.includes('› Magna Carta basics'), frame);
	t.true(frame.includes('2 due · 4 new · 7 questions · 1 mastered'), frame);
});

test('the total line adds the packs up, within each pack\'s daily limit of new questions', async t => {
	const a = packOf('alpha', 'Alpha', 30);
	const b = {...packOf('beta', 'Beta', 8), study: {new: 3}};
	const c = packOf('gamma', 'Gamma', 2);
	const {store} = fakeStore({
		alpha: dueAt({q0: now - hour, q1: now - hour, q2: now - hour}),
		// Two new questions already started today: one more is left of beta's 3.
		beta: {...dueAt({q0: now - day}), today: {day: dayKey(now), newDone: 2, reviewsDone: 0}},
	});
	const view = await renderApp({entries: [okEntry(a), okEntry(b), okEntry(c)], store, now: clock.now});
	const frame = view.frame();
	t.true(frame.includes('3 due · 20 new · 30 questions · 0 mastered'), frame);
	t.true(frame.includes('1 due · 1 new · 8 questions'), frame);
	t.true(frame.includes('0 due · 2 new · 2 questions'), frame);
	t.true(frame.includes('Today: 4 due · 23 new across 3 packs'), frame);
});

test('the learner\'s limits apply: globally, and for one pack over the pack\'s own', async t => {
	const a = packOf('alpha', 'Alpha', 30);
	const b = {...packOf('beta', 'Beta', 30), study: {new: 3}};
	const settings = {...defaultLearnerSettings, newPerDay: 5, packs: {beta: {newPerDay: 8}}};
	const view = await renderApp({entries: [okEntry(a), okEntry(b)], settings, now: clock.now});
	const frame = view.frame();
	t.true(frame.includes('0 due · 5 new · 30 questions'), frame);
	t.true(frame.includes('0 due · 8 new · 30 questions'), frame);
	t.true(frame.includes('Today: 0 due · 13 new across 2 packs'), frame);
});

test('with nothing due and nothing new the total line says when the next review is', async t => {
	const pack = packOf('tiny', 'Tiny', 2);
	const {store} = fakeStore({tiny: dueAt({q0: now + 3 * hour, q1: now + 2 * day})});
	const view = await renderApp({entries: [okEntry(pack)], store, now: clock.now});
	t.true(view.frame().includes('Nothing due — next review in 3 h'), view.frame());
	t.true(view.frame().includes('0 due · 0 new · 2 questions'), view.frame());
});

test('Enter on "Study everything due" studies the due questions of every pack, then the new ones', async t => {
	const a = packOf('alpha', 'Alpha', 3);
	const b = packOf('beta', 'Beta', 2);
	const {store} = fakeStore({beta: dueAt({q1: now - hour})});
	const view = await renderApp({entries: [okEntry(a), okEntry(b)], store, now: clock.now});
	t.true(view.frame().includes('› Alpha'), view.frame());
	await view.press(keys.up);
	await view.frameMatching(/› Study everything due/);
	await view.press(keys.enter);
	const frame = await view.frameMatching(/Question 1\//);
	// beta's due question first; then alpha's 3 and beta's other new one.
	t.true(frame.includes('Question 1/5'), frame);
	t.true(frame.includes('1 due · 4 new left  Beta'), frame);
	t.true(frame.includes('Q1?'), frame);
	await view.press('t');
	await view.frameMatching(/Right/);
	await view.press(keys.enter);
	t.true((await view.frameMatching(/Question 2\/5/)).includes('0 due · 4 new left  Alpha'));
});

test('d studies everything due from any row', async t => {
	const {store} = fakeStore({'magna-carta-basics': dueAt({'which-king': now - hour})});
	const view = await renderApp({entries: [okEntry(minimalPack()), okEntry(builtInPack())], store, now: clock.now});
	await view.press(keys.down);
	await view.frameMatching(/› The Kuril/);
	await view.press('d');
	const frame = await view.frameMatching(/Question 1\//);
	t.true(frame.includes('Which king sealed the charter?'), frame);
	t.true(frame.includes('Question 1/27'), frame);
});

test('↓ then Enter studies only the pack under the pointer', async t => {
	const kuril = builtInPack();
	const view = await renderApp({entries: [okEntry(minimalPack()), okEntry(kuril)]});
	await view.press(keys.down);
	t.true((await view.frameMatching(/› The Kuril/)).includes('› The Kuril'));
	await view.press(keys.enter);
	const frame = await view.frameMatching(/Question 1\//);
	// 43 questions, 20 new a day.
	t.true(frame.includes('Question 1/20'), frame);
	t.true(frame.includes('The Kuril Islands dispute'), frame);
});

test('studying everything when nothing is due: "Nothing due — next review in …", h home, q quit', async t => {
	const pack = packOf('tiny', 'Tiny', 1);
	const {store} = fakeStore({tiny: dueAt({q0: now + 3 * hour})});
	const view = await renderApp({entries: [okEntry(pack)], store, now: clock.now, initialStudyAll: true});
	const frame = await view.frameMatching(/Nothing due/);
	t.true(frame.includes('Nothing due — next review in 3 h · 0 new left today'), frame);
	t.false(frame.includes('Session summary'), frame);
	t.true(frame.includes('h home · q quit'), frame);
	await view.press('h');
	t.true((await view.frameMatching(/Enter study/)).includes('Study everything due'));
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
	t.true(view.frame().includes('Enter study · d all due · f facts · e exam · s stats · a article · q quit'), view.frame());
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

test('with no packs it says how to add one, and offers no study row', async t => {
	const view = await renderApp({entries: []});
	t.true(view.frame().includes('No packs to study yet'), view.frame());
	t.false(view.frame().includes('Study everything due'), view.frame());
});
