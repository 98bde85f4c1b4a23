import {stat} from 'node:fs/promises';
import path from 'node:path';
import {formatDiagnostic} from '../core/pack/diagnostic.js';
import type {Diagnostic} from '../core/pack/diagnostic.js';
import {loadPacks, packFilesIn} from '../core/pack/load.js';
import type {PackEntry, PackFile} from '../core/pack/load.js';
import type {CommandIo} from './io.js';

/**
 * factdrill lint <file|folder>... [--json]
 *
 * Prints every problem as file:line:col: message on stdout, like a
 * compiler, then one summary line. Exit codes: 0 when no file has an error
 * (warnings alone pass), 1 when any file has an error, 2 for a usage error
 * (nothing to lint). Folders are linted one level deep (*.yaml, *.yml); a
 * folder without pack files is an error, so a wrong path in CI cannot pass.
 * Paths are printed as the user typed them. Two files with the same pack id
 * are an error, as they would be when factdrill loads them.
 */
export const lintUsage = 'usage: factdrill lint [--json] <pack.yaml | folder>...\n';

export type LintOptions = {json?: boolean};

export type LintResult = {file: string; ok: boolean; diagnostics: Diagnostic[]};

export async function runLint(files: readonly string[], io: CommandIo, options: LintOptions = {}): Promise<number> {
	if (files.length === 0) {
		io.stderr(`factdrill lint: give at least one pack file or folder\n${lintUsage}`);
		return 2;
	}
	const results = await lintPaths(files, io.cwd);
	if (options.json) io.stdout(`${JSON.stringify(results, null, 2)}\n`);
	else io.stdout(formatReport(results));
	return results.every(result => result.ok) ? 0 : 1;
}

/** Lints every file and folder given, in the order given, each file once. */
export async function lintPaths(paths: readonly string[], cwd: string): Promise<LintResult[]> {
	const files: PackFile[] = [];
	// Each slot is a file to load (its index in files) or a folder with nothing to load.
	const slots: Array<number | LintResult> = [];
	const seen = new Set<string>();
	for (const given of paths) {
		const expanded = await expand(given, cwd);
		if (expanded.length === 0) slots.push(emptyFolderResult(given));
		for (const file of expanded) {
			const resolved = path.resolve(cwd, file);
			if (seen.has(resolved)) continue;
			seen.add(resolved);
			slots.push(files.length);
			files.push({file, origin: 'file'});
		}
	}
	const entries = await loadPacks(files, cwd);
	return slots.flatMap(slot => {
		if (typeof slot !== 'number') return [slot];
		const entry = entries[slot];
		return entry ? [toResult(entry)] : [];
	});
}

async function expand(given: string, cwd: string): Promise<string[]> {
	const isFolder = await stat(path.resolve(cwd, given)).then(
		stats => stats.isDirectory(),
		() => false,
	);
	if (!isFolder) return [given];
	const listing = await packFilesIn(path.resolve(cwd, given));
	if ('problem' in listing) return [given];
	// Keep the folder as typed ("questions/x.yaml", not an absolute path).
	return listing.files.map(file => path.join(given, path.basename(file)));
}

function toResult(entry: PackEntry): LintResult {
	const diagnostics = entry.status === 'ok' ? entry.warnings : entry.diagnostics;
	return {file: entry.file, ok: entry.status === 'ok', diagnostics};
}

function emptyFolderResult(folder: string): LintResult {
	const message = 'no pack files (.yaml or .yml) in this folder';
	return {file: folder, ok: false, diagnostics: [{file: folder, line: 1, column: 1, message, severity: 'error'}]};
}

export function formatReport(results: readonly LintResult[]): string {
	const lines = results.flatMap(result => result.diagnostics.map(formatDiagnostic));
	const all = results.flatMap(result => result.diagnostics);
	const errors = all.filter(diagnostic => diagnostic.severity === 'error').length;
	const warnings = all.length - errors;
	if (all.length === 0) {
		lines.push(`✔ ${count(results.length, 'file')} OK`);
	} else {
		const withProblems = results.filter(result => result.diagnostics.length > 0).length;
		lines.push(`${count(errors, 'error')}, ${count(warnings, 'warning')} in ${count(withProblems, 'file')}`);
	}
	return `${lines.join('\n')}\n`;
}

function count(value: number, noun: string): string {
	return `${value} ${noun}${value === 1 ? '' : 's'}`;
}
