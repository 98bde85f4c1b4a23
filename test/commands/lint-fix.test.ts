import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import test from 'ava';
import type {ExecutionContext} from 'ava';
import {runLint} from '../../source/commands/lint.js';
import type {LintResult} from '../../source/commands/lint.js';
import {captureIo} from '../helpers/capture-io.js';

const fixtures = new URL('../fixtures/packs/', import.meta.url);

async function workspace(t: ExecutionContext, ...names: string[]): Promise<string> {
	const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'factdrill-lint-fix-'));
	t.teardown(() => fs.rm(directory, {recursive: true, force: true}));
	for (const name of names) await fs.copyFile(new URL(name, fixtures), path.join(directory, path.basename(name)));
	return directory;
}

const remaining = [
	'fixable.yaml:17:5: warning: questions[0] (id "where-was-the-charter-sealed-in-1215"): no evidence: add evidence (source and text) so learners can check the answer [no-evidence]',
	'fixable.yaml:24:5: warning: questions[1] (id "where-was-the-charter-sealed-in-1215-2"): no evidence: add evidence (source and text) so learners can check the answer [no-evidence]',
	'fixable.yaml:26:5: warning: questions[2] (id "barons"): no evidence: add evidence (source and text) so learners can check the answer [no-evidence]',
	'fixable.yaml:35:5: warning: questions[3] (id "too-few"): no evidence: add evidence (source and text) so learners can check the answer [no-evidence]',
	'fixable.yaml:38:21: error: questions[3] (id "too-few"): option "John" is listed twice (options[0] and options[1]) [duplicate-option]',
	'1 error, 4 warnings in 1 file',
];

test('--fix repairs the file in place, says how many problems it fixed, then prints what is left', async t => {
	const cwd = await workspace(t, 'lint/fixable.yaml', 'lint/fixable.fixed.yaml');
	const {io, output} = captureIo(cwd);
	t.is(await runLint(['fixable.yaml'], io, {fix: true}), 1);
	t.is(output.stdout, ['fixed 9 problems in fixable.yaml', ...remaining, ''].join('\n'));
	t.is(output.stderr, '');
	t.is(await fs.readFile(path.join(cwd, 'fixable.yaml'), 'utf8'), await fs.readFile(path.join(cwd, 'fixable.fixed.yaml'), 'utf8'));
	t.deepEqual((await fs.readdir(cwd)).sort(), ['fixable.fixed.yaml', 'fixable.yaml'], 'no temporary file is left behind');
});

test('without --fix nothing is written', async t => {
	const cwd = await workspace(t, 'lint/fixable.yaml');
	const before = await fs.readFile(path.join(cwd, 'fixable.yaml'), 'utf8');
	const {io, output} = captureIo(cwd);
	t.is(await runLint(['fixable.yaml'], io), 1);
	t.regex(output.stdout, /^fixable\.yaml:8:5: error: sources\[0\]: missing required key "id" \[missing-id\]$/m);
	t.is(await fs.readFile(path.join(cwd, 'fixable.yaml'), 'utf8'), before);
});

test('--fix leaves a file with nothing to repair untouched, and one with YAML errors too', async t => {
	const cwd = await workspace(t, 'valid-minimal.yaml', 'yaml-syntax-error.yaml');
	const stats = async (name: string) => fs.stat(path.join(cwd, name));
	const before = [await stats('valid-minimal.yaml'), await stats('yaml-syntax-error.yaml')];
	const {io, output} = captureIo(cwd);
	t.is(await runLint(['valid-minimal.yaml', 'yaml-syntax-error.yaml'], io, {fix: true}), 1);
	t.notRegex(output.stdout, /fixed/);
	t.regex(output.stdout, /^yaml-syntax-error\.yaml:4:1: error: invalid YAML: the key "title" appears twice in the same mapping \[duplicate-key\]$/m);
	const after = [await stats('valid-minimal.yaml'), await stats('yaml-syntax-error.yaml')];
	t.deepEqual(after.map(stat => [stat.ino, stat.mtimeMs]), before.map(stat => [stat.ino, stat.mtimeMs]));
});

test('--fix keeps the file\'s permissions', async t => {
	const cwd = await workspace(t, 'lint/fixable.yaml');
	await fs.chmod(path.join(cwd, 'fixable.yaml'), 0o640);
	t.is(await runLint(['fixable.yaml'], captureIo(cwd).io, {fix: true}), 1);
	t.is((await fs.stat(path.join(cwd, 'fixable.yaml'))).mode & 0o777, 0o640);
});

test('--json reports the repairs per file, and each problem with its rule and severity', async t => {
	const cwd = await workspace(t, 'lint/fixable.yaml', 'valid-minimal.yaml');
	const {io, output} = captureIo(cwd);
	t.is(await runLint(['fixable.yaml', 'valid-minimal.yaml'], io, {fix: true, json: true}), 1);
	const results = JSON.parse(output.stdout) as LintResult[];
	t.deepEqual(results.map(result => [result.file, result.fixed, result.diagnostics.length]), [
		['fixable.yaml', 9, 5],
		['valid-minimal.yaml', 0, 0],
	]);
	t.like(results[0]?.diagnostics[4], {line: 38, column: 21, severity: 'error', rule: 'duplicate-option'});
});

test('--strict fails on warnings alone; without it they pass', async t => {
	const cwd = await workspace(t);
	const bare = 'format: factdrill/pack@1\nid: bare\ntitle: Bare\nquestions:\n  - {id: q, type: truefalse, prompt: P, answer: true}\n';
	await fs.writeFile(path.join(cwd, 'bare.yaml'), bare);
	t.is(await runLint(['bare.yaml'], captureIo(cwd).io), 0);
	t.is(await runLint(['bare.yaml'], captureIo(cwd).io, {strict: true}), 1);
	await fs.copyFile(new URL('valid-minimal.yaml', fixtures), path.join(cwd, 'clean.yaml'));
	t.is(await runLint(['clean.yaml'], captureIo(cwd).io, {strict: true}), 0);
});
