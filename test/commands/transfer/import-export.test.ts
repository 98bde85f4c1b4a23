import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import test from 'ava';
import {runExport} from '../../../source/commands/transfer/run-export.js';
import {runImport} from '../../../source/commands/transfer/run-import.js';
import {checkPack} from '../../../source/core/pack/lint-rules.js';
import {captureIo} from '../../helpers/capture-io.js';

const fixtures = path.resolve('test/fixtures');
const noStdin = async () => new Uint8Array();

async function workspace(t: {teardown: (fn: () => Promise<void>) => void}): Promise<string> {
	const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'factdrill-transfer-'));
	t.teardown(() => fs.rm(directory, {recursive: true, force: true}));
	return directory;
}

const importOptions = {format: undefined, force: false, seed: 1, readStdin: noStdin};

test('import recognises each format by extension or content and writes a pack that passes lint', async t => {
	const directory = await workspace(t);
	for (const [file, type] of [
		['gift/every-feature.gift', 'GIFT'],
		['aiken/treaties.txt', 'Aiken'],
		['csv/civics-terms.tsv', 'TSV'],
	] as const) {
		const output = path.join(directory, `${path.basename(file)}.yaml`);
		const {io, output: printed} = captureIo(directory, {FACTDRILL_HOME: directory});
		const code = await runImport([path.join(fixtures, file)], io, {...importOptions, output});
		t.is(code, 0, `${type}: ${printed.stderr}`);
		t.regex(printed.stderr, /^factdrill: imported \d+ questions \(.+\) from 1 file to /m, type);
		const checked = checkPack(await fs.readFile(output, 'utf8'), output);
		t.truthy(checked.pack, type);
		t.deepEqual(checked.diagnostics.filter(diagnostic => diagnostic.severity === 'error'), [], type);
	}
});

test('import keeps the good questions of a file with bad ones, lists the bad by line, and exits 1', async t => {
	const directory = await workspace(t);
	const output = path.join(directory, 'mixed.yaml');
	const {io, output: printed} = captureIo(directory);
	const code = await runImport([path.join(fixtures, 'aiken/mixed-errors.txt')], io, {...importOptions, output});
	t.is(code, 1);
	t.regex(printed.stderr, /mixed-errors\.txt:\d+:\d+: error: /);
	t.regex(printed.stderr, /some were left out \(see above\)/);
	const checked = checkPack(await fs.readFile(output, 'utf8'), output);
	t.true((checked.pack?.questions.length ?? 0) > 0);
});

test('import without -o prints the pack; with nothing importable it writes nothing and exits 1', async t => {
	const directory = await workspace(t);
	const printedPack = captureIo(directory);
	t.is(await runImport([path.join(fixtures, 'aiken/treaties.txt')], printedPack.io, {...importOptions, output: undefined}), 0);
	t.regex(printedPack.output.stdout, /^format: factdrill\/pack@1$/m);
	const prose = path.join(directory, 'prose.txt');
	await fs.writeFile(prose, 'Just a paragraph of prose with no questions in it at all.\n');
	const nothing = captureIo(directory);
	t.is(await runImport([prose], nothing.io, {...importOptions, output: path.join(directory, 'out.yaml')}), 1);
	t.regex(nothing.output.stderr, /cannot tell whether this is GIFT, Aiken or a CSV term list; say which with --format/);
	await t.throwsAsync(fs.stat(path.join(directory, 'out.yaml')));
});

test('import and export never replace an existing file without --force', async t => {
	const directory = await workspace(t);
	const existing = path.join(directory, 'mine.yaml');
	await fs.writeFile(existing, '# my own notes\n');
	const first = captureIo(directory);
	t.is(await runImport([path.join(fixtures, 'aiken/treaties.txt')], first.io, {...importOptions, output: existing}), 1);
	t.regex(first.output.stderr, /already exists; nothing was written \(use --force/);
	const second = captureIo(directory, {FACTDRILL_HOME: directory});
	t.is(await runExport('kuril-islands', second.io, {format: 'gift', output: existing, force: false, packFiles: []}), 1);
	t.is(await fs.readFile(existing, 'utf8'), '# my own notes\n');
});

test('export lists what the format cannot express, by id and reason, and writes the rest', async t => {
	const directory = await workspace(t);
	const output = path.join(directory, 'k.txt');
	const {io, output: printed} = captureIo(directory, {FACTDRILL_HOME: directory});
	t.is(await runExport('kuril-islands', io, {format: 'aiken', output, force: false, packFiles: []}), 0);
	t.regex(printed.stderr, /^factdrill: skipped russia-further-steps-2022: Aiken has only single-answer multiple choice \(this is a multi question\)$/m);
	const written = await fs.readFile(output, 'utf8');
	t.regex(written, /^ANSWER: [A-F]$/m);
	t.regex(printed.stderr, /^factdrill: exported 9 questions to .*k\.txt; 34 questions skipped \(see above\)$/m);
});

test('export needs a format, from --format or the file name', async t => {
	const directory = await workspace(t);
	const {io, output: printed} = captureIo(directory, {FACTDRILL_HOME: directory});
	t.is(await runExport('kuril-islands', io, {format: undefined, output: undefined, force: false, packFiles: []}), 2);
	t.regex(printed.stderr, /say which format with --format gift\|aiken\|anki\|csv\|md/);
	const markdown = captureIo(directory, {FACTDRILL_HOME: directory});
	t.is(await runExport('kuril-islands', markdown.io, {format: undefined, output: path.join(directory, 'test.md'), force: false, packFiles: []}), 0);
	t.regex(await fs.readFile(path.join(directory, 'test.md'), 'utf8'), /^## Answer key$/m);
});

test('a pack exported to GIFT and imported again asks the same questions', async t => {
	const directory = await workspace(t);
	const gift = path.join(directory, 'k.gift');
	const env = {FACTDRILL_HOME: directory};
	t.is(await runExport('kuril-islands', captureIo(directory, env).io, {format: 'gift', output: gift, force: false, packFiles: []}), 0);
	const yaml = path.join(directory, 'k.yaml');
	t.is(await runImport([gift], captureIo(directory).io, {...importOptions, output: yaml}), 0);
	const original = checkPack(await fs.readFile(path.resolve('questions/kuril-islands.yaml'), 'utf8'), 'k').pack!;
	const imported = checkPack(await fs.readFile(yaml, 'utf8'), 'k').pack!;
	for (const question of imported.questions) {
		const before = original.questions.find(candidate => candidate.id === question.id);
		t.truthy(before, question.id);
		t.deepEqual({type: question.type, prompt: question.prompt}, {type: before?.type, prompt: before?.prompt}, question.id);
		if (question.type === 'choice' && before?.type === 'choice') {
			t.is(question.answer, before.answer);
			t.deepEqual([...question.options].sort(), [...before.options].sort());
		}
	}
});
