import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import test from 'ava';
import {OutputExistsError, outputProblem, writePackFile} from '../../../source/commands/generate/write-pack-file.js';

async function tempDir(): Promise<string> {
	return fs.mkdtemp(path.join(os.tmpdir(), 'factdrill-write-'));
}

test('a file that appears after the check is not replaced without --force', async t => {
	const directory = await tempDir();
	t.teardown(() => fs.rm(directory, {recursive: true, force: true}));
	t.is(await outputProblem('pack.yaml', directory, false), undefined);
	await fs.writeFile(path.join(directory, 'pack.yaml'), 'written meanwhile\n');
	await t.throwsAsync(writePackFile('pack.yaml', 'format: factdrill/pack@1\n', directory, false), {
		instanceOf: OutputExistsError,
		message: 'pack.yaml appeared while the pack was being made; nothing was written (use --force to replace it)',
	});
	t.is(await fs.readFile(path.join(directory, 'pack.yaml'), 'utf8'), 'written meanwhile\n');
	t.deepEqual(await fs.readdir(directory), ['pack.yaml'], 'the temporary file is removed');
});

test('with --force the file is replaced whole; without, a new file is written', async t => {
	const directory = await tempDir();
	t.teardown(() => fs.rm(directory, {recursive: true, force: true}));
	await writePackFile('new.yaml', 'first\n', directory, false);
	t.is(await fs.readFile(path.join(directory, 'new.yaml'), 'utf8'), 'first\n');
	await writePackFile('new.yaml', 'second\n', directory, true);
	t.is(await fs.readFile(path.join(directory, 'new.yaml'), 'utf8'), 'second\n');
	t.deepEqual(await fs.readdir(directory), ['new.yaml']);
});
