import test from 'ava';
import {parseCommand} from '../../source/cli/arguments.js';
import {runStatsCommand} from '../../source/commands/stats-command.js';
import type {Stats} from '../../source/core/stats/stats.js';
import {createScheduler} from '../../source/core/schedule/fsrs-adapter.js';
import {createProgressStore} from '../../source/store/progress-store.js';
import {captureIo} from '../helpers/capture-io.js';
import {emptyHome, filledHome, now} from './stats-helpers.js';

async function statsJson(home: string): Promise<Stats> {
	const {io, output} = captureIo(home, {FACTDRILL_HOME: home});
	const code = await runStatsCommand(io, {json: true, packFiles: [], now: () => now});
	if (code !== 0) throw new Error(`exit ${code}: ${output.stderr}`);
	return JSON.parse(output.stdout) as Stats;
}

test('stats --json reads the answers and exams the stores kept', async t => {
	const home = await filledHome(t);
	const stats = await statsJson(home);
	t.is(stats.today, '2025-04-15');
	t.is(stats.totals.reviews, 6);
	t.deepEqual(
		stats.reviewsPerDay.slice(-4).map(day => [day.reviews, day.right]),
		[
			[1, 1],
			[2, 1],
			[1, 0],
			[2, 2],
		],
	);
	t.is(stats.streak.current, 4);
	t.is(stats.streak.longest, 4);
	t.regex(stats.streak.rule, /at least one review/);
	const packs = Object.fromEntries(stats.accuracy.packs.map(pack => [pack.packId, [pack.right, pack.answered]]));
	t.deepEqual(packs['harbour-accord'], [3, 4]);
	t.deepEqual(packs['straits-speeches'], [1, 2]);
	t.deepEqual(
		stats.accuracy.tags.map(tag => [tag.tag, tag.right, tag.answered]),
		[
			['dates', 2, 3],
			['quotes', 1, 2],
			['treaties', 3, 4],
		],
	);
	t.deepEqual(
		stats.exams.map(exam => [exam.id, exam.score, exam.passed, exam.packTitles]),
		[['exam-a', 67, false, ['The Harbour Accord']]],
	);
	const counts = stats.countsByState;
	t.is(counts.learning + counts.review, 3);
	t.is(counts.suspended, 0);
	t.is(counts.new + counts.learning + counts.review + counts.suspended, stats.totals.questions);
	// Three questions answered, each due again within days.
	t.is(stats.forecast.reduce((sum, day) => sum + day.due, 0), 3);
});

test('a suspended question is counted as suspended', async t => {
	const home = await filledHome(t);
	const store = createProgressStore({env: {FACTDRILL_HOME: home}, scheduler: createScheduler({retention: 0.9})});
	await store.setSuspended('straits-speeches', 'no-one', true);
	const stats = await statsJson(home);
	t.is(stats.countsByState.suspended, 1);
	t.is(stats.countsByState.learning + stats.countsByState.review, 2);
});

test('stats prints a report with the chart, the streak rule and the exams', async t => {
	const home = await filledHome(t);
	const {io, output} = captureIo(home, {FACTDRILL_HOME: home});
	t.is(await runStatsCommand(io, {json: false, packFiles: [], now: () => now, columns: 80}), 0);
	const report = output.stdout;
	t.regex(report, /^Streak {6}4 days · longest 4 days$/m);
	t.regex(report, /A day counts when at least one review is done/);
	t.regex(report, /^Reviews per day, last 30 days$/m);
	t.regex(report, /^2 ┤.*█/m, 'the chart\'s scale and bars');
	t.regex(report, /^0 └─+$/m);
	t.regex(report, /^ 75% {5}3\/4 {2}The Harbour Accord$/m);
	t.regex(report, /✘ Not passed \(pass 70%\)/);
	t.true(report.split('\n').every(line => [...line].length <= 80), report);
	t.is(output.stderr, '');
});

test('a new learner is told to study first', async t => {
	const home = await emptyHome(t);
	const {io, output} = captureIo(home, {FACTDRILL_HOME: home});
	t.is(await runStatsCommand(io, {json: false, packFiles: [], now: () => now}), 0);
	t.regex(output.stdout, /No reviews yet — study a pack and come back/);
	t.regex(output.stdout, /^Questions {3}43 new · 0 learning · 0 review · 0 suspended$/m);
});

test('stats takes --json and --pack, nothing else', t => {
	t.deepEqual(parseCommand(['stats', '--json']), {name: 'stats', json: true, packFiles: []});
	t.deepEqual(parseCommand(['stats', '--pack', 'a.yaml']), {name: 'stats', json: false, packFiles: ['a.yaml']});
	t.throws(() => parseCommand(['stats', 'extra']), {message: /stats takes no arguments/});
	t.throws(() => parseCommand(['stats', '--csv']), {message: /--csv is an option of export-log, not of stats/});
});
