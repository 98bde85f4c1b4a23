import fs from 'node:fs/promises';
import path from 'node:path';
import test from 'ava';
import {dayKey} from '../../source/core/schedule/day.js';
import {ProgressStoreError} from '../../source/store/progress-store.js';
import {answer, later, monday, openStore, temporaryDirectory} from './store-helpers.js';

test('a recorded answer is read back by a new store, as after a restart', async t => {
	const directory = await temporaryDirectory();
	const store = openStore({directory});
	t.deepEqual(store.read('kuril').questions, {});
	const first = await store.record('kuril', answer('treaty-year', monday));
	const second = await store.record('kuril', answer('treaty-year', later(1), 'again'));
	await store.record('kuril', answer('who-said', later(2)));

	t.is(first.state, 'new');
	t.is(first.before, undefined);
	t.is(second.state, 'learning', 'the state before the answer');
	t.is(second.before?.attempts, 1);
	const reopened = openStore({directory}).read('kuril');
	t.deepEqual(Object.keys(reopened.questions).sort(), ['treaty-year', 'who-said']);
	t.like(reopened.questions['treaty-year'], {attempts: 2, correct: 1, streak: 0, lastAnsweredAt: later(1), lastCorrect: false, suspended: false});
	t.not(reopened.questions['treaty-year']?.card.state, 'new');
	t.deepEqual(reopened.today, {day: dayKey(monday), newDone: 2, reviewsDone: 1});
	t.deepEqual(openStore({directory}).read('other-pack').questions, {}, 'packs do not share a file');
});

test('the file is progress-<packId>.json, a table with one row per question, beside reviews-<packId>.jsonl', async t => {
	const directory = await temporaryDirectory();
	const store = openStore({directory});
	await store.record('kuril', answer('q1', monday, 'again'));
	await store.record('kuril', answer('q2', later(1)));
	t.is(store.fileFor('kuril'), path.join(directory, 'progress-kuril.json'));
	const text = await fs.readFile(store.fileFor('kuril'), 'utf8');
	const data = JSON.parse(text) as Record<string, unknown>;
	t.is(data['formatVersion'], 2);
	t.is(data['packId'], 'kuril');
	t.deepEqual(data['ids'], ['q1', 'q2']);
	t.true((data['columns'] as string[]).includes('stability'));
	t.is((data['rows'] as unknown[][])[0]?.length, (data['columns'] as string[]).length);
	t.deepEqual(data['__internal__'], {migrations: {version: '2.0.0'}}, 'conf\'s migration version is kept in the file');
	t.regex(text, /\n\t\t\[[^\n]+\],\n\t\t\[[^\n]+\]\n/, 'one row per line');
	t.deepEqual((await fs.readdir(directory)).sort(), ['progress-kuril.json', 'reviews-kuril.jsonl'], 'no lock or temporary file is left behind');
});

test('FACTDRILL_HOME decides where progress goes', async t => {
	const home = await temporaryDirectory();
	const store = openStore({env: {FACTDRILL_HOME: home}});
	t.is(store.directory, path.join(home, 'progress'));
	await store.record('kuril', answer('q1', monday));
	await t.notThrowsAsync(fs.access(path.join(home, 'progress', 'progress-kuril.json')));
});

test('read serves the cached copy; record and reload refresh it', async t => {
	const directory = await temporaryDirectory();
	const mine = openStore({directory});
	const theirs = openStore({directory});
	t.deepEqual(mine.read('kuril').questions, {});
	await theirs.record('kuril', answer('q1', monday));
	t.deepEqual(mine.read('kuril').questions, {}, 'not re-read on every read');
	t.is(mine.reload('kuril').questions['q1']?.attempts, 1);
	await theirs.record('kuril', answer('q1', later(1)));
	await mine.record('kuril', answer('q1', later(2)));
	t.is(mine.read('kuril').questions['q1']?.attempts, 3, 'record re-reads the file first, so the other store\'s answer is kept');
});

test('every answer is a line of the review log, with what the optimizer reads', async t => {
	const directory = await temporaryDirectory();
	const store = openStore({directory});
	const first = await store.record('kuril', answer('q1', monday, 'again'));
	const second = await store.record('kuril', answer('q1', later(5), 'good'));
	const lines = (await fs.readFile(store.reviewLogFor('kuril'), 'utf8')).trimEnd().split('\n');
	t.is(lines.length, 2);
	t.like(JSON.parse(lines[1]!), {id: second.id, questionId: 'q1', at: later(5), rating: 'good', state: second.state, durationMs: 4200});
	t.deepEqual(await openStore({directory}).reviews('kuril'), [first, second]);
	t.is(first.id, `${monday}-kuril-q1`);
});

test('undo restores the record and today\'s counts, and the log keeps a tombstone', async t => {
	const directory = await temporaryDirectory();
	const store = openStore({directory});
	const first = await store.record('kuril', answer('q1', monday));
	const second = await store.record('kuril', answer('q1', later(3), 'again'));
	await store.undo('kuril', second.id);

	const reopened = openStore({directory});
	t.deepEqual(reopened.read('kuril').questions['q1'], second.before);
	t.is(reopened.read('kuril').questions['q1']?.attempts, 1);
	t.deepEqual(reopened.read('kuril').today, {day: dayKey(monday), newDone: 1, reviewsDone: 0});
	t.deepEqual(await reopened.reviews('kuril'), [first]);
	t.regex(await fs.readFile(store.reviewLogFor('kuril'), 'utf8'), new RegExp(`"undo":"${second.id}"`));

	await store.undo('kuril', first.id);
	t.deepEqual(openStore({directory}).read('kuril').questions, {}, 'undoing a first answer leaves no record');
	await t.throwsAsync(store.undo('kuril', first.id), {instanceOf: ProgressStoreError, message: /undone already/});
	await t.throwsAsync(store.undo('kuril', 'no-such-review'), {instanceOf: ProgressStoreError, message: /No answer/});
});

test('only the latest answer to a question can be undone, also from another store', async t => {
	const directory = await temporaryDirectory();
	const store = openStore({directory});
	const first = await store.record('kuril', answer('q1', monday));
	const second = await store.record('kuril', answer('q1', later(1)));
	await t.throwsAsync(openStore({directory}).undo('kuril', first.id), {message: /not the latest answer/});
	await openStore({directory}).undo('kuril', second.id);
	t.is(store.reload('kuril').questions['q1']?.attempts, 1);
});

test('an answer that replaces an earlier one takes it back in the same step', async t => {
	const directory = await temporaryDirectory();
	const store = openStore({directory});
	const graded = await store.record('kuril', answer('q1', monday, 'good'));
	const overridden = await store.record('kuril', answer('q1', monday + 2000, 'easy'), {replaces: graded.id});
	const progress = openStore({directory}).read('kuril');
	t.like(progress.questions['q1'], {attempts: 1, correct: 1});
	t.is(overridden.state, 'new');
	t.is(overridden.before, undefined);
	t.deepEqual(progress.today, {day: dayKey(monday), newDone: 1, reviewsDone: 0});
	t.deepEqual((await store.reviews('kuril')).map(review => review.rating), ['easy']);
});

test('two answers in the same millisecond, or one after an undo, get different ids', async t => {
	const store = openStore({directory: await temporaryDirectory()});
	const first = await store.record('kuril', answer('q1', monday));
	await store.undo('kuril', first.id);
	const again = await store.record('kuril', answer('q1', monday));
	const other = await store.record('kuril', answer('q2', monday));
	t.is(new Set([first.id, again.id, other.id]).size, 3);
	t.deepEqual((await store.reviews('kuril')).map(review => review.id), [again.id, other.id]);
});

test('a torn last line of the review log is skipped with one warning, and the next answer still lands', async t => {
	const directory = await temporaryDirectory();
	const store = openStore({directory});
	const first = await store.record('kuril', answer('q1', monday));
	await fs.appendFile(store.reviewLogFor('kuril'), '{"id":"cut-off","questionId":"q2","at":17');

	const reader = openStore({directory});
	t.deepEqual(await reader.reviews('kuril'), [first]);
	t.deepEqual(await reader.reviews('kuril'), [first]);
	t.is(reader.warnings.length, 1);
	t.regex(reader.warnings[0]!, /ends with an incomplete line/);
	t.true(reader.warnings[0]!.includes(store.reviewLogFor('kuril')));

	const next = await store.record('kuril', answer('q2', later(1)));
	t.deepEqual(await openStore({directory}).reviews('kuril'), [first, next]);
});

test('a question can be suspended and brought back, answered or not', async t => {
	const directory = await temporaryDirectory();
	const store = openStore({directory});
	await store.record('kuril', answer('q1', monday));
	await store.setSuspended('kuril', 'q1', true);
	await store.setSuspended('kuril', 'never-seen', true);
	const reopened = openStore({directory});
	t.true(reopened.read('kuril').questions['q1']?.suspended);
	t.is(reopened.read('kuril').questions['q1']?.attempts, 1);
	t.like(reopened.read('kuril').questions['never-seen'], {suspended: true, attempts: 0});
	await reopened.setSuspended('kuril', 'q1', false);
	t.false(openStore({directory}).read('kuril').questions['q1']?.suspended);
});

test('an unreadable file is moved to a timestamped backup, with a warning naming both paths', async t => {
	const directory = await temporaryDirectory();
	const original = '{"formatVersion": 2, "packId": "kuril", "ids": ["q1"], "ro';
	await fs.writeFile(path.join(directory, 'progress-kuril.json'), original);
	const heard: string[] = [];
	const store = openStore({directory, onWarning: message => heard.push(message), now: () => new Date(2026, 10, 22, 11, 30, 0)});

	t.deepEqual(store.read('kuril').questions, {});
	const file = path.join(directory, 'progress-kuril.json');
	const backup = path.join(directory, 'progress-kuril.corrupt-20261122-113000.json');
	t.is(await fs.readFile(backup, 'utf8'), original, 'the backup holds the original bytes');
	t.is(heard.length, 1);
	t.regex(heard[0]!, /^Progress file .* was unreadable \(.+\); moved it to .* and started a new one\.$/);
	t.true(heard[0]!.includes(file));
	t.true(heard[0]!.includes(backup));
	t.deepEqual(store.warnings, heard);

	await store.record('kuril', answer('q1', monday));
	t.is(openStore({directory}).read('kuril').questions['q1']?.attempts, 1, 'a new file is started');
});

test('a table of the wrong shape is moved aside too, found while recording, and an earlier backup is kept', async t => {
	const directory = await temporaryDirectory();
	const file = path.join(directory, 'progress-kuril.json');
	const now = () => new Date(2026, 10, 22, 11, 30, 0);
	await fs.writeFile(file, 'not json at all');
	openStore({directory, now}).read('kuril');

	const store = openStore({directory, now});
	await store.record('kuril', answer('q1', monday));
	const good = JSON.parse(await fs.readFile(file, 'utf8')) as {rows: unknown[][]};
	good.rows[0]![7] = 9;
	const wrongShape = JSON.stringify(good);
	await fs.writeFile(file, wrongShape);
	await store.record('kuril', answer('q2', later(1)));

	t.is(await fs.readFile(path.join(directory, 'progress-kuril.corrupt-20261122-113000.json'), 'utf8'), 'not json at all');
	t.is(await fs.readFile(path.join(directory, 'progress-kuril.corrupt-20261122-113000-2.json'), 'utf8'), wrongShape);
	t.regex(store.warnings[0] ?? '', /rows\.0: state must be 0–3/);
	t.deepEqual(Object.keys(store.read('kuril').questions), ['q2']);
});

test('a file from a newer factdrill is left alone and reported', async t => {
	const directory = await temporaryDirectory();
	const file = path.join(directory, 'progress-kuril.json');
	const newer = JSON.stringify({formatVersion: 3, packId: 'kuril', cards: {}});
	await fs.writeFile(file, newer);
	const store = openStore({directory});
	t.throws(() => store.read('kuril'), {instanceOf: ProgressStoreError, message: /newer factdrill \(format 3; this one reads format 2\)/});
	await t.throwsAsync(store.record('kuril', answer('q1', monday)), {instanceOf: ProgressStoreError});
	await t.throwsAsync(store.upgrade(['kuril']), {instanceOf: ProgressStoreError});
	t.is(await fs.readFile(file, 'utf8'), newer);
	t.deepEqual(await fs.readdir(directory), ['progress-kuril.json']);
});

test('ids that could not be a file name or a key are refused', async t => {
	const store = openStore({directory: await temporaryDirectory()});
	t.throws(() => store.fileFor('../escape'), {instanceOf: ProgressStoreError});
	t.throws(() => store.read('Kuril'), {instanceOf: ProgressStoreError});
	await t.throwsAsync(store.record('kuril', answer('__proto__', monday)), {instanceOf: ProgressStoreError});
});

test('the progress handed out cannot be changed by accident', async t => {
	const store = openStore({directory: await temporaryDirectory()});
	await store.record('kuril', answer('q1', monday));
	const progress = store.read('kuril');
	t.throws(() => {
		(progress.questions as Record<string, unknown>)['q2'] = progress.questions['q1'];
	});
	t.throws(() => {
		(progress.today as {newDone: number}).newDone = 99;
	});
	t.deepEqual(Object.keys(store.read('kuril').questions), ['q1']);
});

test.serial('FACTDRILL_HOME is read from the environment by default', async t => {
	const home = await temporaryDirectory();
	const before = process.env['FACTDRILL_HOME'];
	process.env['FACTDRILL_HOME'] = home;
	t.teardown(() => {
		if (before === undefined) delete process.env['FACTDRILL_HOME'];
		else process.env['FACTDRILL_HOME'] = before;
	});
	t.is(openStore().directory, path.join(home, 'progress'));
});
