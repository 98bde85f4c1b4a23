import test from 'ava';
import {formatDiagnostic} from '../../../source/core/pack/diagnostic.js';
import {checkPack} from '../../../source/core/pack/lint-rules.js';

/** A pack with one person (with a surname alias) and the given questions. */
function pack(questions: string): string {
	return [
		'format: factdrill/pack@1',
		'id: quality',
		'title: Quality',
		'sources:',
		'  - {id: notes, title: Notes}',
		'facts:',
		'  - {id: person-ada, type: person, source: notes, name: Ada Okafor, aliases: [Okafor, the envoy], evidence: Envoy Ada Okafor spoke first.}',
		'questions:',
		questions,
	].join('\n');
}

const documented = '    explanation: Because.\n    evidence: {source: notes, text: Envoy Ada Okafor spoke first in the long debate.}';

function choice(id: string, prompt: string, options: string[], answer: string): string {
	return `  - id: ${id}\n    type: choice\n    prompt: ${prompt}\n    options: [${options.join(', ')}]\n    answer: ${answer}\n${documented}`;
}

function warnings(text: string): string[] {
	return checkPack(text, 'q.yaml').diagnostics.filter(diagnostic => diagnostic.severity === 'warning').map(formatDiagnostic);
}

test('a clean question draws no quality warning', t => {
	t.deepEqual(warnings(pack(choice('clean', 'Who spoke first?', ['Ada Okafor', 'Ben Ito', 'Cy Moss'], 'Ada Okafor'))), []);
});

test('answer-in-stem: the prompt giving the answer, or an alias of it, away', t => {
	t.deepEqual(warnings(pack(choice('gives-away', 'Who spoke first, Okafor?', ['Ada Okafor', 'Ben Ito', 'Cy Moss'], 'Ada Okafor'))), [
		'q.yaml:11:13: warning: questions[0] (id "gives-away"): the question gives its answer away: the prompt contains “Okafor” [answer-in-stem]',
	]);
});

test('alias-option: a wrong option that is another name for the answer', t => {
	t.deepEqual(warnings(pack(choice('alias', 'Who spoke first?', ['Ada Okafor', 'Okafor', 'Cy Moss'], 'Ada Okafor'))), [
		'q.yaml:12:14: warning: questions[0] (id "alias"): wrong option “Okafor” is another name for the answer “Ada Okafor” [alias-option]',
	]);
});

test('duplicate-question: the same question twice under two ids', t => {
	const text = pack([choice('first', 'Who spoke first?', ['Ada Okafor', 'Ben Ito'], 'Ada Okafor'), choice('again', 'Who spoke  first?', ['Ben Ito', 'Ada Okafor'], 'Ada Okafor')].join('\n'));
	t.deepEqual(warnings(text), ['q.yaml:18:13: warning: questions[1] (id "again"): asks the same as question 1 (first) [duplicate-question]']);
});

test('cut-mid-word: an ellipsis after half a word', t => {
	t.deepEqual(warnings(pack(choice('cut', 'Who said “Envoy Ada Oka…”?', ['Ada Okafor', 'Ben Ito'], 'Ada Okafor').replace('Ada Okafor, Ben Ito', 'Dee Ray, Ben Ito').replace('answer: Ada Okafor', 'answer: Dee Ray'))), [
		'q.yaml:11:13: warning: questions[0] (id "cut"): shortened mid-word before the ellipsis: “Oka…” [cut-mid-word]',
	]);
	t.deepEqual(warnings(pack(choice('whole', 'Who said “Envoy Ada…”?', ['Dee Ray', 'Ben Ito'], 'Dee Ray'))), []);
});

test('answer-position: right answers piled on one letter', t => {
	const questions = Array.from({length: 8}, (_unused, index) => choice(`q${index}`, `Question number ${index}?`, [`Right ${index}`, `Wrong ${index}`, `Other ${index}`], `Right ${index}`));
	const found = warnings(pack(questions.join('\n')));
	t.deepEqual(found, ['q.yaml:13:13: warning: questions[0] (id "q0"): 8 of 8 choice questions have their answer at option A: spread the right answers across positions [answer-position]']);
	const spread = questions.map((question, index) => (index % 3 === 0 ? question : question.replace(/options: \[(Right \d), (Wrong \d)/, 'options: [$2, $1')));
	t.deepEqual(warnings(pack(spread.join('\n'))), []);
});
