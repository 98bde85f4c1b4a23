import {toSingleLine} from '../text/sanitize.js';

/** A problem found in a pack file, with the place it was found (1-based line and column). */
export type Diagnostic = {
	file: string;
	line: number;
	column: number;
	message: string;
	severity: 'error' | 'warning';
};

/** The compiler-style line editors and CI understand: file:line:col: message */
export function formatDiagnostic(diagnostic: Diagnostic): string {
	const prefix = diagnostic.severity === 'warning' ? 'warning: ' : '';
	return `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}: ${prefix}${diagnostic.message}`;
}

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
	return diagnostics.toSorted((a, b) => a.line - b.line || a.column - b.column);
}

/** A pack's text inside a message: one line, at most 60 characters, in quotes. */
export function quote(text: string): string {
	const line = toSingleLine(text);
	return `"${line.length > 60 ? `${line.slice(0, 59)}…` : line}"`;
}
