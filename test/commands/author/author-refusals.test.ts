import fs from 'node:fs/promises';
import path from 'node:path';
import test from 'ava';
import {runAdd} from '../../../source/commands/author/run-add.js';
import {runNew} from '../../../source/commands/author/run-new.js';
import {checkPack} from '../../../source/core/pack/lint-rules.js';
import {captureIo} from '../../helpers/capture-io.js';
import {accept, pick, pressCtrlC, runScripted, temporaryFolder, type} from './author-script.js';

test('without a terminal, new and add exit 2 with one line before asking anything', async t => {
	const cwd = await temporaryFolder(t);
	for (const [command, run] of [
		['new', (io: ReturnType<typeof captureIo>['io']) => runNew(io, {interactive: false, prompts: () => Promise.reject(new Error('no prompt may be opened'))})],
		['add', (io: ReturnType<typeof captureIo>['io']) => runAdd('test/fixtures/packs/valid-minimal.yaml', io, {interactive: false, prompts: () => Promise.reject(new Error('no prompt may be opened'))})],
	] as const) {
		const {io, output} = captureIo(cwd);
		t.is(await run(io), 2);
		t.regex(output.stderr, new RegExp(`^factdrill: ${command} asks its questions on an interactive terminal \\(stdin and stdout must be a TTY\\); [^\\n]+\\n$`));
		t.is(output.stdout, '');
	}
	t.deepEqual(await fs.readdir(cwd), []);
});

test('new never replaces a file: -o naming one is refused before the first question', async t => {
	const cwd = await temporaryFolder(t);
	await fs.writeFile(path.join(cwd, 'mine.yaml'), 'my own notes\n');
	const run = await runScripted(cwd, [], (io, options) => runNew(io, {...options, output: 'mine.yaml'}));
	t.is(run.code, 1);
	t.is(run.stderr, 'factdrill: mine.yaml already exists; factdrill new never replaces a file: choose another name with -o, or add questions to it with factdrill add mine.yaml\n');
	t.deepEqual(run.messages, []);
	t.is(await fs.readFile(path.join(cwd, 'mine.yaml'), 'utf8'), 'my own notes\n');

	const missing = await runScripted(cwd, [], (io, options) => runNew(io, {...options, output: 'no-folder/pack.yaml'}));
	t.is(missing.stderr, 'factdrill: cannot write no-folder/pack.yaml: the folder no-folder does not exist\n');
	t.deepEqual(missing.messages, []);
});

test('with -o the pack goes to that file, whatever its id', async t => {
	const cwd = await temporaryFolder(t);
	await fs.mkdir(path.join(cwd, 'packs'));
	await fs.writeFile(path.join(cwd, 'quiz.yaml'), 'taken, but not by -o\n');
	const run = await runScripted(
		cwd,
		[
			type('Title:', 'Quiz'),
			accept(/^Pack id/),
			accept('Description (optional):'),
			accept('Author (optional):'),
			accept(/^Language/),
			accept(/^License/),
			accept(/^Tags for the pack/),
			pick(/^Add a source/, 'no sources'),
			pick('Question type:', 'truefalse'),
			type(/^Statement/, 'The Thames flows through London.'),
			pick('Is the statement true or false?', 'true'),
			accept(/^Question id/),
			type(/^Explanation/, 'It does.'),
			accept(/^Tags/),
			pick('Add another question?', 'done'),
		],
		(io, options) => runNew(io, {...options, output: 'packs/quiz.yaml'}),
	);
	t.is(run.code, 0, run.stderr);
	t.true(run.stderr.startsWith('factdrill: wrote packs/quiz.yaml: 1 question, 0 sources\nfactdrill: 1 warning (the pack works; factdrill lint packs/quiz.yaml lists them again):\n'), run.stderr);
	t.deepEqual(await fs.readdir(path.join(cwd, 'packs')), ['quiz.yaml']);
	t.is(checkPack(await fs.readFile(path.join(cwd, 'packs/quiz.yaml'), 'utf8'), 'quiz.yaml').pack?.id, 'quiz');
});

test('Ctrl+C anywhere in new writes nothing and exits 130', async t => {
	const cwd = await temporaryFolder(t);
	const run = await runScripted(
		cwd,
		[type('Title:', 'Quiz'), accept(/^Pack id/), accept('Description (optional):'), accept('Author (optional):'), accept(/^Language/), accept(/^License/), accept(/^Tags/), pick(/^Add a source/, 'no sources'), pick('Question type:', 'choice'), type('Question:', 'Which?'), pressCtrlC('Option 1:')],
		(io, options) => runNew(io, options),
	);
	t.is(run.code, 130);
	t.is(run.stderr, 'factdrill: cancelled, nothing written\n');
	t.deepEqual(await fs.readdir(cwd), []);
});
