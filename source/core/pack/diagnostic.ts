import {toSingleLine} from '../text/sanitize.js';
import {severityOf, type RuleId} from './rules.js';

/** A problem found in a pack file, with the place it was found (1-based line and column) and the rule it breaks. */
export type Diagnostic = {
	file: string;
	line: number;
	column: number;
	message: string;
	severity: 'error' | 'warning';
	/** One of the ids in rules.ts, printed after the message so a reader can look the rule up. */
	rule: RuleId;
};

/** A diagnostic with its rule's severity. */
export function diagnosticOf(rule: RuleId, file: string, location: {line: number; column: number}, message: string): Diagnostic {
	return {file, line: location.line, column: location.column, message, severity: severityOf(rule), rule};
}

/** The compiler-style line editors and CI understand: file:line:col: error: message [rule] */
export function formatDiagnostic(diagnostic: Diagnostic): string {
	return `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.severity}: ${diagnostic.message} [${diagnostic.rule}]`;
}

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
	return diagnostics.toSorted((a, b) => a.line - b.line || a.column - b.column);
}

/** A pack's text inside a message: one line, at most 60 characters, in quotes. */
export function quote(text: string): string {
	const line = toSingleLine(text);
	return `"${line.length > 60 ? `${line.slice(0, 59)}…` : line}"`;
}
