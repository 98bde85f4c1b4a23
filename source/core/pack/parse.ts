import {LineCounter, isMap, parseDocument} from 'yaml';
import type {YAMLError} from 'yaml';
import type {z} from 'zod';
import {toSingleLine} from '../text/sanitize.js';
import {diagnosticOf, quote, sortDiagnostics, type Diagnostic} from './diagnostic.js';
import {isRecord} from '../is-record.js';
import {describeValue, packErrorMap, pathLabel, valueAt, withLabel} from './issue-messages.js';
import {factsDocumentSchema, factsFormat, packFormat, packSchema} from './schema.js';
import type {FactsDocument, Pack} from './schema.js';
import {unknownKeyMessage} from './unknown-keys.js';
import {createLocate, locationAt} from './yaml-location.js';
import type {DataPath, Locate} from './yaml-location.js';
import type {RuleId} from './rules.js';
import {errorMessage} from '../text/error-message.js';

/** A YAML document read and validated against a schema; `value` is set only when it passed. */
export type ParsedYaml<T> = {
	value: T | undefined;
	diagnostics: Diagnostic[];
	/** The plain data the YAML holds, before validation; undefined when the YAML itself is broken. */
	data: unknown;
	locate: Locate;
};

export type ParsedPack = Omit<ParsedYaml<Pack>, 'value'> & {pack: Pack | undefined};

/** What kind of document a file should hold, and how to word what is wrong with one. */
export type YamlDocumentKind<T> = {
	schema: z.ZodType<T>;
	errorMap: z.core.$ZodErrorMap;
	/** "a pack", for "a pack is one YAML document". */
	noun: string;
	/** The message for a file with no content at all. */
	empty: string;
	/** The top-level keys it expects, for "expected the pack's keys (…) at the top level". */
	topLevel: string;
	/** "unknown key …" with the keys that would fit there. */
	unknownKey: (key: string, path: DataPath, data: unknown) => string;
	/** A message when the data is plainly another kind of document; then nothing else is reported. */
	wrongKind?: (data: Record<string, unknown>) => string | undefined;
};

export const packDocument: YamlDocumentKind<Pack> = {
	schema: packSchema,
	errorMap: packErrorMap,
	noun: 'a pack',
	empty: 'the file is empty: a pack needs at least format, id, title and questions',
	topLevel: "the pack's keys (format, id, title, questions, …)",
	unknownKey: unknownKeyMessage,
};

/**
 * Reads a pack's YAML text and validates it against the schema. Never throws:
 * every problem becomes a diagnostic with a line and column.
 */
export function parsePack(text: string, file: string): ParsedPack {
	const {value, ...rest} = parseYamlDocument(text, file, packDocument);
	return {pack: value, ...rest};
}

/** What `factdrill extract --yaml` writes and `factdrill generate` reads. */
export const factsDocument: YamlDocumentKind<FactsDocument> = {
	schema: factsDocumentSchema,
	errorMap: issue => (isFormatKey(issue.path) ? factsFormatMessage(issue.input) : packErrorMap(issue)),
	noun: 'a facts document',
	empty: `the file is empty: a facts document needs format (${factsFormat}), sources and facts`,
	topLevel: 'the keys of a facts document (format, sources, facts)',
	// Sources and facts are written as in a pack; only the top level differs.
	unknownKey: (key, path, data) =>
		path.length === 0 ? `unknown key ${quote(key)} (a facts document has only format, sources and facts)` : unknownKeyMessage(key, path, data),
	wrongKind: data => (data['format'] === packFormat ? `format: ${factsFormatMessage(packFormat)}` : undefined),
};

function isFormatKey(path: readonly PropertyKey[] | undefined): boolean {
	return path?.length === 1 && path[0] === 'format';
}

function factsFormatMessage(input: unknown): string {
	const starts = `a facts document, as factdrill extract --yaml writes it, starts with the line "format: ${factsFormat}"`;
	if (input === undefined) return `missing "format": ${starts}`;
	const hint = input === packFormat ? 'this is a question pack; generate reads articles and facts documents' : starts;
	return `expected "${factsFormat}", got ${describeValue(input)} (${hint})`;
}

/**
 * Reads YAML text and validates it against the kind's schema. Never throws:
 * every problem becomes a diagnostic with a line and column. With YAML syntax
 * errors we stop there, as a compiler stops at parse errors, because the
 * half-read data would only produce confusing schema complaints.
 */
export function parseYamlDocument<T>(text: string, file: string, kind: YamlDocumentKind<T>): ParsedYaml<T> {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, {lineCounter, prettyErrors: false});
	const locate = createLocate(document, lineCounter);
	const diagnostic = (path: DataPath, message: string, rule: RuleId = 'schema'): Diagnostic => diagnosticOf(rule, file, locate(path), message);
	const fromYaml = (error: YAMLError, rule: RuleId): Diagnostic => {
		const prefix = rule === 'yaml-warning' ? 'YAML' : 'invalid YAML';
		return diagnosticOf(rule, file, locationAt(lineCounter, error.pos[0]), `${prefix}: ${yamlMessage(error, text, kind.noun)}`);
	};

	const yamlWarnings = document.warnings.map(warning => fromYaml(warning, 'yaml-warning'));
	if (document.errors.length > 0) {
		const errors = document.errors.map(error => fromYaml(error, error.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax'));
		return {value: undefined, diagnostics: sortDiagnostics([...errors, ...yamlWarnings]), data: undefined, locate};
	}

	if (document.contents === null) {
		return {value: undefined, diagnostics: [diagnostic([], kind.empty, 'empty-file'), ...yamlWarnings], data: undefined, locate};
	}

	let data: unknown;
	try {
		data = document.toJS();
	} catch (error) {
		// toJS refuses alias bombs (too many *alias expansions) with a ReferenceError.
		const message = `cannot read the YAML: ${errorMessage(error)}`;
		return {value: undefined, diagnostics: [diagnostic([], message, 'yaml-syntax'), ...yamlWarnings], data: undefined, locate};
	}

	if (!isMap(document.contents) || !isRecord(data)) {
		const message = `expected ${kind.topLevel} at the top level, got ${describeValue(data)}`;
		return {value: undefined, diagnostics: [diagnostic([], message), ...yamlWarnings], data, locate};
	}

	const wrongKind = kind.wrongKind?.(data);
	if (wrongKind !== undefined) return {value: undefined, diagnostics: [diagnostic(['format'], wrongKind), ...yamlWarnings], data: undefined, locate};

	const result = kind.schema.safeParse(data, {error: kind.errorMap});
	if (result.success) return {value: result.data, diagnostics: yamlWarnings, data, locate};
	const schemaDiagnostics = result.error.issues.flatMap(issue => issueDiagnostics(issue, data, locate, file, kind.unknownKey));
	return {value: undefined, diagnostics: sortDiagnostics([...schemaDiagnostics, ...yamlWarnings]), data, locate};
}

/** File order: by line, then column; the sort is stable, so equal places keep their order. */
function issueDiagnostics(
	issue: z.core.$ZodIssue,
	data: unknown,
	locate: Locate,
	file: string,
	unknownKey: YamlDocumentKind<unknown>['unknownKey'],
): Diagnostic[] {
	const path: DataPath = issue.path.filter(segment => typeof segment !== 'symbol');
	if (issue.code === 'unrecognized_keys') {
		return issue.keys.map(key =>
			diagnosticOf('unknown-key', file, locate([...path, key], {target: 'key'}), withLabel(pathLabel(path, data), unknownKey(key, path, data))),
		);
	}
	// A missing key is reported on the mapping that lacks it, and the message names the key.
	const isMissing = path.length > 0 && valueAt(data, path) === undefined;
	const labelPath = isMissing ? path.slice(0, -1) : path;
	const rule = isMissing && isItemId(path) ? 'missing-id' : 'schema';
	return [diagnosticOf(rule, file, locate(path), withLabel(pathLabel(labelPath, data), issue.message))];
}

/** questions[3].id, facts[0].id, sources[1].id: the ids lint --fix can add. */
function isItemId(path: DataPath): boolean {
	return path.length === 3 && ['questions', 'facts', 'sources'].includes(String(path[0])) && typeof path[1] === 'number' && path[2] === 'id';
}

function yamlMessage(error: YAMLError, text: string, noun: string): string {
	if (error.code === 'DUPLICATE_KEY') {
		const key = /^(?:"([^"\n]*)"|'([^'\n]*)'|([^:#\n]*?))\s*:/.exec(text.slice(error.pos[0]));
		const name = key?.[1] ?? key?.[2] ?? key?.[3];
		return name ? `the key ${quote(name)} appears twice in the same mapping` : 'a key appears twice in the same mapping';
	}
	if (error.code === 'MULTIPLE_DOCS') return `${noun} is one YAML document, but this file has a second "---" document`;
	const message = toSingleLine(error.message).replace(/\.$/, '');
	return `${message.charAt(0).toLowerCase()}${message.slice(1)}`;
}
