import {LineCounter, isMap, parseDocument} from 'yaml';
import type {YAMLError} from 'yaml';
import type {z} from 'zod';
import {toSingleLine} from '../text/sanitize.js';
import {quote, sortDiagnostics, type Diagnostic} from './diagnostic.js';
import {describeValue, isRecord, packErrorMap, pathLabel, valueAt, withLabel} from './issue-messages.js';
import {packSchema} from './schema.js';
import type {Pack} from './schema.js';
import {unknownKeyMessage} from './unknown-keys.js';
import {createLocate, locationAt} from './yaml-location.js';
import type {DataPath, Locate} from './yaml-location.js';

export type ParsedPack = {
	pack: Pack | undefined;
	diagnostics: Diagnostic[];
	/** The plain data the YAML holds, before validation; undefined when the YAML itself is broken. */
	data: unknown;
	locate: Locate;
};

/**
 * Reads a pack's YAML text and validates it against the schema. Never throws:
 * every problem becomes a diagnostic with a line and column. With YAML syntax
 * errors we stop there, as a compiler stops at parse errors, because the
 * half-read data would only produce confusing schema complaints.
 */
export function parsePack(text: string, file: string): ParsedPack {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, {lineCounter, prettyErrors: false});
	const locate = createLocate(document, lineCounter);
	const diagnostic = (path: DataPath, message: string): Diagnostic => ({file, ...locate(path), message, severity: 'error'});
	const fromYaml = (error: YAMLError, severity: Diagnostic['severity']): Diagnostic => ({
		file,
		...locationAt(lineCounter, error.pos[0]),
		message: `${severity === 'error' ? 'invalid YAML' : 'YAML'}: ${yamlMessage(error, text)}`,
		severity,
	});

	const yamlWarnings = document.warnings.map(warning => fromYaml(warning, 'warning'));
	if (document.errors.length > 0) {
		const diagnostics = sortDiagnostics([...document.errors.map(error => fromYaml(error, 'error')), ...yamlWarnings]);
		return {pack: undefined, diagnostics, data: undefined, locate};
	}

	if (document.contents === null) {
		const message = 'the file is empty: a pack needs at least format, id, title and questions';
		return {pack: undefined, diagnostics: [diagnostic([], message), ...yamlWarnings], data: undefined, locate};
	}

	let data: unknown;
	try {
		data = document.toJS();
	} catch (error) {
		// toJS refuses alias bombs (too many *alias expansions) with a ReferenceError.
		const message = `cannot read the YAML: ${error instanceof Error ? error.message : String(error)}`;
		return {pack: undefined, diagnostics: [diagnostic([], message), ...yamlWarnings], data: undefined, locate};
	}

	if (!isMap(document.contents) || !isRecord(data)) {
		const message = `expected the pack's keys (format, id, title, questions, …) at the top level, got ${describeValue(data)}`;
		return {pack: undefined, diagnostics: [diagnostic([], message), ...yamlWarnings], data, locate};
	}

	const result = packSchema.safeParse(data, {error: packErrorMap});
	if (result.success) return {pack: result.data, diagnostics: yamlWarnings, data, locate};
	const schemaDiagnostics = result.error.issues.flatMap(issue => issueDiagnostics(issue, data, locate, file));
	return {pack: undefined, diagnostics: sortDiagnostics([...schemaDiagnostics, ...yamlWarnings]), data, locate};
}

/** File order: by line, then column; the sort is stable, so equal places keep their order. */
function issueDiagnostics(issue: z.core.$ZodIssue, data: unknown, locate: Locate, file: string): Diagnostic[] {
	const path: DataPath = issue.path.filter(segment => typeof segment !== 'symbol');
	if (issue.code === 'unrecognized_keys') {
		return issue.keys.map(key => ({
			file,
			...locate([...path, key], {target: 'key'}),
			message: withLabel(pathLabel(path, data), unknownKeyMessage(key, path, data)),
			severity: 'error',
		}));
	}
	// A missing key is reported on the mapping that lacks it, and the message names the key.
	const isMissing = path.length > 0 && valueAt(data, path) === undefined;
	const labelPath = isMissing ? path.slice(0, -1) : path;
	return [{file, ...locate(path), message: withLabel(pathLabel(labelPath, data), issue.message), severity: 'error'}];
}

function yamlMessage(error: YAMLError, text: string): string {
	if (error.code === 'DUPLICATE_KEY') {
		const key = /^(?:"([^"\n]*)"|'([^'\n]*)'|([^:#\n]*?))\s*:/.exec(text.slice(error.pos[0]));
		const name = key?.[1] ?? key?.[2] ?? key?.[3];
		return name ? `the key ${quote(name)} appears twice in the same mapping` : 'a key appears twice in the same mapping';
	}
	if (error.code === 'MULTIPLE_DOCS') return 'a pack is one YAML document, but this file has a second "---" document';
	const message = toSingleLine(error.message).replace(/\.$/, '');
	return `${message.charAt(0).toLowerCase()}${message.slice(1)}`;
}
