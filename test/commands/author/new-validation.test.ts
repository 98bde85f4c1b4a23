import fs from 'node:fs/promises';
import path from 'node:path';
import test from 'ava';
import {runNew} from '../../../source/commands/author/run-new.js';
import {checkPack} from '../../../source/core/pack/lint-rules.js';
import {accept, pick, refuse, runScripted, temporaryFolder, type, type Step} from './author-script.js';

/*
 * Every field is checked as it is entered, by the schema's and lint's own
 * rules, and the message is shown under it until the value is fixed.
 */

function noExtras(last: boolean, id?: Step): Step[] {
	return [
		id ?? accept(/^Question id/),
		accept('Explanation shown after the answer (optional):'),
		accept(/^Tags/),
		pick('Add another question?', last ? 'done' : 'add another question'),
	];
}

test('metadata and sources: a bad id, language, date and web address are refused with the reason, then fixed', async t => {
	const cwd = await temporaryFolder(t);
	await fs.writeFile(path.join(cwd, 'taken.yaml'), 'not a pack\n');
	const run = await runScripted(
		cwd,
		[
			type('Title:', 'Taken'),
			refuse(
				/^Pack id/,
				[
					['', 'taken.yaml already exists here; choose another id (factdrill new never replaces a file)'],
					['Straits Talks', 'ids use lower-case letters, digits, ".", "_" and "-", starting with a letter or digit'],
				],
				'straits',
			),
			accept('Description (optional):'),
			accept('Author (optional):'),
			refuse('Language (a tag such as en or en-GB):', [['English', 'a language tag such as en or en-GB']], 'en-GB'),
			accept('License, e.g. CC-BY-4.0 (optional):'),
			accept(/^Tags for the pack/),
			pick(/^Add a source/, 'add a source'),
			refuse("Source title (the article's headline):", [['   ', 'must not be empty']], 'Straits talks stall'),
			accept('Outlet, e.g. Northwind Herald (optional):'),
			refuse(
				'Published: YYYY, YYYY-MM or YYYY-MM-DD (optional):',
				[
					['2024-13-01', 'dates are YYYY, YYYY-MM or YYYY-MM-DD'],
					['14 March 2024', 'dates are YYYY, YYYY-MM or YYYY-MM-DD'],
				],
				'2024-03',
			),
			refuse('Web address (optional):', [['northwind herald', 'expected a web address such as https://example.org/news/story, got "northwind herald"']], ''),
			accept('Source id (evidence names it):'),
			pick('Add another source?', 'no more sources'),
			pick('Question type:', 'truefalse'),
			type(/^Statement/, 'Talks on the straits began in 1998.'),
			pick('Is the statement true or false?', 'true'),
			accept(/^Question id/),
			accept('Explanation shown after the answer (optional):'),
			pick('Evidence: which source backs the answer?', 'no evidence'),
			accept(/^Tags/),
			pick('Add another question?', 'done'),
		],
		(io, options) => runNew(io, options),
	);
	t.is(run.code, 0, run.stderr);
	t.is(run.remaining(), 0);
	t.deepEqual((await fs.readdir(cwd)).sort(), ['straits.yaml', 'taken.yaml']);
	const checked = checkPack(await fs.readFile(path.join(cwd, 'straits.yaml'), 'utf8'), 'straits.yaml');
	t.like(checked.pack, {id: 'straits', language: 'en-GB'});
	t.deepEqual(checked.pack?.sources, [{id: 'straits-talks-stall', title: 'Straits talks stall', published: '2024-03'}], 'no outlet or date: the id comes from the title');
	t.is(checked.pack?.questions[0]?.evidence, undefined);
	t.regex(run.stderr, /^factdrill: wrote straits\.yaml: 1 question, 1 source\nfactdrill: 2 warnings \(the pack works; factdrill lint straits\.yaml lists them again\):\n {2}straits\.yaml:\d+:\d+: .*no evidence/);
});

test('questions: duplicate options, items and pairs, a cloze without gaps, a bad tolerance and a taken id are refused, then fixed', async t => {
	const cwd = await temporaryFolder(t);
	const steps: Step[] = [
		type('Title:', 'Capitals'),
		accept(/^Pack id/),
		accept('Description (optional):'),
		accept('Author (optional):'),
		accept('Language (a tag such as en or en-GB):'),
		accept('License, e.g. CC-BY-4.0 (optional):'),
		accept(/^Tags for the pack/),
		pick(/^Add a source/, 'no sources'),

		pick('Question type:', 'choice'),
		refuse('Question:', [['', 'must not be empty']], 'What is the capital of France?'),
		type('Option 1:', 'Paris'),
		refuse(
			'Option 2:',
			[
				['', 'expected 2–6 options, got 1'],
				['Paris', 'option "Paris" is listed twice (options[0] and options[1])'],
			],
			'Lyon',
		),
		accept('Option 3 (Enter when done):'),
		pick('Which option is right?', 'Paris'),
		...noExtras(false),

		pick('Question type:', 'choice'),
		type('Question:', 'What is the capital of France?'),
		type('Option 1:', 'Paris'),
		type('Option 2:', 'Marseille'),
		accept('Option 3 (Enter when done):'),
		pick('Which option is right?', 'Paris'),
		...noExtras(
			false,
			refuse(/^Question id/, [['what-is-the-capital-of-france', 'question id "what-is-the-capital-of-france" is already used in this pack; choose another']], 'capital-again'),
		),

		pick('Question type:', 'cloze'),
		accept('Instruction shown above the sentence:'),
		refuse(
			/^Sentence, each gap written/,
			[
				['Paris is the capital.', 'text has no gap: mark each answer as {{answer}}'],
				['{{}} is the capital.', 'text has an empty gap {{}}: write the answer between the braces'],
			],
			'{{Paris}} is the capital.',
		),
		...noExtras(false),

		pick('Question type:', 'short'),
		type('Question:', 'How many arrondissements has Paris?'),
		type('Answer:', '20'),
		refuse('Another answer to accept (Enter when done):', [['20', '"20" is already accepted']], 'twenty'),
		accept('Another answer to accept (Enter when done):'),
		refuse(
			'Tolerance: also accept any number within ± this of 20 (optional):',
			[
				['-1', 'expected a number of at least 0, got the number -1'],
				['a few', 'expected a number, got "a few"'],
			],
			'',
		),
		...noExtras(false),

		pick('Question type:', 'order'),
		type('Question:', 'Order these cities from north to south.'),
		type('Item 1 (the first):', 'Lille'),
		refuse('Item 2:', [['Lille', 'item "Lille" is listed twice']], 'Paris'),
		refuse('Item 3:', [['', 'expected 3–6 items, got 2']], 'Marseille'),
		accept('Item 4 (Enter when done):'),
		...noExtras(false),

		pick('Question type:', 'match'),
		type('Question:', 'Match each city with its river.'),
		type('Pair 1, left:', 'Paris'),
		type(/^Pair 1, right/, 'Seine'),
		refuse('Pair 2, left:', [['Paris', 'left "Paris" is listed twice']], 'Lyon'),
		refuse(/^Pair 2, right/, [['Seine', 'right "Seine" is listed twice']], 'Rhône'),
		accept('Pair 3, left (Enter when done):'),
		...noExtras(true),
	];
	const run = await runScripted(cwd, steps, (io, options) => runNew(io, options));
	t.is(run.code, 0, run.stderr);
	t.is(run.remaining(), 0);
	const checked = checkPack(await fs.readFile(path.join(cwd, 'capitals.yaml'), 'utf8'), 'capitals.yaml');
	const questions = checked.pack?.questions ?? [];
	t.deepEqual(
		questions.map(question => question.id),
		['what-is-the-capital-of-france', 'capital-again', 'paris-is-the-capital', 'how-many-arrondissements-has-paris', 'order-these-cities-from-north-to-south', 'match-each-city-with-its-river'],
	);
	t.like(questions[0], {options: ['Paris', 'Lyon'], answer: 'Paris'});
	t.like(questions[3], {answer: '20', accept: ['twenty'], tolerance: undefined});
	t.like(questions[5], {pairs: [{left: 'Paris', right: 'Seine'}, {left: 'Lyon', right: 'Rhône'}]});
});
