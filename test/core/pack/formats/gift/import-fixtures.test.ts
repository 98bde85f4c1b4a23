import test from 'ava';
import {parseGift} from '../../../../../source/core/pack/formats/gift/index.js';
import {assertValidQuestions, giftFixture} from './gift-test-helpers.js';

test('with-errors.gift: each broken question is skipped with an error at its line and column, the good ones are read', t => {
	const result = parseGift(giftFixture('with-errors.gift'));
	t.deepEqual(
		result.questions.map(question => question.id),
		['good-one', 'good-two', 'weights-short-of-100', 'gift-07mgeo0', 'gift-1261rfr', 'good-three'],
	);
	t.deepEqual(result.questions[2], {
		id: 'weights-short-of-100',
		type: 'multi',
		prompt: 'Which of these are permanent members of the UN Security Council?',
		options: ['France', 'China', 'India'],
		answers: ['France', 'China'],
	});
	t.deepEqual(result.questions[3], {
		id: 'gift-07mgeo0',
		type: 'short',
		prompt: 'Lower case is not true/false in Moodle: the Alps lie in Europe.',
		answer: 'true',
		accept: [],
	});
	t.is(result.questions[4]?.prompt, 'Unclosed title Which ocean is the largest?');
	const skipped = '; question skipped';
	t.deepEqual(result.problems, [
		{line: 6, column: 40, severity: 'error', message: `"{" is never closed with "}"${skipped}`},
		{line: 8, column: 46, severity: 'error', message: `"}" with no "{" before it${skipped}`},
		{line: 10, column: 59, severity: 'error', message: `no right answer: mark it with =, or give the right answers positive weights such as ~%50%${skipped}`},
		{line: 14, column: 69, severity: 'error', message: `"twenty-seven" is not a number${skipped}`},
		{line: 16, column: 61, severity: 'error', message: `"x" is not a number${skipped}`},
		{line: 18, column: 83, severity: 'error', message: `the tolerance "-1" is negative${skipped}`},
		{line: 20, column: 50, severity: 'error', message: `bad weight "%150%": weights run from %-100% to %100%${skipped}`},
		{line: 22, column: 53, severity: 'error', message: `a matching question takes 2–6 pairs; this has 7${skipped}`},
		{line: 32, column: 69, severity: 'error', message: `"Rhine" is not a pair: matching pairs are written =left -> right${skipped}`},
		{
			line: 34,
			column: 59,
			severity: 'error',
			message: `2 answers are marked right (=), but a single-answer question has one; for several right answers give each a weight such as ~%50%${skipped}`,
		},
		{line: 37, column: 63, severity: 'error', message: `a second answer block: a question has one (is a blank line missing between two questions?)${skipped}`},
		{line: 39, column: 53, severity: 'error', message: `factdrill's multiple choice takes 2–6 options; this has 7${skipped}`},
		{line: 42, column: 89, severity: 'warning', message: "the right answers' weights add up to 90%, not 100%; every answer with a positive weight counts as right"},
		{
			line: 44,
			column: 65,
			severity: 'warning',
			message: '{true} is read as a short answer "true", as Moodle reads it; true/false is written {TRUE}, {FALSE}, {T} or {F}',
		},
		{line: 46, column: 1, severity: 'warning', message: 'the title has no closing "::"; it is read as part of the question text'},
	]);
	t.deepEqual(result.tags, []);
	assertValidQuestions(t, result.questions);
});

test('escapes.gift: every escape stands for its character, \\n for a line break, \\\\ for a backslash', t => {
	const result = parseGift(giftFixture('escapes.gift'));
	t.deepEqual(result.questions, [
		{
			id: 'sets',
			type: 'choice',
			prompt: 'In set notation, what does {1, 2} = {2, 1} show?',
			options: ['that the order of members does not matter', 'that sets may repeat members', 'that 1 = 2'],
			answer: 'that the order of members does not matter',
			explanation: 'Yes: a set has no order.\nIf you answered that 1 = 2: No~ the two sets are equal, not their members.',
		},
		{
			id: 'meeting-at-12-30',
			type: 'short',
			prompt: 'A meeting set for 12:30 in Tokyo starts at which time in UTC?',
			answer: '03:30',
			accept: ['3:30'],
			explanation: 'Japan keeps UTC+9 all year.\nThere is no daylight saving time.',
		},
		{id: 'famous-equation', type: 'short', prompt: 'Which equation links mass and energy?', answer: 'E=mc^2', accept: ['E = mc^2']},
		{
			id: 'symbols',
			type: 'match',
			prompt: 'Match each symbol with its name.',
			pairs: [
				{left: '~', right: 'tilde'},
				{left: '#', right: 'hash'},
				{left: '{', right: 'left brace'},
			],
		},
		{id: 'paths', type: 'truefalse', prompt: "On Windows, the folder C\\Users holds each user's files.\nIs that right?", answer: true},
		{id: 'backslash', type: 'choice', prompt: 'A regular expression \\d matches what?', options: ['a digit', 'a dot'], answer: 'a digit'},
	]);
	t.deepEqual(result.problems, []);
	assertValidQuestions(t, result.questions);
});

test('html.gift: [html] text becomes plain text; [moodle], [markdown] and [plain] text is kept without its marker', t => {
	const result = parseGift(giftFixture('html.gift'));
	t.deepEqual(result.questions, [
		{
			id: 'parliament',
			type: 'choice',
			prompt: 'Which chamber of the UK Parliament is elected?',
			options: ['the House of Commons', 'the House of Lords'],
			answer: 'the House of Commons',
			explanation:
				'Members of the Lords are appointed or inherit their seats.\nA few are bishops.\nIf you answered the House of Commons: Yes — its members are elected.',
		},
		{id: 'entities', type: 'truefalse', prompt: 'Is 3 < 5 && 5 > 3 a true statement?', answer: true},
		{id: 'missing-word-in-html', type: 'choice', prompt: 'The Bill of Rights was passed in ___.', options: ['1215', '1689', '1776'], answer: '1689'},
		{
			id: 'markdown',
			type: 'choice',
			prompt: 'Which city is the **seat** of the European Court of Justice?',
			options: ['Luxembourg', 'Strasbourg'],
			answer: 'Luxembourg',
		},
		{id: 'plain', type: 'short', prompt: 'Type the tag that starts a paragraph in HTML.', answer: '<p>', accept: ['<P>']},
		{
			id: 'moodle-format',
			type: 'choice',
			prompt: 'Which river forms much of the border between the US and Mexico?',
			options: ['Rio Grande', 'Colorado'],
			answer: 'Rio Grande',
		},
		{
			id: 'not-a-format',
			type: 'choice',
			prompt: "[note] Which treaty ended the Thirty Years' War?",
			options: ['the Peace of Westphalia', 'the Peace of Utrecht'],
			answer: 'the Peace of Westphalia',
		},
	]);
	t.deepEqual(result.problems, []);
	assertValidQuestions(t, result.questions);
});

test('moodle-export.gift: a file shaped like Moodle\'s own export reads cleanly', t => {
	const result = parseGift(giftFixture('moodle-export.gift'));
	t.deepEqual(result.questions, [
		{
			id: 'westphalia-1648',
			type: 'choice',
			prompt: 'In which year were the treaties of Westphalia signed?',
			options: ['1648', '1618', '1713'],
			answer: '1648',
			explanation: 'Yes: in Osnabrück and Münster.\nIf you answered 1618: That is when the war began.',
			tags: ['treaties', 'europe'],
		},
		{
			id: 'vienna',
			type: 'short',
			prompt: 'Name the congress that redrew the map of Europe in 1815.',
			answer: 'Congress of Vienna',
			accept: ['Vienna'],
			explanation: 'If you answered Congress of Berlin: That one met in 1878.',
		},
		{
			id: 'versailles-year',
			type: 'short',
			prompt: 'In which year was the Treaty of Versailles signed?',
			answer: '1919',
			accept: [],
			tolerance: 0,
			explanation: 'It took effect in January 1920.\nIf you answered 1918: The armistice came in 1918.\nIf you answered anything else: It was June 1919.',
		},
		{id: 'maastricht', type: 'truefalse', prompt: 'The Maastricht Treaty created the European Union.', answer: true, explanation: 'Right, in 1992.'},
		{
			id: 'treaty-places',
			type: 'match',
			prompt: 'Match each treaty with the city it is named after.',
			pairs: [
				{left: 'Treaty of Utrecht', right: 'Utrecht'},
				{left: 'Peace of Paris', right: 'Paris'},
				{left: 'Treaty of Ghent', right: 'Ghent'},
			],
		},
	]);
	t.deepEqual(result.tags, ['Treaties']);
	t.deepEqual(result.problems, [{line: 29, column: 7, severity: 'warning', message: '"1918:0" earns 50% in Moodle; factdrill has no partial credit and counts it wrong'}]);
	assertValidQuestions(t, result.questions);
});
