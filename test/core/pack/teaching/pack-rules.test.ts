import test from 'ava';
import {choice, cloze, pack, trueFalse, warnings} from './helpers.js';

const statements = (answers: boolean[]) => answers.map((answer, index) => trueFalse(`tf${index}`, `Statement number ${index} about the talks.`, answer));

test('mostly-true: three in four true/false questions true, with at least four of them', t => {
	t.deepEqual(warnings(pack(statements([true, false, true, true]))), [
		't.yaml:12:13: warning: questions[0] (id "tf0"): 3 of 4 true/false questions are true: always answering “true” scores 75 %; make some statements false [mostly-true]',
	]);
	t.deepEqual(warnings(pack(statements([true, false, true, false, true]))), []);
	t.deepEqual(warnings(pack(statements([true, true, true]))), [], 'three are too few to judge');
});

test('cloze-name-alternatives: a name gap that accepts only the full name, or only the surname', t => {
	const text = pack([
		cloze('full', 'The talks were opened by {{Ada Okafor}}.'),
		cloze('surname', 'The envoy {{Okafor}} spoke first.'),
		cloze('stranger', 'The motion was tabled by {{Ben Ito}}.'),
	]);
	t.deepEqual(warnings(text), [
		"t.yaml:12:11: warning: questions[0] (id \"full\"): gap {{Ada Okafor}} is a person's name but accepts no other form, so typing “Okafor” is marked wrong: write {{Ada Okafor|Okafor}} [cloze-name-alternatives]",
		"t.yaml:18:11: warning: questions[1] (id \"surname\"): gap {{Okafor}} is a person's name but accepts no other form, so typing “Ada Okafor” is marked wrong: write {{Okafor|Ada Okafor}} [cloze-name-alternatives]",
		"t.yaml:24:11: warning: questions[2] (id \"stranger\"): gap {{Ben Ito}} is a person's name but accepts no other form, so typing “Ito” is marked wrong: write {{Ben Ito|Ito}} [cloze-name-alternatives]",
	]);
});

test('cloze-name-alternatives: gaps with alternatives, places, treaties and "the …" pass', t => {
	const text = pack([
		cloze('both', 'The talks were opened by {{Ada Okafor|Okafor}}.'),
		cloze('place', 'Tokyo calls them the {{Northern Territories}}.'),
		cloze('treaty', 'Japan signed the {{San Francisco Peace Treaty}}.'),
		cloze('country', 'Aid came from {{South Korea}}.'),
		cloze('word', 'The envoy spoke {{first}}.'),
	]);
	t.deepEqual(warnings(text), []);
});

test('fact-after-source: a fact dated after its source was published', t => {
	const text = pack([choice('q', 'Who spoke first?', ['Ada Okafor', 'Ben Ito'], 'Ada Okafor')], [
		'  - {id: later, type: event, source: herald, date: "2026-01", what: The summit is held.}',
		'  - {id: same-month, type: event, source: herald, date: "2025-10", what: The talks resumed.}',
		'  - {id: same-year, type: quote, source: herald, speaker: Ada Okafor, text: We are ready., date: 2025}',
	]);
	t.deepEqual(warnings(text), [
		't.yaml:8:52: warning: facts[1] (id "later"): dated 2026-01, after its source "herald" was published (2025-10-26): check the date, or cite a source from after it [fact-after-source]',
	]);
});

test('fact-after-source: a question citing as evidence a source older than its fact', t => {
	const text = [
		'format: factdrill/pack@1',
		'id: dates',
		'title: Dates',
		'sources:',
		'  - {id: old, title: Old report, published: "2023-01-23"}',
		'  - {id: new, title: New report, published: "2025-10-26"}',
		'facts:',
		'  - {id: visit, type: event, source: new, date: "2025-10", what: The minister visited.}',
		'questions:',
		'  - id: when',
		'    type: truefalse',
		'    prompt: The minister visited in October 2025.',
		'    answer: true',
		'    explanation: Because.',
		'    evidence: {source: old, text: The minister will visit.}',
		'    facts: [visit]',
	].join('\n');
	t.deepEqual(warnings(text), [
		't.yaml:15:24: warning: questions[0] (id "when"): evidence.source "old" was published 2023-01-23, before fact "visit" it backs (dated 2025-10): cite a source from after the fact [fact-after-source]',
	]);
	t.deepEqual(warnings(text.replace('source: old, text', 'source: new, text')), []);
});

test('near-duplicate: two questions of a kind worded almost the same', t => {
	const text = pack([
		trueFalse('first', 'Ada Okafor told the assembly that the straits treaty would be signed before the end of the year.', true),
		trueFalse('again', 'Ada Okafor told the assembly that the straits treaty would be signed before the end of this year.', true),
		choice('typo', 'Who spoke first at the summit?', ['Ada Okafor', 'Ben Ito'], 'Ada Okafor'),
		choice('typo-again', 'Who spoke first at the sumit?', ['Ada Okafor', 'Ben Ito'], 'Ada Okafor'),
	]);
	t.deepEqual(warnings(text), [
		't.yaml:17:13: warning: questions[1] (id "again"): worded almost the same as question 1 ("first"): ask something else, or drop one of them [near-duplicate]',
		't.yaml:30:13: warning: questions[3] (id "typo-again"): worded almost the same as question 3 ("typo"): ask something else, or drop one of them [near-duplicate]',
	]);
});

test('near-duplicate: other numbers, other answers, other kinds of question and exact duplicates are not near ones', t => {
	const text = pack([
		trueFalse('signed-1951', 'The treaty between the two countries was signed by both governments in 1951.', true),
		trueFalse('signed-1956', 'The treaty between the two countries was signed by both governments in 1956.', false),
		choice('said-a', 'Which of these did Ada Okafor say at the summit?', ['We are ready', 'We will wait'], 'We are ready'),
		choice('said-b', 'Which of these did Ada Okafor say at the summit?', ['We are ready', 'We will wait'], 'We will wait'),
		choice('who', 'Who said that the treaty would be signed?', ['Ada Okafor', 'Ben Ito'], 'Ada Okafor'),
		trueFalse('who-tf', 'Ada Okafor said that the treaty would be signed.', true),
		choice('who-again', 'Who said that the treaty would be signed?', ['Ben Ito', 'Ada Okafor'], 'Ada Okafor'),
	]);
	t.deepEqual(warnings(text), [
		't.yaml:50:13: warning: questions[6] (id "who-again"): asks the same as question 5 (who) [duplicate-question]',
	]);
});
