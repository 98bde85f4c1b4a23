import fs from 'node:fs';
import path from 'node:path';
import type {ReviewRecord} from '../core/schedule/card.js';
import {readTextFile} from './read-json.js';
import {syncDirectory} from './sync-directory.js';

/**
 * The review log: one JSON line per answer in reviews-<packId>.jsonl,
 * appended and never rewritten (appending a line costs the same at the
 * 10th answer as at the 100,000th, where conf rewrites its whole file on
 * every set). An undo appends a tombstone naming the review it takes back.
 */
export type UndoLine = {undo: string; at: number};

export type ReviewLog = {
	/** Every review in the file, oldest first, undone ones included. */
	records: ReviewRecord[];
	/** Ids named by tombstones. */
	undone: Set<string>;
	/** What was skipped, for a warning; empty for a healthy file. */
	problems: string[];
};

/**
 * Appends lines and flushes them to disk before returning. A file left
 * ending mid-line by a crash gets a newline first, so the torn line stays
 * one skippable line instead of swallowing the new one.
 */
export function appendLines(filePath: string, lines: readonly object[]): void {
	const created = !fs.existsSync(filePath);
	const descriptor = fs.openSync(filePath, 'a+');
	try {
		const {size} = fs.fstatSync(descriptor);
		let text = lines.map(line => `${JSON.stringify(line)}\n`).join('');
		if (size > 0) {
			const last = Buffer.alloc(1);
			fs.readSync(descriptor, last, 0, 1, size - 1);
			if (last[0] !== 0x0a) text = `\n${text}`;
		}
		fs.writeSync(descriptor, text);
		fs.fsyncSync(descriptor);
	} finally {
		fs.closeSync(descriptor);
	}
	if (created) syncDirectory(path.dirname(filePath));
}

function isReview(value: unknown): value is ReviewRecord {
	if (typeof value !== 'object' || value === null) return false;
	const line = value as Partial<ReviewRecord>;
	return typeof line.id === 'string' && typeof line.questionId === 'string' && typeof line.at === 'number' && typeof line.rating === 'string';
}

function isUndo(value: unknown): value is UndoLine {
	return typeof value === 'object' && value !== null && typeof (value as Partial<UndoLine>).undo === 'string';
}

export function readReviewLog(filePath: string): ReviewLog {
	const text = readTextFile(filePath);
	if (text === undefined) return {records: [], undone: new Set(), problems: []};
	const records: ReviewRecord[] = [];
	const undone = new Set<string>();
	const problems: string[] = [];
	const lines = text.split('\n');
	for (const [index, line] of lines.entries()) {
		if (line.trim() === '') continue;
		let value: unknown;
		try {
			value = JSON.parse(line);
		} catch {
			value = undefined;
		}
		if (isReview(value)) {
			// JSON drops an undefined `before` (a first answer); put the key back so records read equal records written.
			value.before ??= undefined;
			records.push(value);
		}
		else if (isUndo(value)) undone.add(value.undo);
		else if (index === lines.length - 1) problems.push(`Review log ${filePath} ends with an incomplete line (an answer being written when factdrill stopped); skipped it.`);
		else problems.push(`Line ${index + 1} of the review log ${filePath} is not a review; skipped it.`);
	}
	return {records, undone, problems};
}
