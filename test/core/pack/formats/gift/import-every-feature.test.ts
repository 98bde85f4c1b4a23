import test from 'ava';
import {parseGift} from '../../../../../source/core/pack/formats/gift/index.js';
import {assertValidQuestions, giftFixture} from './gift-test-helpers.js';

test('every-feature.gift: one question of every kind, read as Moodle reads it', t => {
	const result = parseGift(giftFixture('every-feature.gift'));
	const first = ['Constitutions'];
	t.deepEqual(result.questions, [
		{
			id: 'magna-carta-year',
			type: 'choice',
			prompt: 'In which year was Magna Carta first sealed?',
			options: ['1215', '1066', '1688', '1789'],
			answer: '1215',
			explanation: 'Right: in June 1215, at Runnymede.\nIf you answered 1066: That is the year of the Norman conquest.',
			tags: ['Constitutions', 'charters', 'medieval'],
		},
		{
			id: 'capital-of-australia',
			type: 'choice',
			prompt: 'What is the capital of Australia?',
			options: ['Canberra', 'Sydney', 'Melbourne'],
			answer: 'Canberra',
			explanation: 'Canberra was built as a compromise between the two rivals.',
			tags: first,
		},
		{
			id: 'treaty-of-rome',
			type: 'multi',
			prompt: 'Which of these countries signed the Treaty of Rome in 1957?',
			options: ['Belgium', 'Italy', 'West Germany', 'Spain', 'United Kingdom'],
			answers: ['Belgium', 'Italy', 'West Germany'],
			tags: first,
		},
		{id: 'senate-term', type: 'truefalse', prompt: 'A United States senator is elected for six years.', answer: true, tags: first},
		{
			id: 'term-limits',
			type: 'truefalse',
			prompt: 'The Prime Minister of the United Kingdom\nmay serve at most two terms.',
			answer: false,
			explanation: 'Right: no law limits the number of terms.\nIf you answered true: There is no such limit.',
			tags: first,
		},
		{
			id: 'gift-16g7pif',
			type: 'truefalse',
			prompt: 'New Zealand gave women the vote in national elections in 1893.',
			answer: true,
			explanation: 'It was the first self-governing country to do so.',
			tags: first,
		},
		{id: 'gift-1g4zm3i', type: 'truefalse', prompt: 'The Berlin Wall fell in 1991.', answer: false, tags: first},
		{
			id: 'gift-0bx1ytd',
			type: 'short',
			prompt: 'Who was the first President of the United States?',
			answer: 'George Washington',
			accept: ['Washington'],
			tags: first,
		},
		{
			id: 'cairo-river',
			type: 'short',
			prompt: 'Which river flows through Cairo?',
			answer: 'Nile',
			accept: ['the Nile'],
			explanation: 'If you answered Nil: Nearly: check the spelling.\nIf you answered Euphrates: The Euphrates flows through Iraq.',
			tags: first,
		},
		{
			id: 'capitals',
			type: 'match',
			prompt: 'Match each country with its capital.',
			pairs: [
				{left: 'Canada', right: 'Ottawa'},
				{left: 'Kenya', right: 'Nairobi'},
				{left: 'Peru', right: 'Lima'},
			],
			explanation: "None of the three capitals is the country's oldest city.",
			tags: first,
		},
		{id: 'gift-1pnhl24', type: 'short', prompt: 'In which year did the Berlin Wall fall?', answer: '1989', accept: [], tolerance: 0, tags: first},
		{
			id: 'kings-of-rome',
			type: 'short',
			prompt: 'By tradition, how many kings ruled Rome before the republic, give or take one?',
			answer: '7',
			accept: [],
			tolerance: 1,
			tags: first,
		},
		{id: 'gift-1k929ch', type: 'short', prompt: 'What is pi to two decimal places?', answer: '3.14', accept: [], tolerance: 0.005, tags: first},
		{
			id: 'moon-landing',
			type: 'short',
			prompt: 'In which year did people first walk on the Moon?',
			answer: '1969',
			accept: [],
			tolerance: 0,
			explanation: 'If you answered 1970: One year out.\nIf you answered anything else: It was July 1969.',
			tags: first,
		},
		{
			id: 'gift-0yjddim',
			type: 'choice',
			prompt: 'The Treaty of Versailles was signed in ___ after the First World War.',
			options: ['1918', '1919', '1920'],
			answer: '1919',
			tags: first,
		},
		{
			id: 'gift-0obwtcb',
			type: 'cloze',
			prompt: 'Fill in the gap.',
			text: 'The Universal Declaration of Human Rights was adopted by the {{United Nations|UN}} General Assembly in 1948.',
			tags: first,
		},
		{
			id: 'secret-ballot',
			type: 'choice',
			prompt: 'Which Australian colony first used the secret ballot, in 1856?',
			options: ['Victoria', 'New South Wales', 'Queensland'],
			answer: 'Victoria',
			tags: ['Elections'],
		},
	]);
	t.deepEqual(result.tags, ['Constitutions', 'Elections']);
	t.deepEqual(result.problems, [
		{line: 42, column: 7, severity: 'warning', message: '"Nil" earns 50% in Moodle; factdrill has no partial credit and counts it wrong'},
		{line: 61, column: 7, severity: 'warning', message: '"1970" earns 50% in Moodle; factdrill has no partial credit and counts it wrong'},
		{line: 69, column: 58, severity: 'warning', message: 'an essay question ({}) has no answer to check; skipped'},
		{line: 73, column: 1, severity: 'warning', message: 'no answer block {…}: a description, not a question; skipped'},
	]);
	assertValidQuestions(t, result.questions);
});
