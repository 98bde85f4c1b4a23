import test from 'ava';
import {computeStats} from '../../../../source/core/stats/compute-stats.js';
import {statsInput} from '../../../fixtures/stats/review-log.js';
import {keys, overflow, renderStats, type Size} from './render-stats.js';

const stats = computeStats(statsInput());
const large: Size = {columns: 80, rows: 24};
const small: Size = {columns: 40, rows: 12};
const input = statsInput();
const newLearner = computeStats({...input, exams: [], packs: input.packs.map(entry => ({...entry, reviews: [], progress: {...entry.progress, questions: {}}}))});

for (const size of [large, small]) {
	const name = `${size.columns}×${size.rows}`;

	test(`every page fits ${name}, and the keys are shown`, async t => {
		const view = await renderStats(stats, size);
		const seen = new Set<string>();
		for (const page of ['Overview', 'Reviews', 'Due', 'Accuracy', 'Exams', 'Leeches']) {
			const frame = await view.frameMatching(new RegExp(`\\[${page}\\]|: ${page} `));
			t.deepEqual(overflow(frame, size), [], frame);
			t.regex(frame.split('\n').at(-1) ?? '', /q back/, frame);
			seen.add(frame.split('\n')[0] ?? '');
			await view.press(keys.right);
		}
		t.is(seen.size, 6, 'six different pages');
	});

	test(`the overview shows the streak and its rule at ${name}`, async t => {
		const view = await renderStats(stats, size);
		const frame = view.frame().replace(/\s+/g, ' ');
		t.regex(frame, /Streak 4 days · longest 5 days/);
		t.regex(frame, /A day counts when at least one review is done; today counts once you review\./);
		t.regex(frame, /Retention 60% \(3\/5\) last 7 days/);
	});

	test(`the 30-day chart is drawn with its scale and labels at ${name}`, async t => {
		const view = await renderStats(stats, size);
		await view.press(keys.right);
		const frame = await view.frameMatching(/Reviews per day/);
		t.regex(frame, /^ ?2 ┤ +█/m, frame);
		t.regex(frame, /^ ?0 └─{30,}$/m, frame);
		t.regex(frame, /17 Mar +today$/m, frame);
		t.regex(frame, /15 reviews · 11 right/);
		t.deepEqual(overflow(frame, size), [], frame);
	});

	test(`a new learner is told to study first at ${name}`, async t => {
		const view = await renderStats(newLearner, size);
		const frame = view.frame();
		t.regex(frame.replace(/\s+/g, ' '), /No reviews yet — study a pack and come back/);
		t.regex(frame.replace(/\s+/g, ' '), /8 new · 0 learning · 0 review · 0 suspended/);
		t.notRegex(frame, /┤/);
		t.deepEqual(overflow(frame, size), [], frame);
		await view.press('q');
		t.is(view.backs(), 1);
	});
}

test('the forecast lists 14 days with counts beside the bars', async t => {
	const view = await renderStats(stats, large);
	await view.press(keys.right, keys.right);
	const frame = await view.frameMatching(/Due in the next 14 days: 4/);
	t.regex(frame, /^ today {6}2 █+$/m);
	t.regex(frame, /^ Fri 18 Apr 1 █+▌?$/m);
	t.regex(frame, /^ Mon 28 Apr 1 █+▌?$/m);
	t.regex(frame, /today includes overdue questions/);
});

test('a page taller than the window scrolls with ↑↓ and says what is hidden', async t => {
	const view = await renderStats(stats, small);
	await view.press(keys.right, keys.right);
	t.regex(await view.frameMatching(/↓ 7 more/), /^today/m);
	await view.press(keys.down, keys.down);
	const scrolled = await view.frameMatching(/↑ 2 more · ↓ 5 more/);
	t.notRegex(scrolled, /^today/m);
	await view.press(keys.up, keys.up);
	t.regex(await view.frameMatching(/↓ 7 more/), /^today/m);
});

test('accuracy and exams read without colour', async t => {
	const view = await renderStats(stats, large);
	await view.press(keys.right, keys.right, keys.right);
	const accuracy = await view.frameMatching(/Accuracy by tag/);
	t.regex(accuracy, /^ {2}80% {4}8\/10 {2}Treaties of the north$/m);
	t.regex(accuracy, /^ {2}50% {5}2\/4 {2}dates$/m);
	await view.press(keys.right);
	const exams = await view.frameMatching(/Exams: 2/);
	t.regex(exams, /13 Apr {3}80% ✔ Passed \(pass 70%\) {2}4\/5 right {2}12m 30s \(time up\)/);
	t.regex(exams, /31 Mar {3}60% ✘ Not passed/);
});

test('x suspends the chosen leech, and again unsuspends it; the list shows it', async t => {
	const view = await renderStats(stats, large);
	await view.press(keys.left);
	const list = await view.frameMatching(/Leeches: 2 with 8 or more lapses/);
	t.regex(list, /^ › {2}9 lapses {2}In which year/m);
	t.regex(list, /x suspend · q back/);
	await view.press('x');
	const suspended = await view.frameMatching(/✔ Suspended/);
	t.deepEqual(view.calls, [{packId: 'treaties', questionId: 't1', suspended: true}]);
	t.regex(suspended, /^ › {2}9 lapses {2}\(suspended\) In which year/m);
	t.regex(suspended, /x unsuspend/);
	await view.press(keys.down);
	await view.press('x');
	const unsuspended = await view.frameMatching(/✔ Unsuspended/);
	t.deepEqual(view.calls.at(-1), {packId: 'speeches', questionId: 's2', suspended: false});
	t.regex(unsuspended, /^ › {2}8 lapses {2}Who called the talks/m);
	t.regex(unsuspended, /^ {4}9 lapses {2}\(suspended\) In which year/m);
	await view.press(keys.left, keys.left, keys.left, keys.left, keys.left);
	t.regex(await view.frameMatching(/\[Overview\]/), /Leeches {5}2 \(8\+ lapses\) · 1 suspended/);
});

test('a suspension that fails to save is reported and changes nothing', async t => {
	const view = await renderStats(stats, small, {fail: 'disk full'});
	await view.press(keys.left);
	await view.frameMatching(/Leeches/);
	await view.press('x');
	const frame = await view.frameMatching(/Not saved/);
	t.regex(frame, /✘ Not saved: disk full/);
	t.regex(frame, /^› {2}9 lapses {2}In which/m);
	t.deepEqual(overflow(frame, small), [], frame);
});

test('q goes back', async t => {
	const view = await renderStats(stats, large);
	await view.press('q');
	t.is(view.backs(), 1);
});
