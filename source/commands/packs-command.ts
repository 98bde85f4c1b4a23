import {packStanding} from '../core/progress/progress.js';
import {libraryDirectories, openLibraryCache} from './library.js';
import type {CommandIo} from './io.js';
import {runPacks} from './packs.js';

/** `factdrill packs`: the pack table with the learner's mastered counts from the store. */
export async function runPacksCommand(io: CommandIo, options: {json: boolean; packFiles?: readonly string[]}): Promise<number> {
	const {createProgressStore} = await import('../store/progress-store.js');
	const store = createProgressStore({env: io.env, onWarning: message => io.stderr(`factdrill: ${message}\n`)});
	return runPacks(io, {
		json: options.json,
		directories: libraryDirectories(io.env),
		packFiles: options.packFiles ?? [],
		cache: openLibraryCache(io.env),
		progress: (packId, questionIds) => packStanding(store.read(packId), questionIds).mastered,
	});
}
