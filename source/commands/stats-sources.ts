import type {ExamAttempt} from '../core/exam/exam-attempt.js';
import type {Pack} from '../core/pack/schema.js';
import type {ProgressStore} from '../core/progress/progress.js';
import {createScheduler} from '../core/schedule/fsrs-adapter.js';
import type {StudySettings} from '../core/schedule/settings.js';
import type {CommandIo} from './io.js';
import {loadLibrary, loadStudySettings} from './library.js';

export type StatsSources = {
	/** The library's packs that load, each id once. */
	packs: Pack[];
	store: Pick<ProgressStore, 'read' | 'reviews'>;
	exams: ExamAttempt[];
	settings: StudySettings;
};

/**
 * What `factdrill stats` and `export-log` read: the packs, the progress
 * store, the settings and the exam history. Nothing is written: a progress
 * file of an older version is read as it is, not upgraded. Warnings (a pack
 * that does not load, a damaged file moved aside) go to stderr.
 */
export async function openStatsSources(io: CommandIo, packFiles: readonly string[]): Promise<StatsSources> {
	const warn = (message: string) => io.stderr(`factdrill: ${message}\n`);
	const entries = await loadLibrary(io.env, packFiles);
	const packs: Pack[] = [];
	for (const entry of entries) {
		if (entry.status !== 'ok') warn(`${entry.file} does not load and is left out (factdrill packs says why)`);
		else if (!packs.some(pack => pack.id === entry.pack.id)) packs.push(entry.pack);
	}
	const settings = await loadStudySettings(io.env, warn);
	const [{createProgressStore}, {createExamStore}] = await Promise.all([import('../store/progress-store.js'), import('../store/exam-store.js')]);
	const store = createProgressStore({env: io.env, scheduler: createScheduler({retention: settings.retention}), onWarning: warn});
	const exams = createExamStore({env: io.env, onWarning: warn}).history();
	return {packs, store, exams, settings};
}
