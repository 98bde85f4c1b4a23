import path from 'node:path';
import {discoverPacks} from '../core/pack/load.js';
import type {PackCache, PackDirectory, PackEntry, PackOrigin} from '../core/pack/load.js';
import type {Pack} from '../core/pack/schema.js';
import {fit} from '../core/text/fit.js';
import {toSingleLine} from '../core/text/sanitize.js';
import type {CommandIo} from './io.js';

/**
 * factdrill packs [--json]
 *
 * Lists every pack: a table of the ones that load, then one line per broken
 * pack with the reason. Exit code 0 when at least one pack loads, even if
 * others are broken (they are listed, and the app shows them too); 1 when
 * no pack loads at all, because then there is nothing to study and scripts
 * checking an install should notice. --json prints the same list as an
 * array, with the same exit code.
 */
export type PacksOptions = {
	json: boolean;
	directories: PackDirectory[];
	/** Pack files given with --pack, read besides the folders. */
	packFiles?: readonly string[];
	/** Checked packs from earlier runs; see PackCache. */
	cache?: PackCache & {save(): void};
	/** What is due and new today and how many questions are mastered; injected so this command does not depend on the store. */
	progress: (pack: Pack) => PackCounts;
	/** Terminal width for the table; defaults to process.stdout.columns, then 80. */
	columns?: number;
};

/** Today's study in a pack (within its daily limits) and its mastered questions. */
export type PackCounts = {due: number; new: number; mastered: number};

export type PackListing = {
	id: string | null;
	title: string | null;
	questions: number | null;
	due: number | null;
	new: number | null;
	mastered: number | null;
	origin: PackOrigin;
	file: string;
	status: 'ok' | 'broken';
	reason?: string;
};

export async function runPacks(io: CommandIo, options: PacksOptions): Promise<number> {
	const entries = await discoverPacks(options.directories, options.cache, options.packFiles);
	options.cache?.save();
	const listings = entries.map(entry => toListing(entry, options.progress));
	if (options.json) {
		io.stdout(`${JSON.stringify(listings, null, 2)}\n`);
	} else if (entries.length === 0) {
		const folders = options.directories.map(directory => directory.path).join(', ');
		io.stdout(`No packs found. Put pack files (.yaml) in ${folders || 'a packs folder'}.\n`);
	} else {
		const columns = options.columns ?? process.stdout.columns ?? 80;
		io.stdout(formatPacksTable(listings, columns, io.cwd));
	}
	return listings.some(listing => listing.status === 'ok') ? 0 : 1;
}

function toListing(entry: PackEntry, progress: PacksOptions['progress']): PackListing {
	const common = {origin: entry.origin, file: entry.file, status: entry.status};
	if (entry.status === 'broken') return {id: null, title: null, questions: null, due: null, new: null, mastered: null, ...common, reason: entry.reason};
	const {pack} = entry;
	const counts = progress(pack);
	return {id: pack.id, title: pack.title, questions: pack.questions.length, due: counts.due, new: counts.new, mastered: counts.mastered, ...common};
}

const headers = ['ID', 'TITLE', 'QUESTIONS', 'DUE', 'NEW', 'MASTERED', 'ORIGIN'] as const;
/** Counts read best right-aligned. */
const numeric = new Set([2, 3, 4, 5]);
const gap = '  ';

/**
 * Column widths fit their content; the title column gives way so each row
 * fits the terminal. Widths count code points, so very wide characters
 * (CJK, emoji) in a title can still push a row over.
 */
export function formatPacksTable(listings: readonly PackListing[], columns: number, cwd: string): string {
	const rows = listings
		.filter(listing => listing.status === 'ok')
		.map(listing => [
			toSingleLine(listing.id ?? ''),
			toSingleLine(listing.title ?? ''),
			String(listing.questions ?? 0),
			String(listing.due ?? 0),
			String(listing.new ?? 0),
			String(listing.mastered ?? 0),
			listing.origin,
		]);
	const lines: string[] = [];
	if (rows.length > 0) {
		const widths = headers.map((header, column) => Math.max(header.length, ...rows.map(row => length(row[column] ?? ''))));
		const others = widths.reduce((sum, width, column) => (column === 1 ? sum : sum + width), 0) + gap.length * (headers.length - 1);
		widths[1] = Math.max(headers[1].length, Math.min(widths[1] ?? 0, columns - others));
		const render = (cells: readonly string[]) =>
			cells
				.map((cell, column) => {
					const width = widths[column] ?? 0;
					const text = column === 1 ? fit(cell, width) : cell;
					// The last column needs no padding.
					if (numeric.has(column)) return text.padStart(width);
					return column === headers.length - 1 ? text : text.padEnd(width + text.length - length(text));
				})
				.join(gap);
		lines.push(render(headers), ...rows.map(render));
	} else {
		lines.push('No pack loads; every pack found is broken:');
	}
	for (const listing of listings) {
		if (listing.status === 'broken') lines.push(`✗ broken  ${displayPath(listing.file, cwd)}: ${toSingleLine(listing.reason ?? '')}`);
	}
	return `${lines.join('\n')}\n`;
}

function length(text: string): number {
	return [...text].length;
}

/** Paths under the current folder are shown relative to it; others in full. */
function displayPath(file: string, cwd: string): string {
	const relative = path.relative(cwd, path.resolve(cwd, file));
	return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}
