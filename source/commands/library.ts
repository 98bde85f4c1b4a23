import {discoverPacks} from '../core/pack/load.js';
import type {PackEntry} from '../core/pack/load.js';
import {builtInPacksDirectory, userPacksDirectory} from '../paths.js';

/** Every pack the learner can reach: the built-in ones, then their own. */
export function loadLibrary(env: NodeJS.ProcessEnv = process.env): Promise<PackEntry[]> {
	return discoverPacks([
		{path: builtInPacksDirectory(), origin: 'built-in'},
		{path: userPacksDirectory(env), origin: 'user'},
	]);
}
