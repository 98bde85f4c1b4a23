import test from 'ava';
import {appendQuestions} from '../../../source/commands/author/append-question.js';
import {checkPack} from '../../../source/core/pack/lint-rules.js';
import type {Question} from '../../../source/core/pack/schema.js';

const added: Question = {id: 'new-one', type: 'truefalse', prompt: 'Added?', answer: true, explanation: 'Yes.'};
const head = 'format: factdrill/pack@1\nid: p\ntitle: P\n';
const first = '  - id: old\n    type: truefalse\n    prompt: Old?\n    answer: false\n    explanation: No.\n';

function idsOf(text: string): string[] | undefined {
	return checkPack(text, 'p.yaml').pack?.questions.map(question => question.id);
}

test('a list without blank lines between entries gets none; the text before and after is kept', t => {
	const text = `${head}questions:\n${first}# after\n`;
	const entry = '  - id: new-one\n    type: truefalse\n    prompt: Added?\n    answer: true\n    explanation: Yes.\n';
	t.is(appendQuestions(text, [added]), `${head}questions:\n${first}${entry}# after\n`);
});

test('a file that ends without a newline gets one before the new entry', t => {
	const text = `${head}questions:\n${first.trimEnd()}`;
	const result = appendQuestions(text, [added]);
	t.true(result.startsWith(text + '\n  - id: new-one\n'));
	t.deepEqual(idsOf(result), ['old', 'new-one']);
});

test('Windows line endings are kept, in the new lines too', t => {
	const text = `${head}questions:\n${first}# end\n`.replaceAll('\n', '\r\n');
	const result = appendQuestions(text, [added, {...added, id: 'newer'}]);
	t.false(/[^\r]\n/.test(result), 'every newline is CRLF');
	t.true(result.startsWith(text.slice(0, text.indexOf('# end'))));
	t.true(result.endsWith('# end\r\n'));
	t.deepEqual(idsOf(result), ['old', 'new-one', 'newer']);
});

test('a list at column 0, followed by other keys, gets the entries at column 0 before those keys', t => {
	const text = `${head}questions:\n- id: old\n  type: truefalse\n  prompt: Old?\n  answer: false\n\n- id: older\n  type: truefalse\n  prompt: Older?\n  answer: true\nsources: []\n`;
	const result = appendQuestions(text, [added]);
	t.true(result.includes('  answer: true\n\n- id: new-one\n  type: truefalse\n'));
	t.true(result.endsWith('explanation: Yes.\nsources: []\n'));
	t.deepEqual(idsOf(result), ['old', 'older', 'new-one']);
});

test('a list written in flow style gets the entries through the YAML document, comments kept', t => {
	const text = `# top\n${head}questions: [{id: old, type: truefalse, prompt: Old?, answer: false}] # inline\n`;
	const result = appendQuestions(text, [added]);
	t.deepEqual(idsOf(result), ['old', 'new-one']);
	t.true(result.startsWith('# top\n'));
	t.true(result.includes('# inline'));
});
