import fs from 'node:fs/promises';
import path from 'node:path';
import test from 'ava';
import {runNew} from '../../../source/commands/author/run-new.js';
import {checkPack} from '../../../source/core/pack/lint-rules.js';
import {accept, pick, runScripted, temporaryFolder, tick, type, type Step} from './author-script.js';

const metadata: Step[] = [
	type('Title:', 'Magna Carta basics'),
	accept(/^Pack id/),
	type('Description (optional):', 'One question of every type.'),
	accept('Author (optional):'),
	accept('Language (a tag such as en or en-GB):'),
	type('License, e.g. CC-BY-4.0 (optional):', 'CC-BY-4.0'),
	type(/^Tags for the pack/, 'civics, history, civics'),
	pick(/^Add a source/, 'add a source'),
	type("Source title (the article's headline):", 'Notes on the 1215 charter'),
	type('Outlet, e.g. Northwind Herald (optional):', 'Runnymede Gazette'),
	type('Published: YYYY, YYYY-MM or YYYY-MM-DD (optional):', '2024-06-15'),
	type('Web address (optional):', 'https://example.org/charter'),
	accept('Source id (evidence names it):'),
	pick('Add another source?', 'no more sources'),
];

/** The questions' shared tail: the suggested id kept, an explanation, evidence from the one source, tags. */
function finish(explanation: string, evidence: string, tags = '', last = false): Step[] {
	return [
		accept(/^Question id/),
		type('Explanation shown after the answer (optional):', explanation),
		accept('Evidence: which source backs the answer?'),
		type('Evidence: the sentence in it that backs the answer:', evidence),
		type(/^Tags/, tags),
		pick('Add another question?', last ? 'done' : 'add another question'),
	];
}

const questions: Step[] = [
	pick('Question type:', 'choice'),
	type('Question:', 'Where was the charter sealed in 1215?'),
	type('Option 1:', 'Runnymede'),
	type('Option 2:', 'Windsor Castle'),
	type('Option 3 (Enter when done):', 'Canterbury'),
	accept('Option 4 (Enter when done):'),
	pick('Which option is right?', 'Runnymede'),
	...finish('The meadow lies beside the Thames.', 'King John sealed the charter at Runnymede.', 'places'),

	pick('Question type:', 'multi'),
	type('Question:', 'Which of these took part in the 1215 settlement?'),
	type('Option 1:', 'King John'),
	type('Option 2:', 'the rebel barons'),
	type('Option 3 (Enter when done):', 'Napoleon'),
	accept('Option 4 (Enter when done):'),
	tick(/^Which options are right\?/, ['King John', 'the rebel barons']),
	...finish('A peace between the king and his barons.', 'The charter settled a quarrel between King John and rebel barons.'),

	pick('Question type:', 'truefalse'),
	type('Statement (the learner says whether it is true):', 'King John signed the charter with a pen.'),
	pick('Is the statement true or false?', 'false'),
	...finish('He had his seal attached to it.', "The king's seal, not a signature, made the charter official."),

	pick('Question type:', 'cloze'),
	accept('Instruction shown above the sentence:'),
	type(/^Sentence, each gap written/, 'The charter was sealed in {{1215}} at {{Runnymede|Runnymede meadow}}.'),
	...finish('June 1215.', 'King John sealed the charter at Runnymede on 15 June 1215.'),

	pick('Question type:', 'short'),
	type('Question:', 'In which year did King John die?'),
	type('Answer:', '1216'),
	type('Another answer to accept (Enter when done):', 'AD 1216'),
	accept('Another answer to accept (Enter when done):'),
	type('Tolerance: also accept any number within ± this of 1216 (optional):', '1'),
	...finish('He died in October 1216.', 'John died in 1216.'),

	pick('Question type:', 'order'),
	accept('Question:'),
	type('Item 1 (the first):', 'John becomes king'),
	type('Item 2:', 'The charter is sealed'),
	type('Item 3:', 'John dies'),
	accept('Item 4 (Enter when done):'),
	...finish('1199, 1215, 1216.', 'John became king in 1199, sealed the charter in 1215 and died in 1216.'),

	pick('Question type:', 'match'),
	type('Question:', 'Match each word to its meaning.'),
	type('Pair 1, left:', 'charter'),
	type('Pair 1, right (what "charter" goes with):', 'a written grant of rights'),
	type('Pair 2, left:', 'baron'),
	type('Pair 2, right (what "baron" goes with):', 'a great landholder under the king'),
	accept('Pair 3, left (Enter when done):'),
	...finish('Both words come from medieval law.', 'A charter was a written grant; the barons held land from the king.', '', true),
];

const evidence = (text: string) => ({source: 'runnymede-gazette-2024-06-15', text});

test('the wizard writes a pack with one question of each of the seven types, which passes lint', async t => {
	const cwd = await temporaryFolder(t);
	const run = await runScripted(cwd, [...metadata, ...questions], (io, options) => runNew(io, options));
	t.is(run.code, 0, run.stderr);
	t.is(run.remaining(), 0, 'every scripted step was used');
	t.deepEqual(await fs.readdir(cwd), ['magna-carta-basics.yaml'], 'named after the id, in the working folder; no temporary file left');
	const text = await fs.readFile(path.join(cwd, 'magna-carta-basics.yaml'), 'utf8');
	const checked = checkPack(text, 'magna-carta-basics.yaml');
	t.deepEqual(checked.diagnostics.filter(diagnostic => diagnostic.severity === 'error'), []);
	t.like(checked.pack, {id: 'magna-carta-basics', title: 'Magna Carta basics', description: 'One question of every type.', language: 'en', license: 'CC-BY-4.0'});
	t.deepEqual(checked.pack?.tags, ['civics', 'history']);
	t.deepEqual(checked.pack?.sources, [
		{id: 'runnymede-gazette-2024-06-15', title: 'Notes on the 1215 charter', outlet: 'Runnymede Gazette', published: '2024-06-15', url: 'https://example.org/charter'},
	]);
	t.deepEqual(checked.pack?.questions, [
		{
			id: 'where-was-the-charter-sealed-in-1215',
			type: 'choice',
			prompt: 'Where was the charter sealed in 1215?',
			options: ['Runnymede', 'Windsor Castle', 'Canterbury'],
			answer: 'Runnymede',
			explanation: 'The meadow lies beside the Thames.',
			evidence: evidence('King John sealed the charter at Runnymede.'),
			tags: ['places'],
		},
		{
			id: 'which-of-these-took-part-in-the-1215-settlement',
			type: 'multi',
			prompt: 'Which of these took part in the 1215 settlement?',
			options: ['King John', 'the rebel barons', 'Napoleon'],
			answers: ['King John', 'the rebel barons'],
			explanation: 'A peace between the king and his barons.',
			evidence: evidence('The charter settled a quarrel between King John and rebel barons.'),
		},
		{
			id: 'king-john-signed-the-charter-with-a-pen',
			type: 'truefalse',
			prompt: 'King John signed the charter with a pen.',
			answer: false,
			explanation: 'He had his seal attached to it.',
			evidence: evidence("The king's seal, not a signature, made the charter official."),
		},
		{
			id: 'the-charter-was-sealed-in-1215-at-runnymede',
			type: 'cloze',
			prompt: 'Fill in the gap.',
			text: 'The charter was sealed in {{1215}} at {{Runnymede|Runnymede meadow}}.',
			explanation: 'June 1215.',
			evidence: evidence('King John sealed the charter at Runnymede on 15 June 1215.'),
		},
		{
			id: 'in-which-year-did-king-john-die',
			type: 'short',
			prompt: 'In which year did King John die?',
			answer: '1216',
			accept: ['AD 1216'],
			tolerance: 1,
			explanation: 'He died in October 1216.',
			evidence: evidence('John died in 1216.'),
		},
		{
			id: 'put-these-in-order-earliest-first',
			type: 'order',
			prompt: 'Put these in order, earliest first.',
			items: ['John becomes king', 'The charter is sealed', 'John dies'],
			explanation: '1199, 1215, 1216.',
			evidence: evidence('John became king in 1199, sealed the charter in 1215 and died in 1216.'),
		},
		{
			id: 'match-each-word-to-its-meaning',
			type: 'match',
			prompt: 'Match each word to its meaning.',
			pairs: [
				{left: 'charter', right: 'a written grant of rights'},
				{left: 'baron', right: 'a great landholder under the king'},
			],
			explanation: 'Both words come from medieval law.',
			evidence: evidence('A charter was a written grant; the barons held land from the king.'),
		},
	]);
	t.regex(text, /^# Written with factdrill new\./);
	t.regex(text, /^# Add questions: factdrill add magna-carta-basics\.yaml$/m);
	t.is(run.stderr, 'factdrill: wrote magna-carta-basics.yaml: 7 questions, 1 source\n');
});

test('each question is shown as it will be written, the answer marked by ✔ and the word', async t => {
	const cwd = await temporaryFolder(t);
	const run = await runScripted(cwd, [...metadata, ...questions], (io, options) => runNew(io, options));
	t.true(run.printed.includes('── question 1 · choice · id where-was-the-charter-sealed-in-1215\nWhere was the charter sealed in 1215?\n\n  ✔ Runnymede   (answer)\n    Windsor Castle\n'), run.printed);
	t.true(run.printed.includes('Text: The charter was sealed in [1215] at [Runnymede / Runnymede meadow].'));
	t.true(run.printed.includes('Answer: 1216 ± 1\nAlso accepted: AD 1216\n'));
	t.true(run.printed.includes('Source: Runnymede Gazette, 2024-06-15 — Notes on the 1215 charter\n'));
});
