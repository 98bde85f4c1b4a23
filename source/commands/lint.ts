import {stat} from 'node:fs/promises';
import path from 'node:path';
import {diagnosticOf, formatDiagnostic} from '../core/pack/diagnostic.js';
import type {Diagnostic} from '../core/pack/diagnostic.js';
import {loadPacks, packFilesIn} from '../core/pack/load.js';
import type {PackEntry, PackFile} from '../core/pack/load.js';
import {plural} from '../core/text/plural.js';
import type {CommandIo} from './io.js';
import {fixFile, type FileFix} from './lint/fix-files.js';

/**
 * factdrill lint <file|folder>... [--json] [--fix] [--strict]
 *
 * Prints every problem as file:line:col: error|warning: message [rule] on
 * stdout, like a compiler, then one summary line. Exit codes: 0 when no
 * file has an error (warnings alone pass, unless --strict), 1 when any file
 * has an error, 2 for a usage error (nothing to lint). Folders are linted
 * one level deep (*.yaml, *.yml); a folder without pack files is an error,
 * so a wrong path in CI cannot pass. Paths are printed as the user typed
 * them. Two files with the same pack id are an error, as they would be when
 * factdrill loads them. --fix first makes the safe repairs (see
 * core/pack/fix) in place, then reports what is left.
 */
export const lintUsage = 'usage: factdrill lint [--json] [--fix] [--strict] <pack.yaml | folder>...\n';

export type LintOptions = {json?: boolean; fix?: boolean; strict?: boolean};

/** One file's problems; with --fix, `fixed` counts the repairs made to it before it was checked. */
export type LintResult = {file: string; ok: boolean; diagnostics: Diagnostic[]; fixed?: number};

export async function runLint(files: readonly string[], io: CommandIo, options: LintOptions = {}): Promise<number> {
	if (files.length === 0) {
		io.stderr(`factdrill lint: give at least one pack file or folder\n${lintUsage}`);
		return 2;
	}
	const packFiles = await packFilesOf(files, io.cwd);
	const fixes = options.fix ? await Promise.all(packFiles.files.map(({file}) => fixFile(file, io.cwd))) : [];
	const results = withFixes(await lintFiles(packFiles, io.cwd), fixes);
	for (const fix of fixes) if ('problem' in fix) io.stderr(`factdrill lint: ${fix.file}: ${fix.problem}\n`);
	if (options.json) io.stdout(`${JSON.stringify(results, null, 2)}\n`);
	else io.stdout(`${fixedLines(fixes)}${formatReport(results)}`);
	const diagnostics = results.flatMap(result => result.diagnostics);
	const failed = !results.every(result => result.ok) || fixes.some(fix => 'problem' in fix) || (options.strict === true && diagnostics.length > 0);
	return failed ? 1 : 0;
}

/** Lints every file and folder given, in the order given, each file once. */
export async function lintPaths(paths: readonly string[], cwd: string): Promise<LintResult[]> {
	return lintFiles(await packFilesOf(paths, cwd), cwd);
}

type PackFiles = {
	files: PackFile[];
	/** Each slot is a file to load (its index in files) or a folder with nothing to load. */
	slots: Array<number | LintResult>;
};

async function packFilesOf(paths: readonly string[], cwd: string): Promise<PackFiles> {
	const files: PackFile[] = [];
	const slots: PackFiles['slots'] = [];
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
	return {files, slots};
}

async function lintFiles({files, slots}: PackFiles, cwd: string): Promise<LintResult[]> {
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

function withFixes(results: LintResult[], fixes: readonly FileFix[]): LintResult[] {
	if (fixes.length === 0) return results;
	const fixed = new Map(fixes.map(fix => [fix.file, 'fixed' in fix ? fix.fixed : 0]));
	return results.map(result => ({...result, fixed: fixed.get(result.file) ?? 0}));
}

function fixedLines(fixes: readonly FileFix[]): string {
	return fixes
		.filter(fix => 'fixed' in fix && fix.fixed > 0)
		.map(fix => `fixed ${plural('fixed' in fix ? fix.fixed : 0, 'problem')} in ${fix.file}\n`)
		.join('');
}

function emptyFolderResult(folder: string): LintResult {
	const message = 'no pack files (.yaml or .yml) in this folder';
	return {file: folder, ok: false, diagnostics: [diagnosticOf('no-pack-files', folder, {line: 1, column: 1}, message)]};
}

export function formatReport(results: readonly LintResult[]): string {
	const lines = results.flatMap(result => result.diagnostics.map(formatDiagnostic));
	const all = results.flatMap(result => result.diagnostics);
	const errors = all.filter(diagnostic => diagnostic.severity === 'error').length;
	const warnings = all.length - errors;
	if (all.length === 0) {
		lines.push(`✔ ${plural(results.length, 'file')} OK`);
	} else {
		const withProblems = results.filter(result => result.diagnostics.length > 0).length;
		lines.push(`${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(withProblems, 'file')}`);
	}
	return `${lines.join('\n')}\n`;
}

