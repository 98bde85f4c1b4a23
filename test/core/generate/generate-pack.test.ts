import test from 'ava';
import {generatePack} from '../../../source/core/generate/generate-pack.js';
import {checkPack} from '../../../source/core/pack/lint-rules.js';
import {qualityProblems} from '../../../source/core/pack/quality-rules.js';
import type {Question} from '../../../source/core/pack/schema.js';
import {packToYaml} from '../../../source/core/pack/write-pack.js';
import {normalizeAnswer} from '../../../source/core/questions/normalize.js';
import {bothnia} from './fixture.js';

const kindOf = (question: Question) => question.tags?.[0];
const ofKind = (questions: readonly Question[], kind: string) => questions.filter(question => kindOf(question) === kind);
const choice = (question: Question | undefined) => {
	if (question?.type !== 'choice') throw new Error(`expected a choice question, got ${question?.type}`);
	return question;
};

test('the generated pack passes lint with no error and no quality warning', t => {
	const {pack} = generatePack(bothnia(), {seed: 7});
	const checked = checkPack(packToYaml(pack), 'generated.yaml');
	t.deepEqual(checked.diagnostics.filter(diagnostic => diagnostic.severity === 'error'), []);
	t.deepEqual(qualityProblems(pack), []);
	t.true(pack.questions.length >= 20);
});

test('every kind the facts allow is asked', t => {
	const {report} = generatePack(bothnia(), {seed: 7});
	for (const kind of ['who-said', 'what-said', 'role', 'when', 'which-treaty', 'treaty-year', 'treaty-parties', 'cloze', 'truefalse', 'order', 'match'] as const) {
		t.true(report.byKind[kind] > 0, kind);
	}
});

test('who-said offers four distinct people, none of them another name for the speaker', t => {
	const {pack} = generatePack(bothnia(), {seed: 7});
	const question = choice(ofKind(pack.questions, 'who-said').find(candidate => candidate.prompt.includes('fishing towns')));
	t.is(question.prompt, 'Who said “The agreement serves the fishing towns on both shores of the gulf”?');
	t.is(question.answer, 'Anna Lindqvist');
	t.is(question.options.length, 4);
	t.is(new Set(question.options.map(normalizeAnswer)).size, 4);
	t.false(question.options.some(option => /lindqvist/i.test(option) && option !== 'Anna Lindqvist'));
	t.is(question.evidence?.source, 'courier-2024-03-15');
});

test('a speaker named only by a pronoun is never asked about', t => {
	const {pack} = generatePack(bothnia(), {seed: 7});
	t.false(pack.questions.some(question => question.prompt.includes('take years')));
});

test('an organisation speaker gets organisations as wrong options', t => {
	const {pack} = generatePack(bothnia(), {seed: 7});
	const question = choice(pack.questions.find(candidate => candidate.prompt === 'Who said that the first round went better than expected?'));
	t.is(question.answer, 'Finnish Foreign Ministry');
	t.false(question.options.some(option => /Lindqvist|Saarinen/.test(option)));
});

test('when: the answer at the precision given, wrong dates at that precision and never after the article', t => {
	const {pack} = generatePack(bothnia(), {seed: 7});
	const day = choice(pack.questions.find(question => question.prompt === 'On which day did Finland and Sweden sign the Gulf of Bothnia Accord in Umeå?'));
	t.is(day.answer, '12 March 2024');
	for (const option of day.options) {
		t.regex(option, /^\d{1,2} \w+ \d{4}$/);
		t.true(new Date(`${option} UTC`) <= new Date('2024-03-15T00:00:00Z'), option);
	}
	const month = choice(ofKind(pack.questions, 'when').find(question => question.prompt.includes('Turku')));
	t.is(month.answer, 'June 2019');
	for (const option of month.options) t.regex(option, /^[A-Z][a-z]+ \d{4}$/);
	const year = pack.questions.find(question => question.prompt === 'In which year did both countries join the European Union?');
	t.like(year, {type: 'short', answer: '1995'});
});

test('which-treaty turns the event that names the treaty into the question', t => {
	const {pack} = generatePack(bothnia(), {seed: 7});
	const question = choice(ofKind(pack.questions, 'which-treaty')[0]);
	t.is(question.prompt, 'Under which treaty did Sweden cede Finland to Russia?');
	t.is(question.answer, 'Treaty of Fredrikshamn');
	t.is(question.options.length, 4);
});

test('treaty-parties never offers a party as a wrong option', t => {
	const {pack} = generatePack(bothnia(), {seed: 7});
	for (const question of ofKind(pack.questions, 'treaty-parties').map(choice)) {
		const wrong = question.options.filter(option => option !== question.answer);
		t.false(wrong.includes('Sweden'), question.prompt);
	}
});

test('role questions exclude the same post under another wording', t => {
	const {pack} = generatePack(bothnia(), {seed: 7});
	const question = choice(pack.questions.find(candidate => candidate.prompt === 'What position did Anna Lindqvist hold in March 2024?'));
	t.is(question.answer, 'Swedish Foreign Minister');
	t.false(question.options.includes('Foreign Minister'));
});

test('cloze blanks a name and accepts the surname and the full name', t => {
	const {pack} = generatePack(bothnia(), {seed: 7});
	const texts = ofKind(pack.questions, 'cloze').map(question => (question.type === 'cloze' ? question.text : ''));
	t.true(texts.includes('{{Saarinen|Mikko Saarinen}} said quotas for herring would be reviewed every two years.'));
	t.true(texts.includes('In 1809 Sweden ceded Finland to Russia under the {{Treaty of Fredrikshamn}}.'));
});

test('order puts events from both articles earliest first', t => {
	const {pack} = generatePack(bothnia(), {seed: 7});
	const [question] = ofKind(pack.questions, 'order');
	t.like(question, {type: 'order'});
	if (question?.type !== 'order') return;
	t.deepEqual(question.items, [
		'Sweden ceded Finland to Russia under the Treaty of Fredrikshamn',
		'Both countries joined the European Union',
		'The first round of fisheries talks opened in Turku',
		'Finland and Sweden signed the Gulf of Bothnia Accord in Umeå',
	]);
	t.deepEqual(question.tags?.slice(1).sort(), ['courier-2024-03-15', 'wire-2019-06-10']);
});

test('true/false: about half false, each false one saying what was swapped', t => {
	const {pack} = generatePack(bothnia(), {seed: 7});
	const statements = pack.questions.filter(question => question.type === 'truefalse');
	const falses = statements.filter(question => question.type === 'truefalse' && !question.answer);
	t.true(Math.abs(statements.length - 2 * falses.length) <= 1);
	for (const question of falses) t.regex(question.explanation ?? '', /^False: it (was|dates from) .+, not .+/);
});

test('the same facts and seed give the same pack, byte for byte', t => {
	t.is(packToYaml(generatePack(bothnia(), {seed: 3}).pack), packToYaml(generatePack(bothnia(), {seed: 3}).pack));
	t.not(packToYaml(generatePack(bothnia(), {seed: 3}).pack), packToYaml(generatePack(bothnia(), {seed: 4}).pack));
});

test('correcting one fact changes only the ids of the questions about it', t => {
	const before = generatePack(bothnia(), {seed: 3}).pack.questions;
	const edited = bothnia();
	const quote = edited.facts.find(fact => fact.id === 'quote-saarinen');
	if (quote?.type !== 'quote') throw new Error('fixture changed');
	quote.text = 'quotas for herring would be reviewed every three years';
	quote.evidence = 'Saarinen said quotas for herring would be reviewed every three years.';
	const after = generatePack(edited, {seed: 3}).pack.questions;
	const afterIds = new Set(after.map(question => question.id));
	const lost = before.filter(question => !afterIds.has(question.id));
	t.true(lost.length > 0);
	for (const question of lost) t.true(JSON.stringify(question).includes('two years'), question.id);
});

test('right answers are spread across option positions', t => {
	const {pack} = generatePack(bothnia(), {seed: 11});
	const positions = pack.questions.flatMap(question => (question.type === 'choice' && question.options.length === 4 ? [question.options.indexOf(question.answer)] : []));
	const counts = [0, 1, 2, 3].map(position => positions.filter(at => at === position).length);
	t.true(Math.max(...counts) - Math.min(...counts) <= 1, JSON.stringify(counts));
});

test('--options sets the number of options; ids stay the same', t => {
	const three = generatePack(bothnia(), {seed: 7, optionCount: 3});
	const four = generatePack(bothnia(), {seed: 7});
	t.true(three.pack.questions.every(question => question.type !== 'choice' || question.options.length <= 3));
	t.deepEqual(three.pack.questions.map(question => question.id), four.pack.questions.map(question => question.id));
});

test('a document with no usable facts gives no questions rather than bad ones', t => {
	const {pack} = generatePack({format: 'factdrill/facts@1', sources: [{id: 'a', title: 'Nothing here'}], facts: []});
	t.deepEqual(pack.questions, []);
});
