import {readFile, readdir, stat} from 'node:fs/promises';
import path from 'node:path';
import {commonFileProblem, errorCode, megabytes} from '../text/file-messages.js';
import {diagnosticOf, quote, sortDiagnostics, type Diagnostic} from './diagnostic.js';
import type {Pack} from './schema.js';
import {errorMessage} from '../text/error-message.js';

export type PackOrigin = 'built-in' | 'user' | 'file';

export type PackEntry =
	| {file: string; origin: PackOrigin; status: 'ok'; pack: Pack; warnings: Diagnostic[]}
	| {
			file: string;
			origin: PackOrigin;
			status: 'broken';
			/** Every problem found, warnings included, in file order. */
			diagnostics: Diagnostic[];
			/** The first error's message, on one line. */
			reason: string;
	  };

export type LoadedEntry = Extract<PackEntry, {status: 'ok'}>;
export type BrokenEntry = Extract<PackEntry, {status: 'broken'}>;

export function isLoaded(entry: PackEntry): entry is LoadedEntry {
	return entry.status === 'ok';
}

export function isBroken(entry: PackEntry): entry is BrokenEntry {
	return entry.status === 'broken';
}

/** The packs of the entries that loaded, in order. */
export function loadedPacks(entries: readonly PackEntry[]): Pack[] {
	return entries.filter(isLoaded).map(entry => entry.pack);
}

export type PackDirectory = {path: string; origin: 'built-in' | 'user'};

/**
 * Checked packs remembered between runs, keyed by file and fingerprint
 * (size and modification time). A hit skips reading, YAML parsing and
 * schema validation, which are most of a start-up's work.
 */
export type PackCache = {
	get(file: string, fingerprint: string): CheckedPack | undefined;
	set(file: string, fingerprint: string, checked: CheckedPack): void;
};

/** A pack that passed its checks, with where its id is written (for an id clash found later). */
export type CheckedPack = {pack: Pack; warnings: Diagnostic[]; idAt: {line: number; column: number}};

/** Packs are hand-written text; anything bigger is a mistake or an attack on memory. */
export const maxPackBytes = 5 * 1024 * 1024;

/**
 * Reads and checks one pack file. Never throws: a file that cannot be read
 * becomes a broken entry. `file` is kept as given, for messages; it is read
 * relative to `cwd`.
 */
export async function loadPackFile(file: string, origin: PackOrigin = 'file', cwd: string = process.cwd()): Promise<PackEntry> {
	const {entry} = await loadEntry(file, origin, cwd);
	return entry;
}

type Loaded = {entry: PackEntry; idAt?: {line: number; column: number}};

async function loadEntry(file: string, origin: PackOrigin, cwd: string, cache?: PackCache): Promise<Loaded> {
	const absolute = path.resolve(cwd, file);
	const fingerprint = cache ? await fingerprintOf(absolute) : undefined;
	const cached = fingerprint === undefined ? undefined : cache?.get(absolute, fingerprint);
	if (cached) return {entry: {file, origin, status: 'ok', pack: cached.pack, warnings: cached.warnings}, idAt: cached.idAt};
	const text = await readPackText(absolute);
	if (typeof text !== 'string') return {entry: brokenEntry(file, origin, [atStart(file, text.problem)])};
	// Imported here so a start-up served from the cache never loads the YAML parser or zod.
	const {checkPack} = await import('./lint-rules.js');
	const {pack, diagnostics, locate} = checkPack(text, file);
	if (!pack) return {entry: brokenEntry(file, origin, diagnostics)};
	const {line, column} = locate(['id']);
	if (fingerprint !== undefined) cache?.set(absolute, fingerprint, {pack, warnings: diagnostics, idAt: {line, column}});
	return {entry: {file, origin, status: 'ok', pack, warnings: diagnostics}, idAt: {line, column}};
}

async function fingerprintOf(file: string): Promise<string | undefined> {
	try {
		const stats = await stat(file);
		return stats.isFile() ? `${stats.size}:${stats.mtimeMs}` : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Every *.yaml / *.yml pack in the directories, ok and broken side by side:
 * ok ones sorted by title, broken ones after them in the order found
 * (directory order, then file name). A directory that
 * does not exist has no packs. When two packs share an id the one found
 * first wins, in the order the directories are given (built-in before user)
 * and then by file name; the other is marked broken.
 */
export async function discoverPacks(directories: PackDirectory[], cache?: PackCache, extraFiles: readonly string[] = []): Promise<PackEntry[]> {
	const files: PackFile[] = [];
	const unreadable: PackEntry[] = [];
	for (const directory of directories) {
		const listing = await packFilesIn(directory.path);
		if ('problem' in listing) unreadable.push(brokenEntry(directory.path, directory.origin, [atStart(directory.path, listing.problem)]));
		else files.push(...listing.files.map(file => ({file, origin: directory.origin})));
	}
	// Files given with --pack come last: a pack folder's pack keeps its id if one of them clashes.
	files.push(...extraFiles.map(file => ({file, origin: 'file' as const})));
	return sortEntries([...(await loadPacks(files, process.cwd(), cache)), ...unreadable]);
}

export type PackFile = {file: string; origin: PackOrigin};

/**
 * Loads the files in parallel and returns them in the given order. Pack ids
 * must be unique: a pack whose id an earlier file already uses is marked
 * broken, naming that file.
 */
export async function loadPacks(files: readonly PackFile[], cwd: string = process.cwd(), cache?: PackCache): Promise<PackEntry[]> {
	const loaded = await Promise.all(files.map(({file, origin}) => loadEntry(file, origin, cwd, cache)));
	const owners = new Map<string, string>();
	return loaded.map(item => claimId(item, owners));
}

/**
 * The pack `factdrill study <pack>` means: an ok pack with that id, else any
 * entry (ok or broken) whose file is that path. Undefined when nothing
 * matches; a path outside the pack folders can then be read with loadPackFile.
 */
export function findPack(entries: readonly PackEntry[], idOrPath: string, cwd: string = process.cwd()): PackEntry | undefined {
	const id = idOrPath.trim().toLowerCase();
	const byId = entries.find(entry => entry.status === 'ok' && entry.pack.id === id);
	if (byId) return byId;
	const wanted = path.resolve(cwd, idOrPath);
	return entries.find(entry => path.resolve(cwd, entry.file) === wanted);
}

/** The *.yaml and *.yml files directly inside a folder, sorted; none when the folder does not exist. */
export async function packFilesIn(directory: string): Promise<{files: string[]} | {problem: string}> {
	try {
		const names = await readdir(directory);
		const packNames = names.filter(name => /\.ya?ml$/i.test(name) && !name.startsWith('.'));
		return {files: packNames.sort().map(name => path.join(directory, name))};
	} catch (error) {
		const code = errorCode(error);
		if (code === 'ENOENT') return {files: []};
		return {problem: code === 'ENOTDIR' ? 'is a file, not a folder of packs' : `cannot list the folder: ${describeReadError(error)}`};
	}
}

/** A pack file's text, or why it cannot be read: a folder, a device, over the size cap, not UTF-8. */
export async function readPackText(file: string): Promise<string | {problem: string}> {
	try {
		const stats = await stat(file);
		if (stats.isDirectory()) return {problem: 'is a folder, not a pack file'};
		// Reading a FIFO or a device would block or never end.
		if (!stats.isFile()) return {problem: 'is not a regular file'};
		if (stats.size > maxPackBytes) return {problem: `the file is ${megabytes(stats.size)}; packs are limited to ${megabytes(maxPackBytes)}`};
		const bytes = await readFile(file);
		if (bytes.length > maxPackBytes) return {problem: `the file is ${megabytes(bytes.length)}; packs are limited to ${megabytes(maxPackBytes)}`};
		return decodeUtf8(bytes);
	} catch (error) {
		return {problem: describeReadError(error)};
	}
}

function decodeUtf8(bytes: Uint8Array): string | {problem: string} {
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
		return {problem: 'the file is UTF-16 text; save it as UTF-8'};
	}
	try {
		return new TextDecoder('utf-8', {fatal: true}).decode(bytes);
	} catch {
		return {problem: 'the file is not valid UTF-8 text; save it as UTF-8'};
	}
}

function describeReadError(error: unknown): string {
	if (errorCode(error) === 'EISDIR') return 'is a folder, not a pack file';
	return commonFileProblem(error) ?? `cannot read the file (${errorMessage(error)})`;
}

function claimId({entry, idAt}: Loaded, owners: Map<string, string>): PackEntry {
	if (entry.status !== 'ok') return entry;
	const owner = owners.get(entry.pack.id);
	if (owner === undefined) {
		owners.set(entry.pack.id, entry.file);
		return entry;
	}
	const message = `pack id ${quote(entry.pack.id)} is already used by ${owner}; give this pack another id`;
	const clash = diagnosticOf('duplicate-pack-id', entry.file, idAt ?? {line: 1, column: 1}, message);
	return brokenEntry(entry.file, entry.origin, sortDiagnostics([clash, ...entry.warnings]));
}

function sortEntries(entries: PackEntry[]): PackEntry[] {
	const title = (entry: PackEntry) => (entry.status === 'ok' ? entry.pack.title : '');
	return entries.toSorted((a, b) => {
		if (a.status !== b.status) return a.status === 'ok' ? -1 : 1;
		// Broken entries (no title) keep the order they were found in.
		return title(a).localeCompare(title(b), 'en', {sensitivity: 'base'});
	});
}

function atStart(file: string, message: string): Diagnostic {
	return diagnosticOf('unreadable-file', file, {line: 1, column: 1}, message);
}

function brokenEntry(file: string, origin: PackOrigin, diagnostics: Diagnostic[]): PackEntry {
	const firstError = diagnostics.find(diagnostic => diagnostic.severity === 'error');
	const reason = (firstError?.message ?? 'unknown problem').replace(/\s+/g, ' ');
	return {file, origin, status: 'broken', diagnostics, reason};
}
