import test from 'ava';
import {looksLikeFactdrillYaml, parseFacts} from '../../../source/commands/generate/parse-facts.js';
import {formatDiagnostic} from '../../../source/core/pack/diagnostic.js';

function lines(text: string): string[] {
	return parseFacts(text, 'facts.yaml').diagnostics.map(formatDiagnostic);
}

const body = 'sources:\n  - {id: s, title: T}\nfacts:\n  - {id: e, type: event, source: s, date: 1998, what: Talks began}\n';

test('a valid facts document parses, dates written as numbers included', t => {
	const {document, diagnostics} = parseFacts(`format: factdrill/facts@1\n${body}`, 'facts.yaml');
	t.deepEqual(diagnostics, []);
	t.deepEqual(document?.facts, [{id: 'e', type: 'event', source: 's', date: '1998', what: 'Talks began'}]);
});

test('the format line is explained in the words of a facts document', t => {
	t.deepEqual(lines(body), ['facts.yaml:1:1: error: missing "format": a facts document, as factdrill extract --yaml writes it, starts with the line "format: factdrill/facts@1" [schema]']);
	t.deepEqual(lines(`format: facts\n${body}`), [
		'facts.yaml:1:9: error: format: expected "factdrill/facts@1", got "facts" (a facts document, as factdrill extract --yaml writes it, starts with the line "format: factdrill/facts@1") [schema]',
	]);
	t.deepEqual(lines(`format: factdrill/pack@1\nid: p\ntitle: P\nquestions: []\n`), [
		'facts.yaml:1:9: error: format: expected "factdrill/facts@1", got "factdrill/pack@1" (this is a question pack; generate reads articles and facts documents) [schema]',
	]);
});

test('the top level, an empty file and YAML errors are worded for a facts document', t => {
	t.deepEqual(lines(`format: factdrill/facts@1\ntitle: My facts\n${body}`), ['facts.yaml:2:1: error: unknown key "title" (a facts document has only format, sources and facts) [unknown-key]']);
	t.deepEqual(lines(''), ['facts.yaml:1:1: error: the file is empty: a facts document needs format (factdrill/facts@1), sources and facts [empty-file]']);
	t.deepEqual(lines('- a\n- b\n'), ['facts.yaml:1:1: error: expected the keys of a facts document (format, sources, facts) at the top level, got a list [schema]']);
	t.deepEqual(lines(`format: factdrill/facts@1\n${body}---\nformat: x\n`), [
		'facts.yaml:6:1: error: invalid YAML: a facts document is one YAML document, but this file has a second "---" document [yaml-syntax]',
	]);
});

test('duplicate ids are found as in a pack', t => {
	const text = `format: factdrill/facts@1\n${body}  - {id: e, type: person, source: s, name: Ann}\n`;
	t.deepEqual(lines(text), ['facts.yaml:6:10: error: duplicate fact id "e" (first used at line 5) [duplicate-id]']);
});

test('a factdrill YAML document is recognised by its format line, after comments', t => {
	t.true(looksLikeFactdrillYaml('# Facts extracted by factdrill\nformat: factdrill/facts@1\n'));
	t.true(looksLikeFactdrillYaml('\uFEFF---\nformat: "factdrill/facts@1"\n'));
	t.true(looksLikeFactdrillYaml('format: factdrill/pack@1\n'));
	t.false(looksLikeFactdrillYaml('Aldmark to keep pressing for straits treaty\n\nformat: factdrill/facts@1\n'));
	t.false(looksLikeFactdrillYaml('# A heading in Markdown\n'));
});
