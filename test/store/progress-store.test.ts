import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import test from 'ava';
import {answerLogLimit} from '../../source/store/progress-file.js';
import {ProgressStoreError, createProgressStore} from '../../source/store/progress-store.js';

async function temporaryDirectory(): Promise<string> {
	return fs.mkdtemp(path.join(os.tmpdir(), 'factdrill-progress-'));
}

const monday = new Date('2026-11-23T09:00:00.000Z');
const later = (minutes: number) => new Date(monday.getTime() + minutes * 60_000);

test('a recorded answer is read back by a new store, as after a restart', async t => {
	const directory = await temporaryDirectory();
	const store = createProgressStore({directory});
	t.deepEqual(store.read('kuril'), {});
	await store.record('kuril', 'treaty-year', true, monday);
	await store.record('kuril', 'treaty-year', true, later(1));
	await store.record('kuril', 'treaty-year', false, later(2));
	const last = await store.record('kuril', 'treaty-year', true, later(3));
	await store.record('kuril', 'who-said', true, later(4));

	const expected = {attempts: 4, correct: 3, streak: 1, lastAnsweredAt: later(3).toISOString(), lastCorrect: true};
	t.deepEqual(last, expected);
	const reopened = createProgressStore({directory});
	t.deepEqual(reopened.read('kuril'), {
		'treaty-year': expected,
		'who-said': {attempts: 1, correct: 1, streak: 1, lastAnsweredAt: later(4).toISOString(), lastCorrect: true},
	});
	t.deepEqual(reopened.answerLog('kuril', 'treaty-year').map(entry => entry.correct), [true, true, false, true]);
	t.deepEqual(reopened.read('other-pack'), {}, 'packs do not share a file');
});

test('the file is progress-<packId>.json with the documented shape', async t => {
	const directory = await temporaryDirectory();
	const store = createProgressStore({directory});
	await store.record('kuril', 'q1', false, monday);
	t.is(store.fileFor('kuril'), path.join(directory, 'progress-kuril.json'));
	t.deepEqual(JSON.parse(await fs.readFile(store.fileFor('kuril'), 'utf8')), {
		formatVersion: 1,
		packId: 'kuril',
		questions: {q1: {attempts: 1, correct: 0, streak: 0, lastAnsweredAt: monday.toISOString(), lastCorrect: false}},
		log: {q1: [{at: monday.toISOString(), correct: false}]},
	});
	t.deepEqual(await fs.readdir(directory), ['progress-kuril.json'], 'no lock or temporary file is left behind');
});

test('FACTDRILL_HOME decides where progress goes', async t => {
	const home = await temporaryDirectory();
	const store = createProgressStore({env: {FACTDRILL_HOME: home}});
	t.is(store.directory, path.join(home, 'progress'));
	await store.record('kuril', 'q1', true, monday);
	await t.notThrowsAsync(fs.access(path.join(home, 'progress', 'progress-kuril.json')));
});

test.serial('FACTDRILL_HOME is read from the environment by default', async t => {
	const home = await temporaryDirectory();
	const before = process.env['FACTDRILL_HOME'];
	process.env['FACTDRILL_HOME'] = home;
	t.teardown(() => {
		if (before === undefined) delete process.env['FACTDRILL_HOME'];
		else process.env['FACTDRILL_HOME'] = before;
	});
	t.is(createProgressStore().directory, path.join(home, 'progress'));
});

test('read serves the cached copy; record and reload refresh it', async t => {
	const directory = await temporaryDirectory();
	const mine = createProgressStore({directory});
	const theirs = createProgressStore({directory});
	t.deepEqual(mine.read('kuril'), {});
	await theirs.record('kuril', 'q1', true, monday);
	t.deepEqual(mine.read('kuril'), {}, 'not re-read on every read');
	t.is(mine.reload('kuril')['q1']?.attempts, 1);
	await theirs.record('kuril', 'q1', true, later(1));
	await mine.record('kuril', 'q1', true, later(2));
	t.is(mine.read('kuril')['q1']?.attempts, 3, 'record re-reads the file first, so the other store\'s answer is kept');
});

test('an unreadable file is moved to a timestamped backup, with a warning naming both paths', async t => {
	const directory = await temporaryDirectory();
	const original = '{"formatVersion": 1, "packId": "kuril", "questions": {"q1": {"attem';
	await fs.writeFile(path.join(directory, 'progress-kuril.json'), original);
	const heard: string[] = [];
	const store = createProgressStore({directory, onWarning: message => heard.push(message), now: () => new Date(2026, 10, 22, 11, 30, 0)});

	t.deepEqual(store.read('kuril'), {});
	const file = path.join(directory, 'progress-kuril.json');
	const backup = path.join(directory, 'progress-kuril.corrupt-20261122-113000.json');
	t.is(await fs.readFile(backup, 'utf8'), original, 'the backup holds the original bytes');
	t.is(heard.length, 1);
	t.regex(heard[0]!, /^Progress file .* was unreadable \(.+\); moved it to .* and started a new one\.$/);
	t.true(heard[0]!.includes(file));
	t.true(heard[0]!.includes(backup));
	t.deepEqual(store.warnings, heard);

	await store.record('kuril', 'q1', true, monday);
	t.is(createProgressStore({directory}).read('kuril')['q1']?.attempts, 1, 'a new file is started');
});

test('a file of the wrong shape is moved aside too, and an earlier backup is never overwritten', async t => {
	const directory = await temporaryDirectory();
	const file = path.join(directory, 'progress-kuril.json');
	const now = () => new Date(2026, 10, 22, 11, 30, 0);
	await fs.writeFile(file, 'not json at all');
	createProgressStore({directory, now}).read('kuril');

	const wrongShape = JSON.stringify({formatVersion: 1, packId: 'kuril', questions: {q1: {attempts: 'many'}}});
	await fs.writeFile(file, wrongShape);
	const store = createProgressStore({directory, now});
	// Found while recording this time, under the lock.
	await store.record('kuril', 'q2', true, monday);

	t.is(await fs.readFile(path.join(directory, 'progress-kuril.corrupt-20261122-113000.json'), 'utf8'), 'not json at all');
	t.is(await fs.readFile(path.join(directory, 'progress-kuril.corrupt-20261122-113000-2.json'), 'utf8'), wrongShape);
	t.regex(store.warnings[0] ?? '', /questions\.q1\.attempts/);
	t.deepEqual(Object.keys(store.read('kuril')), ['q2']);
});

test('a file from a newer factdrill is left alone and reported', async t => {
	const directory = await temporaryDirectory();
	const file = path.join(directory, 'progress-kuril.json');
	const newer = JSON.stringify({formatVersion: 2, packId: 'kuril', cards: {}});
	await fs.writeFile(file, newer);
	const store = createProgressStore({directory});
	t.throws(() => store.read('kuril'), {instanceOf: ProgressStoreError, message: /newer factdrill/});
	await t.throwsAsync(store.record('kuril', 'q1', true, monday), {instanceOf: ProgressStoreError});
	t.is(await fs.readFile(file, 'utf8'), newer);
	t.deepEqual(await fs.readdir(directory), ['progress-kuril.json']);
});

test('progress of questions no longer in the pack is kept', async t => {
	const directory = await temporaryDirectory();
	const removed = {attempts: 5, correct: 5, streak: 5, lastAnsweredAt: monday.toISOString(), lastCorrect: true, futureField: 'kept'};
	await fs.writeFile(
		path.join(directory, 'progress-kuril.json'),
		JSON.stringify({formatVersion: 1, packId: 'kuril', questions: {'removed-question': removed}}),
	);
	const store = createProgressStore({directory});
	await store.record('kuril', 'q1', true, later(1));
	const reread = createProgressStore({directory}).read('kuril');
	t.deepEqual(reread['removed-question'], removed);
	t.is(reread['q1']?.attempts, 1);
	t.deepEqual(store.warnings, []);
});

test('the answer log keeps only the latest answers', async t => {
	const directory = await temporaryDirectory();
	const store = createProgressStore({directory});
	for (let index = 0; index < answerLogLimit + 5; index++) await store.record('kuril', 'q1', index % 2 === 0, later(index));
	const log = createProgressStore({directory}).answerLog('kuril', 'q1');
	t.is(log.length, answerLogLimit);
	t.is(log.at(-1)?.at, later(answerLogLimit + 4).toISOString());
	t.is(log[0]?.at, later(5).toISOString());
});

test('ids that could not be a file name or a key are refused', async t => {
	const store = createProgressStore({directory: await temporaryDirectory()});
	t.throws(() => store.fileFor('../escape'), {instanceOf: ProgressStoreError});
	t.throws(() => store.read('Kuril'), {instanceOf: ProgressStoreError});
	await t.throwsAsync(store.record('kuril', '__proto__', true, monday), {instanceOf: ProgressStoreError});
});

test('the progress handed out cannot be changed by accident', async t => {
	const store = createProgressStore({directory: await temporaryDirectory()});
	await store.record('kuril', 'q1', true, monday);
	const progress = store.read('kuril');
	t.throws(() => {
		progress['q1']!.attempts = 99;
	});
	t.is(store.read('kuril')['q1']?.attempts, 1);
});

test('a file that is not JSON, first met while recording, is moved aside and the answer kept', async t => {
	const directory = await temporaryDirectory();
	const file = path.join(directory, 'progress-kuril.json');
	await fs.writeFile(file, '{"formatVersion": 1, "packId": "kur');
	const store = createProgressStore({directory, now: () => new Date(2026, 10, 22, 11, 30, 0)});
	await store.record('kuril', 'q1', true, monday);
	t.is(await fs.readFile(path.join(directory, 'progress-kuril.corrupt-20261122-113000.json'), 'utf8'), '{"formatVersion": 1, "packId": "kur');
	t.is(createProgressStore({directory}).read('kuril')['q1']?.attempts, 1);
	t.regex(store.warnings[0] ?? '', /was unreadable/);
});
