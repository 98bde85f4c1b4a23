import {sortDiagnostics, type Diagnostic} from '../../core/pack/diagnostic.js';
import {lintPackData} from '../../core/pack/lint-rules.js';
import {factsDocument, parseYamlDocument} from '../../core/pack/parse.js';
import type {FactsDocument} from '../../core/pack/schema.js';

export type ParsedFacts = {document: FactsDocument | undefined; diagnostics: Diagnostic[]};

/**
 * A facts document (factdrill/facts@1) as a teacher may have corrected it:
 * YAML syntax, the schema, then the pack's own id rules (unique source and
 * fact ids, every fact's source among the sources), each problem with its
 * line and column. `document` is set only when nothing is an error.
 */
export function parseFacts(text: string, file: string): ParsedFacts {
	const parsed = parseYamlDocument(text, file, factsDocument);
	// The pack's id rules word their messages for a pack; here the document is the facts file.
	const rules = (parsed.data === undefined ? [] : lintPackData(parsed.data, parsed.locate, file)).map(diagnostic => ({
		...diagnostic,
		message: diagnostic.message.replace("the pack's sources", 'the sources listed in this file'),
	}));
	const diagnostics = sortDiagnostics([...parsed.diagnostics, ...rules]);
	const hasError = diagnostics.some(diagnostic => diagnostic.severity === 'error');
	return {document: hasError ? undefined : parsed.value, diagnostics};
}

/**
 * Whether a text is a factdrill YAML document rather than an article: its
 * first line that is not blank, a comment or "---" sets `format: factdrill/…`.
 * A pack matches too, so that it is refused with a message saying what it is.
 */
export function looksLikeFactdrillYaml(text: string): boolean {
	for (const line of text.slice(0, 4096).split('\n')) {
		const trimmed = line.trim();
		if (trimmed === '' || trimmed.startsWith('#') || trimmed === '---') continue;
		return /^format:\s*["']?factdrill\//.test(trimmed);
	}
	return false;
}
