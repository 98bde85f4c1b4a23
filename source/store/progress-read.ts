import {idProblem} from './ids.js';
import {emptyProgressFile, parseProgressFile, progressFormatVersion, type ParsedProgressFile} from './progress-file.js';
import {readJsonFile} from './read-json.js';

/** A progress file this version cannot use, an id that cannot name one, or an answer that cannot be undone. */
export class ProgressStoreError extends Error {
	override name = 'ProgressStoreError';
}

export function checkId(kind: string, id: string): void {
	const problem = idProblem(kind, id);
	if (problem) throw new ProgressStoreError(problem);
}

/** A pack's progress file as found: current (or missing, so empty), format 1 to upgrade, or unreadable and why. */
export type ReadAttempt = Exclude<ParsedProgressFile, {kind: 'newer'}>;

/**
 * One look at the file, without conf (what conf's read does: read, JSON.parse).
 * Safe unlocked: writes replace it by rename. A file from a newer factdrill
 * throws, so it is never taken for damaged and moved aside.
 */
export function readProgressAttempt(filePath: string, packId: string): ReadAttempt {
	const read = readJsonFile(filePath);
	if (read.kind === 'missing') return {kind: 'ok', file: emptyProgressFile(packId)};
	if (read.kind === 'not-json') return {kind: 'invalid', reason: read.reason};
	const parsed = parseProgressFile(read.data, packId);
	if (parsed.kind === 'newer') {
		throw new ProgressStoreError(
			`Progress file ${filePath} was written by a newer factdrill (format ${parsed.formatVersion}; this one reads format ${progressFormatVersion}). ` +
				'Update factdrill to use it; the file was left as it is.',
		);
	}
	return parsed;
}
