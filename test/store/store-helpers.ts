import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type {AnswerInput, Rating} from '../../source/core/schedule/card.js';
import {createScheduler} from '../../source/core/schedule/fsrs-adapter.js';
import {createProgressStore} from '../../source/store/progress-store.js';
import type {ProgressStoreOptions} from '../../source/store/progress-store.js';

export async function temporaryDirectory(): Promise<string> {
	return fs.mkdtemp(path.join(os.tmpdir(), 'factdrill-progress-'));
}

// Without fuzz, so the same answers always give the same cards.
export const scheduler = createScheduler({retention: 0.9, fuzz: false});

export function openStore(options: Partial<ProgressStoreOptions> = {}) {
	return createProgressStore({scheduler, ...options});
}

/** 09:00 local time on Monday 23 November 2026, plus some minutes. */
export const monday = new Date(2026, 10, 23, 9, 0, 0).getTime();
export const later = (minutes: number) => monday + minutes * 60_000;

export function answer(questionId: string, at: number, rating: Rating = 'good'): AnswerInput {
	return {questionId, at, rating, correct: rating !== 'again', hinted: false, durationMs: 4200, source: 'study'};
}
