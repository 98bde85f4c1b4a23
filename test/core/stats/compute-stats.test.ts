import test from 'ava';
import {computeStats} from '../../../source/core/stats/compute-stats.js';
import {addDays} from '../../../source/core/stats/days.js';
import {at, now, statsInput} from '../../fixtures/stats/review-log.js';

const stats = computeStats(statsInput());

test('reviews per day: the last 30 local days, oldest first, with answers and right answers', t => {
	t.is(stats.reviewsPerDay.length, 30);
	t.is(stats.reviewsPerDay[0]?.day, '2025-03-17');
	t.is(stats.reviewsPerDay.at(-1)?.day, '2025-04-15');
	const byDaysAgo = (daysAgo: number) => stats.reviewsPerDay[29 - daysAgo];
	t.deepEqual(byDaysAgo(0), {day: '2025-04-15', reviews: 2, right: 2});
	t.deepEqual(byDaysAgo(1), {day: '2025-04-14', reviews: 1, right: 0});
	t.deepEqual(byDaysAgo(3), {day: '2025-04-12', reviews: 2, right: 1});
	t.deepEqual(byDaysAgo(22), {day: '2025-03-24', reviews: 2, right: 1});
	t.deepEqual(byDaysAgo(5), {day: '2025-04-10', reviews: 0, right: 0});
	// The answer 40 days ago is outside the window.
	t.is(stats.reviewsPerDay.reduce((sum, day) => sum + day.reviews, 0), 15);
	t.is(stats.totals.reviews, 16);
});

test('true retention counts only answers to questions that were in review', t => {
	t.deepEqual(stats.trueRetention.last7, {right: 3, answered: 5, share: 0.6});
	t.deepEqual(stats.trueRetention.last30, {right: 4, answered: 7, share: 4 / 7});
});

test('true retention is null, not 0, when nothing in review was answered', t => {
	const later = computeStats(statsInput({now: addDays(now, 60)}));
	t.deepEqual(later.trueRetention.last7, {right: 0, answered: 0, share: null});
	t.deepEqual(later.trueRetention.last30, {right: 0, answered: 0, share: null});
});

test('forecast: 14 days from today, overdue questions on day 0, new and suspended ones left out', t => {
	t.is(stats.forecast.length, 14);
	t.is(stats.forecast[0]?.day, '2025-04-15');
	t.is(stats.forecast[13]?.day, '2025-04-28');
	t.deepEqual(
		stats.forecast.map(day => day.due),
		[2, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
	);
});

test('counts by state cover the packs\' current questions once each', t => {
	t.deepEqual(stats.countsByState, {new: 2, learning: 1, review: 4, suspended: 1});
	t.is(stats.totals.questions, 8);
});

test('accuracy per pack and per tag from the log, exam answers in the log included', t => {
	t.deepEqual(stats.accuracy.packs, [
		{packId: 'treaties', title: 'Treaties of the north', right: 8, answered: 10, share: 0.8},
		{packId: 'speeches', title: 'Who said it', right: 4, answered: 6, share: 4 / 6},
	]);
	t.deepEqual(stats.accuracy.tags, [
		{tag: 'dates', right: 2, answered: 4, share: 0.5},
		{tag: 'people', right: 2, answered: 3, share: 2 / 3},
		{tag: 'quotes', right: 4, answered: 6, share: 4 / 6},
		{tag: 'treaties', right: 6, answered: 8, share: 0.75},
	]);
});

test('exam history, newest first, with score, pass, time used and the packs\' titles', t => {
	t.deepEqual(
		stats.exams.map(exam => [exam.id, exam.day, exam.packTitles, exam.score, exam.passed, exam.right, exam.questions, exam.timeUsedMs, exam.ending]),
		[
			['exam-2', '2025-04-13', ['Treaties of the north', 'retired-pack'], 80, true, 4, 5, 750_000, 'time-up'],
			['exam-1', '2025-03-31', ['Treaties of the north'], 60, false, 3, 5, 750_000, 'submitted'],
		],
	);
	t.is(stats.totals.exams, 2);
});

test('streak: the run up to today, the longest run, and the rule', t => {
	t.is(stats.streak.current, 4);
	t.is(stats.streak.longest, 5);
	t.is(stats.streak.lastDay, '2025-04-15');
	t.regex(stats.streak.rule, /a day counts when at least one review is done/i);
});

test('streak: still alive the next day before any review, broken the day after', t => {
	const tomorrow = computeStats(statsInput({now: addDays(now, 1)}));
	t.is(tomorrow.streak.current, 4);
	const dayAfter = computeStats(statsInput({now: addDays(now, 2)}));
	t.is(dayAfter.streak.current, 0);
	t.is(dayAfter.streak.longest, 5);
});

test('streak: seen from inside the gap, the older run is current until it lapses', t => {
	t.is(computeStats(statsInput({now: at(17, 12)})).streak.current, 5);
	t.is(computeStats(statsInput({now: at(16, 12)})).streak.current, 0);
	t.is(computeStats(statsInput({now: at(16, 12)})).streak.longest, 5);
});

test('leeches: questions with at least the set lapses, most lapses first, with their suspension', t => {
	t.deepEqual(stats.leeches, [
		{packId: 'treaties', questionId: 't1', prompt: 'In which year was the Harbour Accord signed?', lapses: 9, suspended: false},
		{packId: 'speeches', questionId: 's2', prompt: 'Who called the talks "a long winter"?', lapses: 8, suspended: true},
	]);
	t.is(stats.leechLapses, 8);
	const stricter = computeStats(statsInput({settings: {leechLapses: 9}}));
	t.deepEqual(stricter.leeches.map(leech => leech.questionId), ['t1']);
});

test('a new learner: zeros, nulls and every question new', t => {
	const input = statsInput();
	const fresh = computeStats({
		...input,
		packs: input.packs.map(entry => ({...entry, progress: {...entry.progress, questions: {}}, reviews: []})),
		exams: [],
	});
	t.is(fresh.totals.reviews, 0);
	t.true(fresh.reviewsPerDay.every(day => day.reviews === 0));
	t.is(fresh.trueRetention.last30.share, null);
	t.deepEqual(fresh.countsByState, {new: 8, learning: 0, review: 0, suspended: 0});
	t.true(fresh.forecast.every(day => day.due === 0));
	t.deepEqual(fresh.streak, {current: 0, longest: 0, lastDay: null, rule: stats.streak.rule});
	t.deepEqual(fresh.accuracy.tags, []);
	t.deepEqual(fresh.leeches, []);
});

test('the stats survive JSON unchanged', t => {
	t.deepEqual(JSON.parse(JSON.stringify(stats)), stats);
});
