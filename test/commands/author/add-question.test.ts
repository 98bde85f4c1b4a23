import fs from 'node:fs/promises';
import path from 'node:path';
import test from 'ava';
import type {ExecutionContext} from 'ava';
import {runAdd} from '../../../source/commands/author/run-add.js';
import {checkPack} from '../../../source/core/pack/lint-rules.js';
import {accept, pick, pressCtrlC, runScripted, temporaryFolder, type, type Step} from './author-script.js';

const fixture = 'test/fixtures/packs/author/hand-written.yaml';
const original = await fs.readFile(fixture, 'utf8');

async function copyFixture(t: ExecutionContext, folder?: string) {
	const cwd = await temporaryFolder(t);
	const directory = folder === undefined ? cwd : path.join(cwd, folder);
	await fs.mkdir(directory, {recursive: true});
	await fs.writeFile(path.join(directory, 'hand-written.yaml'), original, {mode: 0o600});
	return {cwd, file: path.join(directory, 'hand-written.yaml')};
}

const twoQuestions: Step[] = [
	pick('Question type:', 'short'),
	type('Question:', 'Who sealed the charter?'),
	type('Answer:', 'King John'),
	type('Another answer to accept (Enter when done):', 'John'),
	accept('Another answer to accept (Enter when done):'),
	accept(/^Question id/),
	type('Explanation shown after the answer (optional):', 'John reigned from 1199 to 1216.'),
	pick('Evidence: which source backs the answer?', 'notes'),
	type('Evidence: the sentence in it that backs the answer:', 'King John sealed the charter.'),
	type(/^Tags/, 'people'),
	pick('Add another question?', 'add another question'),
	pick('Question type:', 'cloze'),
	accept('Instruction shown above the sentence:'),
	type(/^Sentence/, 'The charter was sealed in {{1215}}.'),
	accept(/^Question id/),
	accept('Explanation shown after the answer (optional):'),
	pick('Evidence: which source backs the answer?', 'no evidence'),
	accept(/^Tags/),
	pick('Add another question?', 'done'),
];

test('add appends the questions at the end of the list and leaves every line of the file as it was', async t => {
	const {cwd, file} = await copyFixture(t);
	const run = await runScripted(cwd, [...twoQuestions], (io, options) => runAdd('hand-written.yaml', io, options));
	t.is(run.code, 0, run.stderr);
	t.is(run.remaining(), 0);
	const written = await fs.readFile(file, 'utf8');

	const before = original.split('\n');
	const after = written.split('\n');
	const firstNew = before.findIndex((line, index) => line !== after[index]);
	const added = after.length - before.length;
	t.true(added > 0);
	t.deepEqual(after.slice(0, firstNew), before.slice(0, firstNew), 'every line before the new questions is unchanged');
	t.deepEqual(after.slice(firstNew + added), before.slice(firstNew), 'every line after them is unchanged, comments included');
	t.is(before[firstNew], '    # End of the questions: add new ones above this line.', 'the new questions go after the last question, before the comment that follows it');
	t.is(after[firstNew], '', 'a blank line before the first new question, as between the others');
	t.is(after[firstNew + 1], '    - id: who-sealed-the-charter-2', 'indented as the list is');

	const checked = checkPack(written, 'hand-written.yaml');
	t.deepEqual(checked.diagnostics.filter(diagnostic => diagnostic.severity === 'error'), []);
	t.deepEqual(checked.pack?.questions.map(question => question.id), ['who-sealed-the-charter', 'sealed-not-signed', 'who-sealed-the-charter-2', 'the-charter-was-sealed-in-1215']);
	t.deepEqual(checked.pack?.questions.slice(2), [
		{
			id: 'who-sealed-the-charter-2',
			type: 'short',
			prompt: 'Who sealed the charter?',
			answer: 'King John',
			accept: ['John'],
			explanation: 'John reigned from 1199 to 1216.',
			evidence: {source: 'notes', text: 'King John sealed the charter.'},
			tags: ['people'],
		},
		{id: 'the-charter-was-sealed-in-1215', type: 'cloze', prompt: 'Fill in the gap.', text: 'The charter was sealed in {{1215}}.'},
	]);
	t.true(run.printed.startsWith('Adding questions to “Hand-written pack: Magna Carta” (hand-written.yaml), which has 2 questions.\n'));
	t.true(run.printed.includes('── question 3 · short · id who-sealed-the-charter-2\n'));
	t.regex(run.stderr, /^factdrill: added 2 questions to hand-written\.yaml \(now 4\)\nfactdrill: 2 warnings /);
	t.notRegex(run.stderr, /sealed-not-signed/, 'warnings about questions that were there before are not repeated');
	t.is((await fs.stat(file)).mode & 0o777, 0o600, 'the file keeps its permissions');
	t.deepEqual(await fs.readdir(cwd), ['hand-written.yaml'], 'no temporary file is left');
});

test('a pack of the library is found by its id', async t => {
	const {cwd, file} = await copyFixture(t, 'home/packs');
	const steps: Step[] = [
		pick('Question type:', 'truefalse'),
		type(/^Statement/, 'The charter was sealed at Runnymede.'),
		pick('Is the statement true or false?', 'true'),
		accept(/^Question id/),
		type('Explanation shown after the answer (optional):', 'A meadow by the Thames.'),
		pick('Evidence: which source backs the answer?', 'no evidence'),
		accept(/^Tags/),
		pick('Add another question?', 'done'),
	];
	const run = await runScripted(cwd, steps, (io, options) => runAdd('hand-written', io, options), {FACTDRILL_HOME: path.join(cwd, 'home')});
	t.is(run.code, 0, run.stderr);
	t.is(run.stderr.split('\n')[0], `factdrill: added 1 question to ${file} (now 3)`);
	t.deepEqual(checkPack(await fs.readFile(file, 'utf8'), file).pack?.questions.at(-1), {
		id: 'the-charter-was-sealed-at-runnymede',
		type: 'truefalse',
		prompt: 'The charter was sealed at Runnymede.',
		answer: true,
		explanation: 'A meadow by the Thames.',
	});
});

test('Ctrl+C in the middle of a question leaves the file untouched and exits 130', async t => {
	const {cwd, file} = await copyFixture(t);
	const run = await runScripted(cwd, [...twoQuestions.slice(0, 13), pressCtrlC(/^Sentence/)], (io, options) => runAdd('hand-written.yaml', io, options));
	t.is(run.code, 130);
	t.is(run.stderr, 'factdrill: cancelled, nothing written\n');
	t.is(await fs.readFile(file, 'utf8'), original);
	t.deepEqual(await fs.readdir(cwd), ['hand-written.yaml']);
});

test('built-in packs are not changed when named by id; unknown and broken packs are refused before any question', async t => {
	const cwd = await temporaryFolder(t);
	const env = {FACTDRILL_HOME: cwd};
	const add = (spec: string) => runScripted(cwd, [], (io, options) => runAdd(spec, io, options), env);

	const builtIn = await add('kuril-islands');
	t.is(builtIn.code, 1);
	t.regex(builtIn.stderr, /^factdrill: kuril-islands is a built-in pack, which add does not change \(an update of factdrill would replace it\); copy .+kuril-islands\.yaml to a file of your own and add to the copy\n$/);

	const unknown = await add('no-such-pack');
	t.is(unknown.code, 1);
	t.is(unknown.stderr, 'factdrill: no file no-such-pack here and no pack with that id in the library (factdrill packs lists them)\n');
	t.is((await add('missing.yaml')).stderr, 'factdrill: cannot read missing.yaml: there is no such file\n');

	const broken = await add(path.resolve('test/fixtures/packs/duplicate-id.yaml'));
	t.is(broken.code, 1);
	t.regex(broken.stderr, /has errors; fix them first \(nothing was changed\):\n {2}.+duplicate-id\.yaml:\d+:\d+: .*duplicate question id "q1"/);
	for (const run of [builtIn, unknown, broken]) t.deepEqual(run.messages, [], 'nothing was asked');
});
