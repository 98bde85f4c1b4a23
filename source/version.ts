import {readFileSync} from 'node:fs';
import path from 'node:path';
import {packageRoot} from './paths.js';

// The bundle has the version baked in at build time; from source we read package.json.
declare const FACTDRILL_VERSION: string | undefined;

export function packVersion(): string {
	if (typeof FACTDRILL_VERSION === 'string') return FACTDRILL_VERSION;
	const manifest = JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as {version: string};
	return manifest.version;
}
