import type {ExamAttempt} from '../exam/exam-attempt.js';
import type {ProgressStore} from '../progress/progress.js';
import type {ReviewRecord} from '../schedule/card.js';
import type {StudySettings} from '../schedule/settings.js';
import {computeStats} from './compute-stats.js';
import type {Stats, StatsPack} from './stats.js';

export type CollectStatsOptions = {
	packs: readonly StatsPack[];
	store: Pick<ProgressStore, 'read' | 'reviews'>;
	exams: readonly ExamAttempt[];
	settings: Pick<StudySettings, 'leechLapses'>;
	now: number;
};

/** Reads each pack's progress and review log from the store, then computes the stats. */
export async function collectStats({packs, store, exams, settings, now}: CollectStatsOptions): Promise<Stats> {
	const entries = await Promise.all(packs.map(async pack => ({pack, progress: store.read(pack.id), reviews: await store.reviews(pack.id)})));
	return computeStats({packs: entries, exams, settings, now});
}

/** Every pack's review log, one list (the CSV sorts it). */
export async function collectReviews(packIds: readonly string[], store: Pick<ProgressStore, 'reviews'>): Promise<ReviewRecord[]> {
	const logs = await Promise.all(packIds.map(async packId => store.reviews(packId)));
	return logs.flat();
}
