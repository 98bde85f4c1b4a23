import {packStanding} from '../core/progress/progress.js';
import {createScheduler} from '../core/schedule/fsrs-adapter.js';
import {limitsFor} from '../core/schedule/settings.js';
import {dueSummary} from '../core/schedule/study-queue.js';
import {libraryDirectories, loadStudySettings, openLibraryCache} from './library.js';
import type {CommandIo} from './io.js';
import {runPacks} from './packs.js';

/** `factdrill packs`: the pack table with what is due and new today and the mastered counts from the store. */
export async function runPacksCommand(io: CommandIo, options: {json: boolean; packFiles?: readonly string[]}): Promise<number> {
	const {createProgressStore} = await import('../store/progress-store.js');
	const onWarning = (message: string) => io.stderr(`factdrill: ${message}\n`);
	const settings = await loadStudySettings(io.env, onWarning);
	const store = createProgressStore({env: io.env, scheduler: createScheduler({retention: settings.retention}), onWarning});
	const now = Date.now();
	return runPacks(io, {
		json: options.json,
		directories: libraryDirectories(io.env),
		packFiles: options.packFiles ?? [],
		cache: openLibraryCache(io.env),
		progress(pack) {
			const progress = store.read(pack.id);
			const due = dueSummary({pack, progress, limits: limitsFor(settings, pack)}, now);
			const {mastered} = packStanding(progress, pack.questions.map(question => question.id));
			return {due: due.due, new: due.new, mastered};
		},
	});
}
