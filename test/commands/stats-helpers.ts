import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type {ExecutionContext} from 'ava';
import type {ExamAttempt} from '../../source/core/exam/exam-attempt.js';
import type {Rating} from '../../source/core/schedule/card.js';
import {createScheduler} from '../../source/core/schedule/fsrs-adapter.js';
import {createExamStore} from '../../source/store/exam-store.js';
import {createProgressStore} from '../../source/store/progress-store.js';

/** Tuesday 15 April 2025, 18:00 local time. */
export const now = new Date(2025, 3, 15, 18).getTime();
export const at = (daysAgo: number, hour = 9) => new Date(2025, 3, 15 - daysAgo, hour).getTime();

const fixtures = path.resolve('test/fixtures/stats/packs');

/** The answers given, oldest first: 4 days in a row up to today; 4 of 6 right. */
export const answers: Array<[packId: string, questionId: string, daysAgo: number, rating: Rating, hour?: number]> = [
	['harbour-accord', 'signed-year', 3, 'good'],
	['harbour-accord', 'signed-year', 2, 'again'],
	['harbour-accord', 'signatories', 2, 'good', 10],
	['straits-speeches', 'no-one', 1, 'again'],
	['harbour-accord', 'signed-year', 0, 'good'],
	['straits-speeches', 'no-one', 0, 'good'],
];

/** A FACTDRILL_HOME with nothing in it, removed after the test. */
export async function emptyHome(t: ExecutionContext): Promise<string> {
	const home = await fs.mkdtemp(path.join(os.tmpdir(), 'factdrill-stats-'));
	t.teardown(() => fs.rm(home, {recursive: true, force: true}));
	return home;
}

/**
 * A FACTDRILL_HOME with the two fixture packs among the learner's packs,
 * their answers recorded and an exam kept through the real stores.
 */
export async function filledHome(t: ExecutionContext): Promise<string> {
	const home = await emptyHome(t);
	await fs.mkdir(path.join(home, 'packs'));
	for (const file of ['harbour-accord.yaml', 'straits-speeches.yaml']) await fs.copyFile(path.join(fixtures, file), path.join(home, 'packs', file));
	const env = {FACTDRILL_HOME: home};
	const store = createProgressStore({env, scheduler: createScheduler({retention: 0.9, fuzz: false})});
	for (const [packId, questionId, daysAgo, rating, hour] of answers) {
		await store.record(packId, {questionId, at: at(daysAgo, hour), rating, correct: rating !== 'again', hinted: false, durationMs: 5000, source: 'study'});
	}
	await createExamStore({env}).append(exam);
	return home;
}

export const exam: ExamAttempt = {
	id: 'exam-a',
	packIds: ['harbour-accord'],
	tags: [],
	startedAt: at(1, 15),
	finishedAt: at(1, 16),
	timeLimitMs: 1_200_000,
	timeUsedMs: 600_000,
	ending: 'submitted',
	passMark: 70,
	score: 67,
	passed: false,
	countedForReview: false,
	seed: 3,
	answers: [
		{packId: 'harbour-accord', questionId: 'signed-year', correct: true, flagged: false, given: '1931', expected: '1931'},
		{packId: 'harbour-accord', questionId: 'signatories', correct: true, flagged: false, given: 'True', expected: 'True'},
		{packId: 'harbour-accord', questionId: 'fishing', correct: false, flagged: true, given: 'False', expected: 'True'},
	],
};
