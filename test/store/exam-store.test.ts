import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'ava';
import type {ExamAttempt} from '../../source/core/exam/exam-attempt.js';
import type {SavedExam} from '../../source/core/exam/saved-exam.js';
import {createExamStore, ExamStoreError} from '../../source/store/exam-store.js';

function temporaryHome(t: {teardown: (fn: () => void) => void}): string {
	const home = fs.mkdtempSync(path.join(os.tmpdir(), 'factdrill-exams-'));
	t.teardown(() => fs.rmSync(home, {recursive: true, force: true}));
	return home;
}

function attempt(id: string, score = 80): ExamAttempt {
	return {
		id,
		packIds: ['p'],
		tags: [],
		startedAt: 1000,
		finishedAt: 61_000,
		timeLimitMs: 120_000,
		timeUsedMs: 60_000,
		ending: 'submitted',
		passMark: 70,
		score,
		passed: score >= 70,
		countedForReview: false,
		seed: 1,
		answers: [{packId: 'p', questionId: 'q', correct: true, flagged: false, given: 'True', expected: 'True'}],
	};
}

const saved: SavedExam = {
	formatVersion: 1,
	id: 'x',
	packIds: ['p'],
	tags: [],
	seed: 1,
	passMark: 70,
	timeLimitMs: 60_000,
	countForReview: false,
	startedAt: 1000,
	savedAt: 2000,
	elapsedMs: 1000,
	index: 0,
	requested: 1,
	questions: [{packId: 'p', questionId: 'q', response: {type: 'truefalse', value: true}, flagged: true}],
};

test('history keeps every attempt in order, across store instances, and an attempt only once', async t => {
	const home = temporaryHome(t);
	const env = {FACTDRILL_HOME: home};
	t.deepEqual(createExamStore({env}).history(), []);
	await createExamStore({env}).append(attempt('a', 50));
	const store = createExamStore({env});
	await store.append(attempt('b'));
	await store.append(attempt('b'));
	t.deepEqual(createExamStore({env}).history().map(entry => [entry.id, entry.score]), [['a', 50], ['b', 80]]);
	t.is(store.historyFile, path.join(home, 'exams', 'history.json'));
});

test('two stores appending at once lose nothing', async t => {
	const env = {FACTDRILL_HOME: temporaryHome(t)};
	const stores = [createExamStore({env}), createExamStore({env})];
	await Promise.all(Array.from({length: 10}, (_, index) => stores[index % 2]!.append(attempt(`a${index}`))));
	t.is(createExamStore({env}).history().length, 10);
});

test('a damaged history file is moved aside with a warning, never wiped', async t => {
	const env = {FACTDRILL_HOME: temporaryHome(t)};
	const store = createExamStore({env, now: () => new Date(2025, 0, 2, 3, 4, 5)});
	fs.mkdirSync(store.directory, {recursive: true});
	fs.writeFileSync(store.historyFile, '{"formatVersion": 1, "attempts": [');
	t.deepEqual(store.history(), []);
	t.regex(store.warnings[0] ?? '', /Exam history .*history\.json was unreadable .*moved it to .*history\.corrupt-20250102-030405\.json/);
	t.is(fs.readFileSync(path.join(store.directory, 'history.corrupt-20250102-030405.json'), 'utf8'), '{"formatVersion": 1, "attempts": [');
	await store.append(attempt('c'));
	t.deepEqual(store.history().map(entry => entry.id), ['c']);
});

test('a history written by a newer factdrill is an error and is left alone', t => {
	const env = {FACTDRILL_HOME: temporaryHome(t)};
	const store = createExamStore({env});
	fs.mkdirSync(store.directory, {recursive: true});
	fs.writeFileSync(store.historyFile, '{"formatVersion": 9, "attempts": []}');
	t.throws(() => store.history(), {instanceOf: ExamStoreError, message: /newer factdrill/});
	t.true(fs.existsSync(store.historyFile));
});

test('the exam in progress: saved, replaced in call order, read back, cleared', async t => {
	const env = {FACTDRILL_HOME: temporaryHome(t)};
	const store = createExamStore({env});
	t.is(store.inProgress(), undefined);
	const writes = [1, 2, 3].map(index => store.saveInProgress({...saved, index: index - 1, elapsedMs: index * 1000}));
	await Promise.all(writes);
	t.deepEqual(createExamStore({env}).inProgress(), {...saved, index: 2, elapsedMs: 3000});
	await store.clearInProgress();
	t.is(createExamStore({env}).inProgress(), undefined);
	t.false(fs.existsSync(store.inProgressFile));
});

test('an unreadable exam in progress is moved aside and not offered', t => {
	const env = {FACTDRILL_HOME: temporaryHome(t)};
	const store = createExamStore({env});
	fs.mkdirSync(store.directory, {recursive: true});
	fs.writeFileSync(store.inProgressFile, JSON.stringify({...saved, questions: 'none'}));
	t.is(store.inProgress(), undefined);
	t.regex(store.warnings[0] ?? '', /unfinished exam .* was unreadable/);
	t.false(fs.existsSync(store.inProgressFile));
});
