import {readFile} from 'node:fs/promises';
import test from 'ava';
import {formatDiagnostic} from '../../../source/core/pack/diagnostic.js';
import {checkPack, lintPackData} from '../../../source/core/pack/lint-rules.js';
import {parsePack} from '../../../source/core/pack/parse.js';

const fixtures = new URL('../../fixtures/packs/', import.meta.url);

async function fixture(name: string): Promise<string> {
	return readFile(new URL(name, fixtures), 'utf8');
}

function lines(text: string, file = 'pack.yaml'): string[] {
	return checkPack(text, file).diagnostics.map(formatDiagnostic);
}

/** A pack around the given questions, with one source and one fact so references can resolve. */
function pack(questions: string): string {
	return [
		'format: factdrill/pack@1',
		'id: test',
		'title: Test',
		'sources:',
		'  - {id: notes, title: Notes}',
		'facts:',
		'  - {id: fact-a, type: event, source: notes, date: "2001", what: Something happened.}',
		'questions:',
		questions,
	].join('\n');
}

/** Evidence and explanation, so a question draws no warnings. */
const documented = 'explanation: Because.\n    evidence: {source: notes, text: It says so.}';

test('the minimal valid pack has no problems at all', async t => {
	const {pack: loaded, diagnostics} = checkPack(await fixture('valid-minimal.yaml'), 'valid-minimal.yaml');
	t.deepEqual(diagnostics, []);
	t.is(loaded?.questions.length, 7);
});

test('a duplicate question id points at the second use and names the line of the first', async t => {
	t.deepEqual(lines(await fixture('duplicate-id.yaml'), 'duplicate-id.yaml'), [
		'duplicate-id.yaml:23:9: error: duplicate question id "q1" (first used at line 10) [duplicate-id]',
	]);
	t.is(checkPack(await fixture('duplicate-id.yaml'), 'duplicate-id.yaml').pack, undefined);
});

test('duplicate fact and source ids are errors too', t => {
	const text = [
		'format: factdrill/pack@1',
		'id: test',
		'title: Test',
		'sources:',
		'  - {id: notes, title: Notes}',
		'  - {id: notes, title: More notes}',
		'facts:',
		'  - {id: f, type: event, source: notes, date: "2001", what: A.}',
		'  - {id: f, type: event, source: notes, date: "2002", what: B.}',
		'questions:',
		`  - id: q\n    type: truefalse\n    prompt: P\n    answer: true\n    ${documented}`,
	].join('\n');
	t.deepEqual(lines(text), [
		'pack.yaml:6:10: error: duplicate source id "notes" (first used at line 5) [duplicate-id]',
		'pack.yaml:9:10: error: duplicate fact id "f" (first used at line 8) [duplicate-id]',
	]);
});

test('answers missing from their options are errors; a case slip gets a hint', async t => {
	t.deepEqual(lines(await fixture('answer-not-in-options.yaml'), 'answer-not-in-options.yaml'), [
		'answer-not-in-options.yaml:13:13: error: questions[0] (id "capital"): answer "london" is not one of the options (did you mean "London"? answers must match an option exactly) [answer-not-in-options]',
		'answer-not-in-options.yaml:22:9: error: questions[1] (id "chambers"): option "House of Commons" is listed twice (options[0] and options[2]) [duplicate-option]',
		'answer-not-in-options.yaml:25:9: error: questions[1] (id "chambers"): answer "Senate" is not one of the options [answer-not-in-options]',
	]);
});

test('options are compared as the schema reads them, with surrounding spaces trimmed', t => {
	const text = pack(`  - id: q\n    type: choice\n    prompt: P\n    options: ["Paris ", Rome]\n    answer: Paris\n    ${documented}`);
	t.deepEqual(lines(text), []);
});

test('a multi question may not list the same answer twice', t => {
	const text = pack(`  - id: q\n    type: multi\n    prompt: P\n    options: [a, b]\n    answers: [a, a]\n    ${documented}`);
	t.deepEqual(lines(text), ['pack.yaml:13:18: error: questions[0] (id "q"): answer "a" is listed twice (answers[0] and answers[1]) [duplicate-option]']);
});

test('order items and match sides must be distinct', t => {
	const order = `  - id: o\n    type: order\n    prompt: P\n    items: [first, second, first]\n    ${documented}`;
	const match = [
		'  - id: m',
		'    type: match',
		'    prompt: P',
		'    pairs:',
		'      - {left: a, right: x}',
		'      - {left: a, right: y}',
		'      - {left: b, right: x}',
		`    ${documented}`,
	].join('\n');
	t.deepEqual(lines(pack(`${order}\n${match}`)), [
		'pack.yaml:12:28: error: questions[0] (id "o"): item "first" is listed twice (items[0] and items[2]) [duplicate-item]',
		'pack.yaml:20:16: error: questions[1] (id "m"): left "a" is listed twice (pairs[0].left and pairs[1].left) [duplicate-item]',
		'pack.yaml:21:26: error: questions[1] (id "m"): right "x" is listed twice (pairs[0].right and pairs[2].right) [duplicate-item]',
	]);
});

test('a cloze needs a gap, and every gap needs an answer', t => {
	const cloze = (id: string, text: string) => `  - id: ${id}\n    type: cloze\n    prompt: P\n    text: "${text}"\n    ${documented}`;
	const text = pack([cloze('none', 'No gap here.'), cloze('empty', 'Signed in {{ }}.'), cloze('open', 'Signed in {{1951.')].join('\n'));
	t.deepEqual(lines(text), [
		'pack.yaml:12:11: error: questions[0] (id "none"): text has no gap: mark each answer as {{answer}} [cloze-syntax]',
		'pack.yaml:18:11: error: questions[1] (id "empty"): text has an empty gap {{}}: write the answer between the braces [cloze-syntax]',
		'pack.yaml:24:11: error: questions[2] (id "open"): text has no gap: mark each answer as {{answer}} [cloze-syntax]',
		'pack.yaml:24:11: error: questions[2] (id "open"): text has an unmatched "{{" or "}}": each gap is written {{answer}} [cloze-syntax]',
	]);
});

test('references to sources and facts must resolve', t => {
	const text = [
		'format: factdrill/pack@1',
		'id: test',
		'title: Test',
		'sources:',
		'  - {id: notes, title: Notes}',
		'facts:',
		'  - {id: f, type: event, source: elsewhere, date: "2001", what: A.}',
		'questions:',
		'  - id: q',
		'    type: truefalse',
		'    prompt: P',
		'    answer: true',
		'    explanation: Because.',
		'    evidence: {source: nowhere, text: It says so.}',
		'    facts: [f, g]',
	].join('\n');
	t.deepEqual(lines(text), [
		'pack.yaml:7:34: error: facts[0] (id "f"): source "elsewhere" is not one of the pack\'s sources (known: "notes") [unknown-source]',
		'pack.yaml:14:24: error: questions[0] (id "q"): evidence.source "nowhere" is not one of the pack\'s sources (known: "notes") [unknown-source]',
		'pack.yaml:15:16: error: questions[0] (id "q"): fact "g" is not one of the pack\'s facts (known: "f") [unknown-fact]',
	]);
});

test('a question without evidence or explanation only warns; the pack still loads', t => {
	const text = pack('  - id: bare\n    type: truefalse\n    prompt: P\n    answer: false');
	const {pack: loaded, diagnostics} = checkPack(text, 'pack.yaml');
	t.truthy(loaded);
	t.deepEqual(diagnostics.map(formatDiagnostic), [
		'pack.yaml:9:5: warning: questions[0] (id "bare"): no evidence: add evidence (source and text) so learners can check the answer [no-evidence]',
		'pack.yaml:9:5: warning: questions[0] (id "bare"): no explanation: add one to show after the answer [no-explanation]',
	]);
});

test('schema errors and rule errors in one file are reported together', t => {
	const text = pack(
		[
			`  - id: q\n    type: choice\n    prompt: P\n    options: [a, b]\n    answer: c\n    ${documented}`,
			`  - id: q\n    type: truefalse\n    prompt: ""\n    answer: true\n    ${documented}`,
		].join('\n'),
	);
	t.deepEqual(lines(text), [
		'pack.yaml:13:13: error: questions[0] (id "q"): answer "c" is not one of the options [answer-not-in-options]',
		'pack.yaml:16:9: error: duplicate question id "q" (first used at line 9) [duplicate-id]',
		'pack.yaml:18:13: error: questions[1] (id "q"): prompt: must not be empty [schema]',
	]);
});

test('the rules skip what the schema already rejects instead of crashing', t => {
	const {data, locate} = parsePack(pack('  - 42\n  - id: q\n    type: choice\n    options: 7\n    answer: [x]'), 'pack.yaml');
	t.notThrows(() => lintPackData(data, locate, 'pack.yaml'));
	t.notThrows(() => lintPackData({questions: [null, {type: 'multi', answers: 'a'}], facts: 'x'}, () => ({line: 1, column: 1}), 'x'));
});
