import {readFile} from 'node:fs/promises';
import test from 'ava';
import {csvImporter, parseCsv, writeCsv} from '../../../../../source/core/pack/formats/csv/index.js';
import {questionSchema} from '../../../../../source/core/pack/schema.js';
import {minimalPack} from '../pack-fixture.js';

async function fixture(name: string): Promise<string> {
	return readFile(new URL(`../../../../fixtures/csv/${name}`, import.meta.url), 'utf8');
}

const options = (file: string, seed = 7) => ({file, seed});

test('a spreadsheet CSV (BOM, header, CRLF, quoting) becomes one question per pair and a match, bad rows reported', async t => {
	const {questions, problems, tags} = csvImporter.parse(await fixture('diplomacy.csv'), options('diplomacy.csv'));
	t.deepEqual(tags, []);
	t.deepEqual(problems, [
		{line: 7, severity: 'error', message: 'only one field: expected a term and a definition separated by a comma; row skipped'},
		{line: 8, severity: 'error', message: 'the term is empty; row skipped'},
		{line: 10, severity: 'error', message: 'the definition is empty; row skipped'},
	]);
	const embassy = 'the office of one country\'s ambassador in another, usually in its capital';
	const consul = 'an official who helps citizens abroad and promotes trade';
	const communique = 'a short official statement, such as a "joint statement" after talks';
	const treaty = 'a written agreement between states that binds them under international law';
	const summit = 'a meeting of heads of state or government';
	t.deepEqual(questions, [
		{id: 'csv-0hd66va', type: 'choice', prompt: `Which term means: ${embassy}?`, options: ['treaty', 'embassy', 'communiqué', 'summit'], answer: 'embassy'},
		{id: 'csv-0hrb4sr', type: 'choice', prompt: `Which term means: ${consul}?`, options: ['consul', 'communiqué', 'summit', 'embassy'], answer: 'consul'},
		{id: 'csv-0r9cl9h', type: 'choice', prompt: `Which term means: ${communique}?`, options: ['summit', 'embassy', 'consul', 'communiqué'], answer: 'communiqué'},
		{id: 'csv-0cq0to9', type: 'choice', prompt: `Which term means: ${treaty}?`, options: ['communiqué', 'embassy', 'treaty', 'consul'], answer: 'treaty'},
		{id: 'csv-1jd1lp4', type: 'choice', prompt: `Which term means: ${summit}?`, options: ['treaty', 'embassy', 'communiqué', 'summit'], answer: 'summit'},
		{
			id: 'csv-match-1cqtxe1',
			type: 'match',
			prompt: 'Match each term to its meaning.',
			pairs: [
				{left: 'embassy', right: embassy},
				{left: 'consul', right: consul},
				{left: 'communiqué', right: communique},
				{left: 'treaty', right: treaty},
				{left: 'summit', right: summit},
			],
		},
	]);
	for (const question of questions) t.deepEqual(questionSchema.parse(question), question);
});

test('the same seed gives the same questions; another seed other options, with the same ids', async t => {
	const text = await fixture('civics-terms.tsv');
	const first = parseCsv(text, 1);
	t.deepEqual(parseCsv(text, 1), first);
	const other = parseCsv(text, 2);
	t.deepEqual(other.questions.map(question => question.id), first.questions.map(question => question.id));
	t.notDeepEqual(other.questions, first.questions);
});

test('ids follow the pair, not its row: adding a row keeps the other pairs\' ids', t => {
	const before = parseCsv('veto\tthe power to block a decision\nquorum\tthe smallest number of members needed to decide\n', 3);
	const after = parseCsv('coalition\ta government of several parties\nveto\tthe power to block a decision\nquorum\tthe smallest number of members needed to decide\n', 3);
	t.deepEqual(before.questions.map(question => question.id), after.questions.slice(1, 3).map(question => question.id));
});

test('wrong options are other terms, distinct, never one with the same definition', t => {
	const text = 'Kremlin\tthe seat of the Russian government\nthe Kremlin\tthe seat of the Russian government\nWhite House\tthe seat of the US president\nDowning Street\tthe seat of the UK prime minister\nElysée\tthe seat of the French president\n';
	const [first] = parseCsv(text, 5).questions;
	t.like(first, {type: 'choice', answer: 'Kremlin'});
	if (first?.type !== 'choice') return;
	t.false(first.options.includes('the Kremlin'));
	t.is(new Set(first.options).size, first.options.length);
	t.is(first.options.length, 4);
});

test('with fewer than two other terms to offer, the learner types the term', t => {
	const {questions} = parseCsv('term;definition\nveto;the power to block a decision\nquorum;the smallest number of members needed to decide\n', 1);
	t.deepEqual(questions, [
		{id: questions[0]!.id, type: 'short', prompt: 'Which term means: the power to block a decision?', answer: 'veto', accept: []},
		{id: questions[1]!.id, type: 'short', prompt: 'Which term means: the smallest number of members needed to decide?', answer: 'quorum', accept: []},
	]);
});

test('matches hold 4 pairs, 3 where 4 does not divide, and none under 3 pairs', t => {
	const pairs = (count: number) => Array.from({length: count}, (_, index) => `term ${index}\tmeaning ${index}`).join('\n');
	const matchSizes = (count: number) =>
		parseCsv(pairs(count), 1).questions.flatMap(question => (question.type === 'match' ? [question.pairs.length] : []));
	t.deepEqual(matchSizes(2), []);
	t.deepEqual(matchSizes(3), [3]);
	t.deepEqual(matchSizes(4), [4]);
	t.deepEqual(matchSizes(5), [5]);
	t.deepEqual(matchSizes(6), [3, 3]);
	t.deepEqual(matchSizes(9), [3, 3, 3]);
	t.deepEqual(matchSizes(10), [4, 3, 3]);
	t.deepEqual(matchSizes(12), [4, 4, 4]);
});

test('the separator is the one that splits most rows into two: semicolon when definitions hold commas', t => {
	const {questions, problems} = parseCsv('coalition;a government of several parties, none with a majority\nopposition;the parties in parliament, outside the government\nwhip;an official who keeps party members in line\n', 1);
	t.deepEqual(problems, []);
	t.deepEqual(questions.slice(0, 3).map(question => (question.type === 'choice' ? question.answer : '')), ['coalition', 'opposition', 'whip']);
});

test('extra fields go into the definition with a warning; trailing empty cells are ignored', t => {
	const {questions, problems} = parseCsv('veto,the power to block,often of one member\nquorum,the members needed to decide,,\n', 1);
	t.deepEqual(problems, [{line: 1, severity: 'warning', message: '3 fields: everything after the first separator was read as the definition'}]);
	t.is(questions[0]?.prompt, 'Which term means: the power to block,often of one member?');
	t.is(questions[1]?.prompt, 'Which term means: the members needed to decide?');
});

test('a repeated pair is skipped with a warning; Anki header lines are ignored; line numbers stay true', t => {
	const {questions, problems} = parseCsv('#separator:tab\n#html:false\nveto\tthe power to block\nVeto\tthe power to  block\nquorum\n', 1);
	t.is(questions.length, 1);
	t.deepEqual(problems, [
		{line: 4, severity: 'warning', message: 'the same pair as line 3; skipped'},
		{line: 5, severity: 'error', message: 'only one field: expected a term and a definition separated by a tab; row skipped'},
	]);
});

test('a quote that does not close, or that is not CSV quoting, is read as plain text', t => {
	const {questions, problems} = parseCsv('"Bonjour" in English\thello\n"oops\tan unclosed quote\n', 1);
	t.deepEqual(questions.slice(0, 2).map(question => (question.type === 'short' ? question.answer : '')), ['"Bonjour" in English', '"oops']);
	t.deepEqual(problems, [{line: 2, severity: 'warning', message: 'a quote that never closes; the row was read as plain text'}]);
});

test('factdrill\'s own CSV export is recognised and refused with one clear error', async t => {
	const {questions, problems} = parseCsv(writeCsv(await minimalPack()).text, 1);
	t.deepEqual(questions, []);
	t.is(problems.length, 1);
	t.regex(problems[0]!.message, /factdrill question export/);
});

test('looksLike: most non-empty lines are two fields by one separator', async t => {
	t.true(csvImporter.looksLike(await fixture('civics-terms.tsv')));
	t.true(csvImporter.looksLike(await fixture('diplomacy.csv')));
	t.false(csvImporter.looksLike(await readFile(new URL('../../../../fixtures/aiken/treaties.txt', import.meta.url), 'utf8')));
	t.false(csvImporter.looksLike('Just a paragraph of prose.\nAnother line of it.\n'));
	t.false(csvImporter.looksLike(''));
});
