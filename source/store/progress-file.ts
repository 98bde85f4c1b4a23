import type {CardState, QuestionRecord} from '../core/schedule/card.js';
import {emptyDayCounts, type DayCounts} from '../core/progress/progress.js';
import {isRecord} from '../core/is-record.js';
import {idPattern} from './ids.js';
import {jsonListByLine} from './json-list.js';
import {parseProgressFileV1} from './progress-file-v1.js';
import {questionView} from './question-view.js';
import type {ProgressFileV1} from './progress-file-v1.js';

/**
 * Format 2 of a progress file: one pack's question records as a table, one
 * row per question, so that reading 100 packs of 1,000 questions is one fast
 * JSON.parse of arrays rather than of 100,000 small objects (≈40 ms against
 * ≈210 ms measured here). `columns` names the row cells so the file documents
 * itself; states and booleans are small integers.
 */
export const progressFormatVersion = 2;

/** The conf migration version that goes with format 2 (conf keeps it in __internal__). */
export const progressProjectVersion = '2.0.0';

export const progressColumns = [
	'due',
	'stability',
	'difficulty',
	'scheduledDays',
	'learningSteps',
	'reps',
	'lapses',
	'state',
	'lastReview',
	'attempts',
	'correct',
	'streak',
	'lastAnsweredAt',
	'lastCorrect',
	'suspended',
] as const;

const states: readonly CardState[] = ['new', 'learning', 'review', 'relearning'];

/** The newest review time in the file and how many reviews it has had: review ids stay unique across processes and undos. */
export type ReviewStamp = {at: number; count: number};

/** A format 2 file as the store holds it in memory. */
export type ProgressFile = {
	formatVersion: typeof progressFormatVersion;
	packId: string;
	today: DayCounts;
	lastReview: ReviewStamp;
	/** As read from the file: a read-only view of its table (see questionView); the store writes a plain copy. */
	questions: Readonly<Record<string, QuestionRecord>>;
	/** conf's own bookkeeping (the migration version), carried over untouched. */
	__internal__?: unknown;
};

export type ParsedProgressFile =
	| {kind: 'ok'; file: ProgressFile}
	/** Written by the foundation version: upgraded by the '2.0.0' migration. */
	| {kind: 'v1'; file: ProgressFileV1}
	| {kind: 'invalid'; reason: string}
	/** Written by a newer factdrill: not ours to repair or to overwrite. */
	| {kind: 'newer'; formatVersion: number};

export function emptyProgressFile(packId: string): ProgressFile {
	return {formatVersion: progressFormatVersion, packId, today: emptyDayCounts(), lastReview: {at: 0, count: 0}, questions: Object.create(null) as Record<string, QuestionRecord>};
}


class Invalid extends Error {}


function count(value: unknown, where: string): number {
	if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new Invalid(`${where}: expected a whole number ≥ 0`);
	return value;
}

function parseToday(value: unknown): DayCounts {
	if (value === undefined) return emptyDayCounts();
	if (!isRecord(value) || typeof value['day'] !== 'string') throw new Invalid('today: expected {day, newDone, reviewsDone}');
	return {day: value['day'], newDone: count(value['newDone'], 'today.newDone'), reviewsDone: count(value['reviewsDone'], 'today.reviewsDone')};
}

function parseStamp(value: unknown): ReviewStamp {
	if (value === undefined) return {at: 0, count: 0};
	if (!isRecord(value)) throw new Invalid('lastReview: expected {at, count}');
	return {at: count(value['at'], 'lastReview.at'), count: count(value['count'], 'lastReview.count')};
}

const width = progressColumns.length;

/**
 * The rows with their cells in progressColumns' order: as they are when the
 * file's columns are ours (always, unless a person or a later version
 * reordered them), so the common case reads cells at fixed places.
 */
function inOurOrder(columns: unknown, rows: unknown[]): unknown[] {
	if (!Array.isArray(columns)) throw new Invalid('columns: expected a list of names');
	if (columns.length === width && progressColumns.every((name, index) => columns[index] === name)) return rows;
	const at = progressColumns.map(name => {
		const index = columns.indexOf(name);
		if (index === -1) throw new Invalid(`columns: "${name}" is missing`);
		return index;
	});
	return rows.map((row, index) => {
		if (!Array.isArray(row) || row.length !== columns.length) throw new Invalid(`rows.${index}: expected ${columns.length} cells`);
		return at.map(column => row[column] as unknown);
	});
}

/** Copies a good row's cells to cells[offset…] (a null lastReview as NaN); false for a row that is not good, which rowProblem explains. */
function copyGoodRow(row: unknown, cells: Float64Array, offset: number): boolean {
	if (!Array.isArray(row) || row.length !== width) return false;
	for (let column = 0; column < width; column++) {
		const value: unknown = row[column];
		if (typeof value === 'number') {
			if (!Number.isFinite(value)) return false;
			cells[offset + column] = value;
		} else if (column === 8 && value === null) {
			cells[offset + column] = Number.NaN;
		} else {
			return false;
		}
	}
	const state = cells[offset + 7];
	const lastCorrect = cells[offset + 13];
	const suspended = cells[offset + 14];
	return (state === 0 || state === 1 || state === 2 || state === 3) && (lastCorrect === 0 || lastCorrect === 1) && (suspended === 0 || suspended === 1);
}

/** Why a row cannot be read: the slow path, only for a row copyGoodRow refused. */
function rowProblem(row: unknown): string {
	if (!Array.isArray(row) || row.length !== width) return `expected ${width} cells`;
	for (let column = 0; column < width; column++) {
		const value: unknown = row[column];
		if (column === 8 && value === null) continue;
		if (typeof value !== 'number' || !Number.isFinite(value)) return `${progressColumns[column]} is not a number`;
	}
	if (states[row[7] as number] === undefined) return 'state must be 0–3';
	return row[13] === 0 || row[13] === 1 ? 'suspended must be 0 or 1' : 'lastCorrect must be 0 or 1';
}

/** The record in row `at` of a table's cells (lastReview NaN where the file has null). */
function recordIn(cells: Float64Array, at: number): QuestionRecord {
	const cell = at * width;
	const lastReview = cells[cell + 8]!;
	return {
		card: {
			due: cells[cell]!,
			stability: cells[cell + 1]!,
			difficulty: cells[cell + 2]!,
			scheduledDays: cells[cell + 3]!,
			learningSteps: cells[cell + 4]!,
			reps: cells[cell + 5]!,
			lapses: cells[cell + 6]!,
			state: states[cells[cell + 7]!]!,
			lastReview: Number.isNaN(lastReview) ? undefined : lastReview,
		},
		attempts: cells[cell + 9]!,
		correct: cells[cell + 10]!,
		streak: cells[cell + 11]!,
		lastAnsweredAt: cells[cell + 12]!,
		lastCorrect: cells[cell + 13] === 1,
		suspended: cells[cell + 14] === 1,
	};
}

/**
 * The rows' cells are copied into one Float64Array and the parsed rows
 * dropped: kept, 80,000 small arrays were promoted and marked by every
 * full collection; one typed array per pack keeps its numbers off the heap.
 */
function parseTable(data: Record<string, unknown>): Readonly<Record<string, QuestionRecord>> {
	const {ids} = data;
	if (!Array.isArray(ids) || !Array.isArray(data['rows'])) throw new Invalid('ids and rows: expected two lists');
	const rows = inOurOrder(data['columns'], data['rows'] as unknown[]);
	if (ids.length !== rows.length) throw new Invalid(`ids and rows: ${ids.length} ids but ${rows.length} rows`);
	// Each id's row, which also finds a repeated id: no id becomes an object key (the costly part of reading 100,000 rows).
	const index = new Map<string, number>();
	const cells = new Float64Array(rows.length * width);
	for (let at = 0; at < ids.length; at++) {
		const id: unknown = ids[at];
		if (typeof id !== 'string' || !idPattern.test(id)) throw new Invalid(`ids.${at}: not a question id`);
		if (index.has(id)) throw new Invalid(`ids: ${JSON.stringify(id)} appears twice`);
		index.set(id, at);
		if (!copyGoodRow(rows[at], cells, at * width)) throw new Invalid(`rows.${at}: ${rowProblem(rows[at])}`);
	}
	return questionView(index, at => recordIn(cells, at));
}

/** Reads a parsed JSON value as a progress file of any format this version knows. */
export function parseProgressFile(data: unknown, packId: string): ParsedProgressFile {
	if (!isRecord(data)) return {kind: 'invalid', reason: 'the file is not a JSON object'};
	const {formatVersion} = data;
	if (typeof formatVersion === 'number' && formatVersion > progressFormatVersion) return {kind: 'newer', formatVersion};
	if (formatVersion === 1) return parseProgressFileV1(data, packId);
	if (formatVersion !== progressFormatVersion) return {kind: 'invalid', reason: `formatVersion: expected ${progressFormatVersion}, got ${JSON.stringify(formatVersion)}`};
	if (data['packId'] !== packId) return {kind: 'invalid', reason: `it holds the progress of pack ${JSON.stringify(data['packId'])}`};
	try {
		const file: ProgressFile = {
			formatVersion,
			packId,
			today: parseToday(data['today']),
			lastReview: parseStamp(data['lastReview']),
			questions: parseTable(data),
		};
		if (data['__internal__'] !== undefined) file.__internal__ = data['__internal__'];
		return {kind: 'ok', file};
	} catch (error) {
		if (error instanceof Invalid) return {kind: 'invalid', reason: error.message};
		throw error;
	}
}

function toRow(record: QuestionRecord): unknown[] {
	const {card} = record;
	return [
		card.due,
		card.stability,
		card.difficulty,
		card.scheduledDays,
		card.learningSteps,
		card.reps,
		card.lapses,
		states.indexOf(card.state),
		card.lastReview ?? null,
		record.attempts,
		record.correct,
		record.streak,
		record.lastAnsweredAt,
		record.lastCorrect ? 1 : 0,
		record.suspended ? 1 : 0,
	];
}

// A record is replaced, never changed, when an answer is recorded: its row text can be kept for the next write of the file.
const rowTexts = new WeakMap<QuestionRecord, string>();

function rowText(record: QuestionRecord): string {
	let text = rowTexts.get(record);
	if (text === undefined) {
		text = JSON.stringify(toRow(record));
		rowTexts.set(record, text);
	}
	return text;
}

function isProgressFile(value: unknown): value is ProgressFile {
	return isRecord(value) && value['formatVersion'] === progressFormatVersion && isRecord(value['questions']);
}

/**
 * conf's `serialize`: a format 2 file as its table, one id and one row per
 * line so that a diff shows which questions changed; anything else (a v1
 * file during its migration) as conf writes it.
 */
export function serializeProgressFile(value: unknown): string {
	if (!isProgressFile(value)) return JSON.stringify(value, undefined, '\t');
	const ids = Object.keys(value.questions);
	const lines = [
		`\t"formatVersion": ${progressFormatVersion}`,
		`\t"packId": ${JSON.stringify(value.packId)}`,
		`\t"today": ${JSON.stringify(value.today)}`,
		`\t"lastReview": ${JSON.stringify(value.lastReview)}`,
		`\t"columns": ${JSON.stringify(progressColumns)}`,
		`\t"ids": ${jsonListByLine(ids.map(id => JSON.stringify(id)))}`,
		`\t"rows": ${jsonListByLine(ids.map(id => rowText(value.questions[id]!)))}`,
	];
	if (value.__internal__ !== undefined) lines.push(`\t"__internal__": ${JSON.stringify(value.__internal__)}`);
	return `{\n${lines.join(',\n')}\n}\n`;
}

/** conf's `deserialize`: the inverse, so conf's own reads (during a migration) see what the store sees. */
export function deserializeProgressFile(text: string): unknown {
	const data: unknown = JSON.parse(text);
	if (!isRecord(data) || data['formatVersion'] !== progressFormatVersion || typeof data['packId'] !== 'string') return data;
	const parsed = parseProgressFile(data, data['packId']);
	if (parsed.kind !== 'ok') throw new Error(`Progress file is not valid: ${parsed.kind === 'invalid' ? parsed.reason : parsed.kind}`);
	// conf may change what it read: a plain copy of the questions, not the read-only view.
	return {...parsed.file, questions: Object.assign(Object.create(null) as Record<string, QuestionRecord>, parsed.file.questions)};
}
