import {plural} from '../../core/text/plural.js';
import {existsSync} from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import {formatDiagnostic, type Diagnostic} from '../../core/pack/diagnostic.js';
import {commonFileProblem, errorCode} from '../../core/text/file-messages.js';
import {stripControl} from '../../core/text/sanitize.js';
import type {CommandIo} from '../io.js';

/**
 * Why `factdrill new` cannot write `file`, or undefined. Asked before the
 * first question, so nobody types a whole pack for a file that is taken.
 */
export async function newFileProblem(file: string, cwd: string): Promise<string | undefined> {
	const absolute = path.resolve(cwd, file);
	try {
		const stats = await fs.stat(absolute);
		if (stats.isDirectory()) return `${file} is a folder; give the pack's file name, e.g. ${path.join(file, 'my-pack.yaml')}`;
		return existsMessage(file);
	} catch (error) {
		if (errorCode(error) !== 'ENOENT') return `cannot write ${file}: ${commonFileProblem(error) ?? String(error)}`;
	}
	const folder = await fs.stat(path.dirname(absolute)).catch(() => undefined);
	return folder?.isDirectory() ? undefined : `cannot write ${file}: the folder ${path.dirname(file)} does not exist`;
}

export function existsMessage(file: string): string {
	return `${file} already exists; factdrill new never replaces a file: choose another name with -o, or add questions to it with factdrill add ${file}`;
}

/** For the id prompt when the file is named after the id: the same refusal, while the id can still change. */
export function takenFileProblem(file: string, cwd: string): string | undefined {
	return existsSync(path.resolve(cwd, file)) ? `${file} already exists here; choose another id (factdrill new never replaces a file)` : undefined;
}

/** Lint's errors, one per line, for a pack that should have had none. */
export function errorLines(diagnostics: readonly Diagnostic[]): string {
	return diagnostics
		.filter(diagnostic => diagnostic.severity === 'error')
		.map(diagnostic => `  ${stripControl(formatDiagnostic(diagnostic))}`)
		.join('\n');
}

/** Warnings leave the pack usable; they are listed so the teacher knows what lint will say. */
export function reportWarnings(io: CommandIo, diagnostics: readonly Diagnostic[], file: string): void {
	const warnings = diagnostics.filter(diagnostic => diagnostic.severity === 'warning');
	if (warnings.length === 0) return;
	const lines = warnings.map(diagnostic => `  ${stripControl(formatDiagnostic(diagnostic))}`).join('\n');
	io.stderr(`factdrill: ${plural(warnings.length, 'warning')} (the pack works; factdrill lint ${file} lists them again):\n${lines}\n`);
}

/** When the file cannot be written, what was typed goes to stdout, so it is not lost. */
export function keepOnStdout(io: CommandIo, text: string): void {
	io.stderr('factdrill: here is what you wrote, so that nothing is lost:\n');
	io.stdout(text);
}
