import {existsSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

/**
 * Where factdrill keeps a learner's data: FACTDRILL_HOME if set (tests,
 * portable installs), else the platform's config folder.
 */
export function factdrillHome(env: NodeJS.ProcessEnv = process.env): string {
	if (env['FACTDRILL_HOME']) return path.resolve(env['FACTDRILL_HOME']);
	const home = os.homedir();
	if (process.platform === 'darwin') return path.join(home, 'Library', 'Preferences', 'factdrill');
	if (process.platform === 'win32') return path.join(env['APPDATA'] ?? path.join(home, 'AppData', 'Roaming'), 'factdrill', 'Config');
	return path.join(env['XDG_CONFIG_HOME'] ?? path.join(home, '.config'), 'factdrill');
}

export function progressDirectory(env: NodeJS.ProcessEnv = process.env): string {
	return path.join(factdrillHome(env), 'progress');
}

/** Packs the learner made or was given, beside the built-in ones. */
export function userPacksDirectory(env: NodeJS.ProcessEnv = process.env): string {
	return path.join(factdrillHome(env), 'packs');
}

/** The package root, found from this file whether it runs from source/ or from the dist/ bundle. */
export function packageRoot(): string {
	let directory = path.dirname(fileURLToPath(import.meta.url));
	for (;;) {
		if (existsSync(path.join(directory, 'package.json')) && existsSync(path.join(directory, 'questions'))) return directory;
		const parent = path.dirname(directory);
		if (parent === directory) throw new Error('factdrill: cannot find its own install folder (package.json beside questions/)');
		directory = parent;
	}
}

export function builtInPacksDirectory(): string {
	return path.join(packageRoot(), 'questions');
}
