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
