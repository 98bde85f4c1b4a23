import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import test from 'ava';
import type {ExecutionContext} from 'ava';
import {runPacks} from '../../source/commands/packs.js';
import type {PackCounts, PackListing, PacksOptions} from '../../source/commands/packs.js';
import {captureIo} from '../helpers/capture-io.js';

const fixtures = new URL('../fixtures/packs/', import.meta.url);

function packText(id: string, title: string, questions = 1): string {
	const question = (index: number) => `  - {id: q${index}, type: truefalse, prompt: P, answer: true, explanation: E}`;
	return [
		'format: factdrill/pack@1',
		`id: ${id}`,
		`title: "${title}"`,
		'questions:',
		...Array.from({length: questions}, (_, index) => question(index + 1)),
		'',
	].join('\n');
}

/** A cwd with built-in/ and user/ pack folders. */
async function library(t: ExecutionContext) {
	const cwd = await fs.mkdtemp(path.join(os.tmpdir(), 'factdrill-packs-'));
	t.teardown(() => fs.rm(cwd, {recursive: true, force: true}));
	const builtIn = path.join(cwd, 'built-in');
	const user = path.join(cwd, 'user');
	await fs.mkdir(builtIn);
	await fs.mkdir(user);
	const directories: PacksOptions['directories'] = [
		{path: builtIn, origin: 'built-in'},
		{path: user, origin: 'user'},
	];
	return {cwd, builtIn, user, directories};
}


const counts: Record<string, PackCounts> = {courts: {due: 1, new: 0, mastered: 2}};
const progress: PacksOptions['progress'] = pack => counts[pack.id] ?? {due: 0, new: pack.questions.length, mastered: 0};

test('the table fits its content, then lists broken packs with their reason; exit 0', async t => {
	const {cwd, builtIn, user, directories} = await library(t);
	await fs.writeFile(path.join(builtIn, 'courts.yaml'), packText('courts', 'How courts work', 3));
	await fs.copyFile(new URL('valid-minimal.yaml', fixtures), path.join(user, 'magna.yaml'));
	await fs.copyFile(new URL('duplicate-id.yaml', fixtures), path.join(user, 'dup.yaml'));
	const {io, output} = captureIo(cwd);
	t.is(await runPacks(io, {json: false, directories, progress, columns: 100}), 0);
	t.is(
		output.stdout,
		[
			'ID                  TITLE               QUESTIONS  DUE  NEW  MASTERED  ORIGIN',
			'courts              How courts work             3    1    0         2  built-in',
			'magna-carta-basics  Magna Carta basics          7    0    7         0  user',
			'✗ broken  user/dup.yaml: duplicate question id "q1" (first used at line 10)',
			'',
		].join('\n'),
	);
	t.is(output.stderr, '');
});

test('long titles are cut so each row fits the terminal width', async t => {
	const {cwd, builtIn, directories} = await library(t);
	const title = 'A very long title about the separation of powers in modern democracies';
	await fs.writeFile(path.join(builtIn, 'powers.yaml'), packText('powers', title));
	const {io, output} = captureIo(cwd);
	t.is(await runPacks(io, {json: false, directories, progress, columns: 70}), 0);
	const lines = output.stdout.trimEnd().split('\n');
	t.deepEqual(lines, [
		'ID      TITLE                  QUESTIONS  DUE  NEW  MASTERED  ORIGIN',
		'powers  A very long title ab…          1    0    1         0  built-in',
	]);
	t.is([...(lines[1] ?? '')].length, 70);
});

test('pack text cannot put escape sequences on the terminal', async t => {
	const {cwd, builtIn, directories} = await library(t);
	await fs.writeFile(path.join(builtIn, 'evil.yaml'), packText('evil', String.raw`Evil\u001B[2J title`));
	const {io, output} = captureIo(cwd);
	await runPacks(io, {json: false, directories, progress, columns: 80});
	t.false(output.stdout.includes('\u001B'));
	t.true(output.stdout.includes('Evil title'));
});

test('--json lists every pack with the same fields, broken ones with a reason', async t => {
	const {cwd, builtIn, user, directories} = await library(t);
	await fs.writeFile(path.join(builtIn, 'courts.yaml'), packText('courts', 'How courts work', 3));
	await fs.copyFile(new URL('unknown-type.yaml', fixtures), path.join(user, 'essay.yaml'));
	const {io, output} = captureIo(cwd);
	t.is(await runPacks(io, {json: true, directories, progress}), 0);
	t.deepEqual(JSON.parse(output.stdout) as PackListing[], [
		{
			id: 'courts',
			title: 'How courts work',
			questions: 3,
			due: 1,
			new: 0,
			mastered: 2,
			origin: 'built-in',
			file: path.join(builtIn, 'courts.yaml'),
			status: 'ok',
		},
		{
			id: null,
			title: null,
			questions: null,
			due: null,
			new: null,
			mastered: null,
			origin: 'user',
			file: path.join(user, 'essay.yaml'),
			status: 'broken',
			reason: 'questions[1] (id "write-an-essay"): type: unknown question type "essay" (expected one of: choice, multi, truefalse, cloze, short, order, match)',
		},
	]);
});

test('the progress callback gets the pack with its questions', async t => {
	const {cwd, builtIn, directories} = await library(t);
	await fs.writeFile(path.join(builtIn, 'courts.yaml'), packText('courts', 'Courts', 2));
	const calls: Array<[string, readonly string[]]> = [];
	const {io} = captureIo(cwd);
	await runPacks(io, {
		json: true,
		directories,
		progress(pack) {
			calls.push([pack.id, pack.questions.map(question => question.id)]);
			return {due: 0, new: 0, mastered: 0};
		},
	});
	t.deepEqual(calls, [['courts', ['q1', 'q2']]]);
});

test('exit code 1 when no pack loads at all', async t => {
	const {cwd, user, directories} = await library(t);
	const {io, output} = captureIo(cwd);
	t.is(await runPacks(io, {json: false, directories, progress}), 1);
	t.is(output.stdout, `No packs found. Put pack files (.yaml) in ${directories[0]?.path}, ${user}.\n`);

	await fs.copyFile(new URL('schema-error.yaml', fixtures), path.join(user, 'broken.yaml'));
	const second = captureIo(cwd);
	t.is(await runPacks(second.io, {json: false, directories, progress}), 1);
	t.is(
		second.output.stdout,
		'No pack loads; every pack found is broken:\n✗ broken  user/broken.yaml: questions[0] (id "too-many-options"): options: expected 2–6 options, got 7\n',
	);
});
