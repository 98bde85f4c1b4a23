import {readFile} from 'node:fs/promises';
import test from 'ava';
import {formatDiagnostic} from '../../../source/core/pack/diagnostic.js';
import {parsePack} from '../../../source/core/pack/parse.js';

const fixtures = new URL('../../fixtures/packs/', import.meta.url);

async function fixture(name: string): Promise<string> {
	return readFile(new URL(name, fixtures), 'utf8');
}

/** What `factdrill lint` would print for the text. */
function lines(text: string, file = 'pack.yaml'): string[] {
	return parsePack(text, file).diagnostics.map(formatDiagnostic);
}

const header = 'format: factdrill/pack@1\nid: test\ntitle: Test\n';

test('the minimal valid pack parses, with one question of every type', async t => {
	const {pack, diagnostics} = parsePack(await fixture('valid-minimal.yaml'), 'valid-minimal.yaml');
	t.deepEqual(diagnostics, []);
	t.is(pack?.id, 'magna-carta-basics');
	t.deepEqual(pack?.questions.map(question => question.type), ['choice', 'multi', 'truefalse', 'cloze', 'short', 'order', 'match']);
	t.is(pack?.language, 'en', 'defaults are filled in');
});

test('YAML syntax errors are all reported, each with its line and column', async t => {
	t.deepEqual(lines(await fixture('yaml-syntax-error.yaml'), 'yaml-syntax-error.yaml'), [
		'yaml-syntax-error.yaml:4:1: error: invalid YAML: the key "title" appears twice in the same mapping [duplicate-key]',
		'yaml-syntax-error.yaml:11:5: error: invalid YAML: flow sequence in block collection must be sufficiently indented and end with a ] [yaml-syntax]',
		'yaml-syntax-error.yaml:12:1: error: invalid YAML: tabs are not allowed as indentation [yaml-syntax]',
	]);
});

test('schema errors are all reported, in file order, naming the question id', async t => {
	t.deepEqual(lines(await fixture('schema-error.yaml'), 'schema-error.yaml'), [
		'schema-error.yaml:12:14: error: questions[0] (id "too-many-options"): options: expected 2–6 options, got 7 [schema]',
		'schema-error.yaml:19:13: error: questions[1] (id "yes-is-not-a-boolean"): answer: expected true or false, got "yes" [schema]',
		'schema-error.yaml:22:5: error: questions[2] (id "no-prompt"): missing required key "prompt" [schema]',
	]);
});

test('an unknown question type names the types there are', async t => {
	t.deepEqual(lines(await fixture('unknown-type.yaml'), 'unknown-type.yaml'), [
		'unknown-type.yaml:16:11: error: questions[1] (id "write-an-essay"): type: unknown question type "essay" (expected one of: choice, multi, truefalse, cloze, short, order, match) [schema]',
	]);
});

test('a question without id or type is labelled by its index, at its first line', t => {
	t.deepEqual(lines(`${header}questions:\n  - prompt: Who?\n`), [
		'pack.yaml:5:5: error: questions[0]: missing "type" (expected one of: choice, multi, truefalse, cloze, short, order, match) [schema]',
	]);
});

test('an empty file, or one with only comments, gets one clear message at 1:1', t => {
	const expected = ['pack.yaml:1:1: error: the file is empty: a pack needs at least format, id, title and questions [empty-file]'];
	t.deepEqual(lines(''), expected);
	t.deepEqual(lines('\n  \n'), expected);
	t.deepEqual(lines('# nothing yet\n'), expected);
});

test('a top level that is not a mapping says what it got', t => {
	t.deepEqual(lines('- one\n- two\n'), [
		'pack.yaml:1:1: error: expected the pack\'s keys (format, id, title, questions, …) at the top level, got a list [schema]',
	]);
	t.deepEqual(lines('just a sentence\n'), [
		'pack.yaml:1:1: error: expected the pack\'s keys (format, id, title, questions, …) at the top level, got "just a sentence" [schema]',
	]);
});

test('a missing or wrong format key gets a hint', t => {
	const body = 'id: test\ntitle: Test\nquestions:\n  - {id: q, type: truefalse, prompt: P, answer: true}\n';
	t.deepEqual(lines(body), ['pack.yaml:1:1: error: missing "format": a pack starts with the line "format: factdrill/pack@1" [schema]']);
	t.deepEqual(lines(`format: factdrill/pack@2\n${body}`), [
		'pack.yaml:1:9: error: format: expected "factdrill/pack@1", got "factdrill/pack@2" (this pack was written for a newer factdrill; update factdrill to read it) [schema]',
	]);
	t.deepEqual(lines(`format: quiz\n${body}`), [
		'pack.yaml:1:9: error: format: expected "factdrill/pack@1", got "quiz" (a pack starts with the line "format: factdrill/pack@1") [schema]',
	]);
});

test('a missing key is reported at the mapping that lacks it', t => {
	t.deepEqual(lines('format: factdrill/pack@1\nid: test\ntitle: Test\n'), ['pack.yaml:1:1: error: missing required key "questions" [schema]']);
	const text = `${header}questions:\n  - id: m\n    type: match\n    prompt: Match\n    pairs:\n      - left: a\n        right: b\n      - left: c\n`;
	t.deepEqual(lines(text), ['pack.yaml:11:9: error: questions[0] (id "m"): pairs[1]: missing required key "right" [schema]']);
});

test('an unknown key is reported at the key, with the likely intended one', t => {
	const text = `${header}questions:\n  - id: q\n    type: multi\n    prompt: P\n    options: [a, b]\n    answer: [a]\n    explaination: x\n`;
	t.deepEqual(lines(text), [
		'pack.yaml:5:5: error: questions[0] (id "q"): missing required key "answers" [schema]',
		'pack.yaml:9:5: error: questions[0] (id "q"): unknown key "answer" (did you mean "answers"?) [unknown-key]',
		'pack.yaml:10:5: error: questions[0] (id "q"): unknown key "explaination" (did you mean "explanation"?) [unknown-key]',
	]);
	t.deepEqual(lines(`${header}colour: red\nquestions:\n  - {id: q, type: truefalse, prompt: P, answer: true}\n`), [
		'pack.yaml:4:1: error: unknown key "colour" (allowed here: format, id, title, description, author, language, version, license, tags, study, exam, sources, facts, questions) [unknown-key]',
	]);
});

test('a number where text is expected suggests quotes; limits name both ends', t => {
	const text = `${header}questions:\n  - id: q\n    type: choice\n    prompt: P\n    options: [1945, 1946]\n    answer: "1945"\n    difficulty: 2\n`;
	t.deepEqual(lines(text), [
		'pack.yaml:8:15: error: questions[0] (id "q"): options[0]: expected text, got the number 1945 (put it in quotes to use it as text: "1945") [schema]',
		'pack.yaml:8:21: error: questions[0] (id "q"): options[1]: expected text, got the number 1946 (put it in quotes to use it as text: "1946") [schema]',
		'pack.yaml:10:17: error: questions[0] (id "q"): difficulty: expected a number from 0 to 1, got the number 2 [schema]',
	]);
});

test('facts and sources are labelled by id too', t => {
	const text = `${header}sources:\n  - id: s\n    title: S\n    url: not a url\nfacts:\n  - id: f\n    type: rumour\n    source: s\nquestions:\n  - {id: q, type: truefalse, prompt: P, answer: true}\n`;
	t.deepEqual(lines(text), [
		'pack.yaml:7:10: error: sources[0] (id "s"): url: expected a web address such as https://example.org/news/story, got "not a url" [schema]',
		'pack.yaml:10:11: error: facts[0] (id "f"): type: unknown fact type "rumour" (expected one of: quote, event, treaty, person) [schema]',
	]);
});

test('pack text in messages cannot carry terminal escape sequences', t => {
	const text = `${header}questions:\n  - id: q\n    type: "\\u001B]0;pwned\\u0007essay"\n    prompt: P\n`;
	const [message] = lines(text);
	t.false(message?.includes('\u001B'));
	t.regex(message ?? '', /unknown question type "essay"/);
});

test('an alias bomb is refused with a message instead of hanging or throwing', t => {
	const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
	for (let level = 1; level < 9; level++) {
		const previous = String.fromCharCode(96 + level);
		const name = String.fromCharCode(97 + level);
		levels.push(`${name}: &${name} [${Array.from({length: 10}, () => `*${previous}`).join(', ')}]`);
	}
	const {pack, diagnostics} = parsePack(`${levels.join('\n')}\n`, 'bomb.yaml');
	t.is(pack, undefined);
	t.is(diagnostics.length, 1);
	t.regex(diagnostics[0]?.message ?? '', /^cannot read the YAML: /);
});

test('a file with several YAML documents is refused', t => {
	t.deepEqual(lines(`${header}---\nid: second\n`), [
		'pack.yaml:4:1: error: invalid YAML: a pack is one YAML document, but this file has a second "---" document [yaml-syntax]',
	]);
});

test('YAML warnings are reported as warnings and do not stop the pack loading', t => {
	const {pack, diagnostics} = parsePack(`${header}questions:\n  - {id: q, type: truefalse, prompt: !shout P, answer: true}\n`, 'pack.yaml');
	t.truthy(pack);
	t.deepEqual(diagnostics.map(formatDiagnostic), ['pack.yaml:5:38: warning: YAML: unresolved tag: !shout [yaml-warning]']);
});

test('a question, fact or source without an id breaks the missing-id rule, which lint --fix repairs', t => {
	const text = `${header}sources:\n  - {title: Notes}\nquestions:\n  - {type: truefalse, prompt: P, answer: true}\n  - {id: q, type: truefalse, prompt: Q, answer: true}\n`;
	t.deepEqual(lines(text), [
		'pack.yaml:5:5: error: sources[0]: missing required key "id" [missing-id]',
		'pack.yaml:7:5: error: questions[0]: missing required key "id" [missing-id]',
	]);
});
