import {isAscii} from 'node:buffer';
import fs from 'node:fs';
import {isId} from './ids.js';
import {emptyProgressFile, parseProgressFile, progressFormatVersion} from './progress-file.js';
import type {ProgressFile} from './progress-file.js';
import type {ProgressFileV1} from './progress-file-v1.js';

/** A progress file this version cannot use, an id that cannot name one, or an answer that cannot be undone. */
export class ProgressStoreError extends Error {
	override name = 'ProgressStoreError';
}

export function checkId(kind: string, id: string): void {
	if (!isId(id)) throw new ProgressStoreError(`Invalid ${kind} id ${JSON.stringify(id)}: ids use a-z, 0-9, ".", "_" and "-".`);
}

/** A pack's progress file as found: current (or missing, so empty), format 1 to upgrade, or unreadable and why. */
export type ReadAttempt = {kind: 'ok'; file: ProgressFile} | {kind: 'v1'; file: ProgressFileV1} | {kind: 'invalid'; reason: string};

/**
 * One look at the file, without conf (what conf's read does: read, JSON.parse).
 * Safe unlocked: writes replace it by rename. A file from a newer factdrill
 * throws, so it is never taken for damaged and moved aside.
 */
export function readProgressAttempt(filePath: string, packId: string): ReadAttempt {
	let text: string;
	try {
		const bytes = fs.readFileSync(filePath);
		// The files are ASCII (ids, numbers) unless edited by hand: as latin1 they skip UTF-8 decoding (100 files at start: 15 → 5 ms).
		text = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {kind: 'ok', file: emptyProgressFile(packId)};
		throw error;
	}
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		if (error instanceof SyntaxError) return {kind: 'invalid', reason: error.message};
		throw error;
	}
	const parsed = parseProgressFile(data, packId);
	if (parsed.kind === 'newer') {
		throw new ProgressStoreError(
			`Progress file ${filePath} was written by a newer factdrill (format ${parsed.formatVersion}; this one reads format ${progressFormatVersion}). ` +
				'Update factdrill to use it; the file was left as it is.',
		);
	}
	return parsed;
}

/** The file's text, or undefined when there is none. */
export function readText(filePath: string): string | undefined {
	try {
		return fs.readFileSync(filePath, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
}
