import {mkdirSync, readFileSync, renameSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {CheckedPack, PackCache} from '../core/pack/load.js';

type CacheFile = {build: string; entries: Record<string, {fingerprint: string} & CheckedPack>};

/**
 * The pack cache on disk: one JSON file of checked packs. It is derived data —
 * unreadable, from another build of factdrill, or impossible to write, it is
 * simply not used and the packs are checked afresh.
 */
export function openPackCache(file: string, build: string = currentBuild()): PackCache & {save(): void} {
	const previous = readCache(file, build);
	const next: CacheFile = {build, entries: {}};
	let changed = false;
	return {
		get(packFile, fingerprint) {
			const entry = previous.entries[packFile];
			if (entry?.fingerprint !== fingerprint) return undefined;
			next.entries[packFile] = entry;
			return {pack: entry.pack, warnings: entry.warnings, idAt: entry.idAt};
		},
		set(packFile, fingerprint, checked) {
			next.entries[packFile] = {fingerprint, ...checked};
			changed = true;
		},
		/** Writes the packs seen this run (others are dropped), if anything changed. */
		save() {
			const dropped = Object.keys(previous.entries).some(key => !(key in next.entries));
			if (!changed && !dropped) return;
			try {
				mkdirSync(path.dirname(file), {recursive: true});
				const temporary = `${file}.${process.pid}.tmp`;
				writeFileSync(temporary, JSON.stringify(next));
				renameSync(temporary, file);
			} catch {
				// A cache that cannot be written only costs the next start some time.
			}
		},
	};
}

function readCache(file: string, build: string): CacheFile {
	try {
		const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheFile>;
		if (data.build === build && typeof data.entries === 'object' && data.entries !== null) return data as CacheFile;
	} catch {
		// Missing or damaged: start empty.
	}
	return {build, entries: {}};
}

/** Changes whenever factdrill itself is rebuilt or updated, so a new checker never trusts an old one's verdicts. */
function currentBuild(): string {
	const script = process.argv[1];
	try {
		return script ? `${path.resolve(script)}:${statSync(script).mtimeMs}` : 'unknown';
	} catch {
		return 'unknown';
	}
}
