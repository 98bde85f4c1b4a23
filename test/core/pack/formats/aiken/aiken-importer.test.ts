import {readFile} from 'node:fs/promises';
import test from 'ava';
import {aikenImporter, parseAiken} from '../../../../../source/core/pack/formats/aiken/index.js';
import {questionSchema} from '../../../../../source/core/pack/schema.js';

async function fixture(name: string): Promise<string> {
	return readFile(new URL(`../../../../fixtures/aiken/${name}`, import.meta.url), 'utf8');
}

test('a clean file imports every question, as valid choice questions in file order', async t => {
	const {questions, problems, tags} = parseAiken(await fixture('treaties.txt'));
	t.deepEqual(problems, []);
	t.deepEqual(tags, []);
	t.deepEqual(questions, [
		{
			id: 'aiken-1nw7fr6',
			type: 'choice',
			prompt: 'Which settlement ended the Thirty Years\' War in 1648?',
			options: ['The Peace of Westphalia', 'The Treaty of Utrecht', 'The Congress of Vienna', 'The Treaty of Paris'],
			answer: 'The Peace of Westphalia',
		},
		{
			id: 'aiken-0dy3gt6',
			type: 'choice',
			prompt: 'In which city did delegates sign the Charter of the United Nations in June 1945?',
			options: ['Geneva', 'San Francisco', 'New York'],
			answer: 'San Francisco',
		},
		{
			id: 'aiken-0byob6e',
			type: 'choice',
			prompt: 'Which body of the European Union do voters elect directly?',
			options: ['The European Commission', 'The European Council', 'The European Parliament'],
			answer: 'The European Parliament',
		},
	]);
	for (const question of questions) t.deepEqual(questionSchema.parse(question), question);
});

test('every broken question is reported at its line and skipped; the good ones still import', async t => {
	const {questions, problems} = parseAiken(await fixture('mixed-errors.txt'));
	t.deepEqual(
		questions.map(question => question.prompt),
		['Which document opens with the words "We the People"?', 'Which city is the seat of the International Court of Justice?'],
	);
	t.deepEqual(
		problems.map(problem => `${problem.line} ${problem.severity}: ${problem.message}`),
		[
			'1 error: no "ANSWER:" line after this question\'s options; question skipped',
			'14 error: option C) is out of sequence: expected B); question skipped',
			'22 error: "ANSWER: E" names no option: this question has A–C; question skipped',
			'31 error: option A) comes before any question text; skipped up to the next "ANSWER:"',
			'36 error: a question needs at least 2 options (A and B) before "ANSWER:"; question skipped',
			'41 error: "ANSWER:" must give one letter, got "A, B" (Aiken has one right answer); question skipped',
			'43 error: question text with no options and no "ANSWER:" line; skipped',
		],
	);
});

test('CRLF, a BOM, indentation and runs of blank lines do not matter', async t => {
	const {questions, problems} = parseAiken(`\uFEFF${await fixture('untidy.txt')}`);
	t.deepEqual(problems, []);
	t.deepEqual(questions.map(question => [question.prompt, question.type === 'choice' ? question.answer : '']), [
		['Which treaty returned Hong Kong to China in 1997?', 'The Sino-British Joint Declaration'],
		['Who chairs the meetings of the UN Security Council?', 'A member state, in monthly rotation'],
	]);
});

test('"U.S." opens question text; it is not an option', t => {
	const {questions, problems} = parseAiken('U.S. presidents serve terms of how many years?\nA) Four\nB) Six\nANSWER: A\n');
	t.deepEqual(problems, []);
	t.is(questions[0]?.prompt, 'U.S. presidents serve terms of how many years?');
});

test('lower-case letters, "A)" touching its text and "ANSWER: b)" are read leniently', t => {
	const {questions, problems} = parseAiken('Capital of Estonia?\na)Tallinn\nb) Riga\nanswer: b)\n');
	t.deepEqual(problems, []);
	t.like(questions[0], {options: ['Tallinn', 'Riga'], answer: 'Riga'});
});

test('more options than a choice question holds, repeated options and empty options are errors', t => {
	const seven = parseAiken(`Pick one\n${['A', 'B', 'C', 'D', 'E', 'F', 'G'].map(letter => `${letter}) Option ${letter}`).join('\n')}\nANSWER: A\n`);
	t.deepEqual(seven.problems, [{line: 1, severity: 'error', message: 'factdrill takes at most 6 options; this question has 7; question skipped'}]);
	const repeated = parseAiken('Pick one\nA) Paris\nB) Rome\nC) paris\nANSWER: B\n');
	t.deepEqual(repeated.problems, [{line: 4, severity: 'error', message: 'option C) repeats option A) "Paris"; question skipped'}]);
	const empty = parseAiken('Pick one\nA) Paris\nB)\nANSWER: A\n');
	t.deepEqual(empty.problems, [{line: 3, severity: 'error', message: 'option B) has no text; question skipped'}]);
	t.deepEqual([seven, repeated, empty].map(result => result.questions), [[], [], []]);
});

test('the same question twice gets distinct ids and a warning at the second', t => {
	const block = 'Which river flows through Vienna?\nA) The Danube\nB) The Rhine\nANSWER: A\n';
	const {questions, problems} = parseAiken(`${block}\n${block}`);
	t.is(questions.length, 2);
	t.is(questions[1]?.id, `${questions[0]?.id}-2`);
	t.deepEqual(problems, [{line: 6, severity: 'warning', message: 'the same question text as line 1'}]);
});

test('an ANSWER line with no question is reported', t => {
	t.deepEqual(parseAiken('ANSWER: A\n').problems, [{line: 1, severity: 'error', message: '"ANSWER:" line without a question before it'}]);
});

test('looksLike wants option lines and an ANSWER line', async t => {
	t.true(aikenImporter.looksLike(await fixture('treaties.txt')));
	t.false(aikenImporter.looksLike('term\tdefinition\nveto\tthe power to block\n'));
	t.false(aikenImporter.looksLike('::Q1:: Which treaty? {=Westphalia ~Utrecht}\n'));
	t.false(aikenImporter.looksLike('A) an option\nB) another, but no answer line\n'));
});
