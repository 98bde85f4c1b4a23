import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import test from 'ava';
import type {ExecutionContext} from 'ava';
import {runLint} from '../../source/commands/lint.js';
import type {LintResult} from '../../source/commands/lint.js';
import {captureIo} from '../helpers/capture-io.js';

const fixtures = new URL('../fixtures/packs/', import.meta.url);

/** A temp folder holding copies of the named fixtures, used as the user's cwd. */
async function workspace(t: ExecutionContext, ...names: string[]): Promise<string> {
	const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'factdrill-lint-'));
	t.teardown(() => fs.rm(directory, {recursive: true, force: true}));
	await fs.mkdir(path.join(directory, 'packs'));
	for (const name of names) await fs.copyFile(new URL(name, fixtures), path.join(directory, 'packs', name));
	return directory;
}


test('a clean file passes with exit code 0 and a check mark', async t => {
	const cwd = await workspace(t, 'valid-minimal.yaml');
	const {io, output} = captureIo(cwd);
	t.is(await runLint(['packs/valid-minimal.yaml'], io), 0);
	t.is(output.stdout, '✔ 1 file OK\n');
	t.is(output.stderr, '');
});

test('every problem is printed as file:line:col, with paths as the user typed them, and exit code 1', async t => {
	const cwd = await workspace(t, 'duplicate-id.yaml', 'schema-error.yaml', 'valid-minimal.yaml');
	const {io, output} = captureIo(cwd);
	t.is(await runLint(['packs/duplicate-id.yaml', './packs/schema-error.yaml', 'packs/valid-minimal.yaml'], io), 1);
	t.is(
		output.stdout,
		[
			'packs/duplicate-id.yaml:23:9: error: duplicate question id "q1" (first used at line 10) [duplicate-id]',
			'./packs/schema-error.yaml:12:14: error: questions[0] (id "too-many-options"): options: expected 2–6 options, got 7 [schema]',
			'./packs/schema-error.yaml:19:13: error: questions[1] (id "yes-is-not-a-boolean"): answer: expected true or false, got "yes" [schema]',
			'./packs/schema-error.yaml:22:5: error: questions[2] (id "no-prompt"): missing required key "prompt" [schema]',
			'4 errors, 0 warnings in 2 files',
			'',
		].join('\n'),
	);
});

test('a folder is linted file by file, and warnings alone exit 0', async t => {
	const cwd = await workspace(t, 'valid-minimal.yaml');
	const bare = 'format: factdrill/pack@1\nid: bare\ntitle: Bare\nquestions:\n  - {id: q, type: truefalse, prompt: P, answer: true}\n';
	await fs.writeFile(path.join(cwd, 'packs', 'bare.yml'), bare);
	const {io, output} = captureIo(cwd);
	t.is(await runLint(['packs'], io), 0);
	t.is(
		output.stdout,
		[
			'packs/bare.yml:5:5: warning: questions[0] (id "q"): no evidence: add evidence (source and text) so learners can check the answer [no-evidence]',
			'packs/bare.yml:5:5: warning: questions[0] (id "q"): no explanation: add one to show after the answer [no-explanation]',
			'0 errors, 2 warnings in 1 file',
			'',
		].join('\n'),
	);
});

test('a file given twice, or inside a folder also given, is linted once', async t => {
	const cwd = await workspace(t, 'valid-minimal.yaml');
	const {io, output} = captureIo(cwd);
	t.is(await runLint(['packs/valid-minimal.yaml', 'packs', `${cwd}/packs/valid-minimal.yaml`], io), 0);
	t.is(output.stdout, '✔ 1 file OK\n');
});

test('missing files and empty folders are errors', async t => {
	const cwd = await workspace(t);
	const {io, output} = captureIo(cwd);
	t.is(await runLint(['packs', 'nope.yaml'], io), 1);
	t.is(
		output.stdout,
		[
			'packs:1:1: error: no pack files (.yaml or .yml) in this folder [no-pack-files]',
			'nope.yaml:1:1: error: no such file [unreadable-file]',
			'2 errors, 0 warnings in 2 files',
			'',
		].join('\n'),
	);
});

test('two linted packs with the same id are an error, as they would be when loaded', async t => {
	const cwd = await workspace(t, 'valid-minimal.yaml');
	await fs.copyFile(path.join(cwd, 'packs', 'valid-minimal.yaml'), path.join(cwd, 'packs', 'valid-copy.yaml'));
	const {io, output} = captureIo(cwd);
	t.is(await runLint(['packs/valid-minimal.yaml', 'packs/valid-copy.yaml'], io), 1);
	t.is(
		output.stdout,
		'packs/valid-copy.yaml:4:5: error: pack id "magna-carta-basics" is already used by packs/valid-minimal.yaml; give this pack another id [duplicate-pack-id]\n1 error, 0 warnings in 1 file\n',
	);
});

test('no files is a usage error: exit code 2, usage on stderr, nothing on stdout', async t => {
	const {io, output} = captureIo(await workspace(t));
	t.is(await runLint([], io), 2);
	t.is(output.stdout, '');
	t.is(output.stderr, 'factdrill lint: give at least one pack file or folder\nusage: factdrill lint [--json] [--fix] [--strict] <pack.yaml | folder>...\n');
});

test('--json prints one object per file and keeps the exit code', async t => {
	const cwd = await workspace(t, 'answer-not-in-options.yaml', 'valid-minimal.yaml');
	const {io, output} = captureIo(cwd);
	t.is(await runLint(['packs'], io, {json: true}), 1);
	const results = JSON.parse(output.stdout) as LintResult[];
	t.deepEqual(
		results.map(result => [result.file, result.ok, result.diagnostics.length]),
		[
			['packs/answer-not-in-options.yaml', false, 3],
			['packs/valid-minimal.yaml', true, 0],
		],
	);
	t.deepEqual(results[0]?.diagnostics[2], {
		file: 'packs/answer-not-in-options.yaml',
		line: 25,
		column: 9,
		message: 'questions[1] (id "chambers"): answer "Senate" is not one of the options',
		severity: 'error',
		rule: 'answer-not-in-options',
	});
});
