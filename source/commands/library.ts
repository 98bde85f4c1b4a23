import path from 'node:path';
import {openPackCache} from '../cache/pack-cache.js';
import {discoverPacks, findPack, loadPackFile, type PackDirectory, type PackEntry} from '../core/pack/load.js';
import type {LearnerSettings} from '../core/schedule/settings.js';
import {builtInPacksDirectory, factdrillHome, userPacksDirectory} from '../paths.js';

/** Where packs are looked for: the built-in ones, then the learner's own. */
export function libraryDirectories(env: NodeJS.ProcessEnv = process.env): PackDirectory[] {
	return [
		{path: builtInPacksDirectory(), origin: 'built-in'},
		{path: userPacksDirectory(env), origin: 'user'},
	];
}

/**
 * Every pack the learner can reach — the pack folders and any files given
 * with --pack — served from the pack cache where the files have not changed.
 */
export async function loadLibrary(env: NodeJS.ProcessEnv = process.env, packFiles: readonly string[] = []): Promise<PackEntry[]> {
	const cache = openLibraryCache(env);
	const entries = await discoverPacks(libraryDirectories(env), cache, packFiles);
	cache.save();
	return entries;
}

export function openLibraryCache(env: NodeJS.ProcessEnv = process.env) {
	return openPackCache(path.join(factdrillHome(env), 'cache', 'packs.json'));
}

/**
 * The pack a command line names: one of the library's by id or file, else
 * any .yaml file at that path (read on the spot). Undefined when neither.
 */
export async function resolvePack(entries: readonly PackEntry[], wanted: string, cwd: string): Promise<PackEntry | undefined> {
	const known = findPack(entries, wanted, cwd);
	if (known) return known;
	return /\.ya?ml$/i.test(wanted) ? loadPackFile(path.resolve(cwd, wanted), 'file') : undefined;
}

/**
 * The learner's study settings (retention, daily limits, per-pack limits).
 * A settings file that cannot be used is left as it is: the defaults apply
 * and `onWarning` says so.
 */
export async function loadStudySettings(env: NodeJS.ProcessEnv, onWarning: (message: string) => void): Promise<LearnerSettings> {
	// Imported on use: the settings store brings in the store's file handling.
	const {loadLearnerSettings} = await import('../store/settings-store.js');
	return loadLearnerSettings(env, onWarning);
}
