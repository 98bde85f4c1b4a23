import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import test from 'ava';
import type {ExecutionContext} from 'ava';
import {formatDiagnostic} from '../../../source/core/pack/diagnostic.js';
import {discoverPacks, findPack, loadPackFile, loadPacks, maxPackBytes} from '../../../source/core/pack/load.js';
import type {PackEntry} from '../../../source/core/pack/load.js';

const fixtures = new URL('../../fixtures/packs/', import.meta.url);

async function temporaryDirectory(t: ExecutionContext): Promise<string> {
	const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'factdrill-load-'));
	t.teardown(() => fs.rm(directory, {recursive: true, force: true}));
	return directory;
}

function packText(id: string, title: string): string {
	return [
		'format: factdrill/pack@1',
		`id: ${id}`,
		`title: ${title}`,
		'questions:',
		'  - id: q',
		'    type: truefalse',
		'    prompt: Courts interpret laws.',
		'    answer: true',
		'    explanation: That is what courts are for.',
		'    evidence: {source: notes, text: Courts interpret the law.}',
		'sources:',
		'  - {id: notes, title: Notes}',
		'',
	].join('\n');
}

async function copyFixture(name: string, directory: string, as = name): Promise<string> {
	const file = path.join(directory, as);
	await fs.copyFile(new URL(name, fixtures), file);
	return file;
}

function summary(entry: PackEntry): string {
	return entry.status === 'ok' ? `ok ${path.basename(entry.file)} ${entry.pack.id}` : `broken ${path.basename(entry.file)}: ${entry.reason}`;
}

test('discoverPacks lists ok and broken packs side by side: ok by title, then broken by file', async t => {
	const builtIn = await temporaryDirectory(t);
	const user = await temporaryDirectory(t);
	await fs.writeFile(path.join(builtIn, 'zeta.yaml'), packText('zeta', 'Any title starting with A'));
	await copyFixture('valid-minimal.yaml', builtIn);
	await copyFixture('duplicate-id.yaml', builtIn);
	await fs.writeFile(path.join(builtIn, 'notes.txt'), 'not a pack');
	await fs.writeFile(path.join(builtIn, '.hidden.yaml'), 'editor swap file');
	await fs.writeFile(path.join(user, 'mine.yml'), packText('mine', 'Courts'));
	await copyFixture('yaml-syntax-error.yaml', user);

	const entries = await discoverPacks([
		{path: builtIn, origin: 'built-in'},
		{path: user, origin: 'user'},
		{path: path.join(user, 'does-not-exist'), origin: 'user'},
	]);
	t.deepEqual(entries.map(summary), [
		'ok zeta.yaml zeta',
		'ok mine.yml mine',
		'ok valid-minimal.yaml magna-carta-basics',
		'broken duplicate-id.yaml: duplicate question id "q1" (first used at line 10)',
		'broken yaml-syntax-error.yaml: invalid YAML: the key "title" appears twice in the same mapping',
	]);
	t.deepEqual(
		entries.map(entry => entry.origin),
		['built-in', 'user', 'built-in', 'built-in', 'user'],
	);
	const broken = entries.at(-1);
	t.is(broken?.status === 'broken' ? broken.diagnostics.length : 0, 3, 'a broken entry keeps every diagnostic');
});

test('a pack id already used by an earlier pack marks the later one broken, naming the first file', async t => {
	const builtIn = await temporaryDirectory(t);
	const user = await temporaryDirectory(t);
	const first = path.join(builtIn, 'courts.yaml');
	await fs.writeFile(first, packText('courts', 'Courts'));
	await fs.writeFile(path.join(user, 'a-copy.yaml'), packText('courts', 'Courts, my copy'));

	const entries = await discoverPacks([
		{path: builtIn, origin: 'built-in'},
		{path: user, origin: 'user'},
	]);
	t.deepEqual(entries.map(summary), [
		'ok courts.yaml courts',
		`broken a-copy.yaml: pack id "courts" is already used by ${first}; give this pack another id`,
	]);
	const clash = entries[1];
	t.is(clash?.status === 'broken' ? `${clash.diagnostics[0]?.line}:${clash.diagnostics[0]?.column}` : '', '2:5', 'reported at the id');
});

test('a file over the size limit is refused without being parsed', async t => {
	const directory = await temporaryDirectory(t);
	const file = path.join(directory, 'huge.yaml');
	await fs.writeFile(file, `# ${'x'.repeat(maxPackBytes)}\n`);
	t.is(summary(await loadPackFile(file)), 'broken huge.yaml: the file is 5.1 MB; packs are limited to 5 MB');
});

test('text that is not UTF-8 is a broken entry, not a crash', async t => {
	const directory = await temporaryDirectory(t);
	const latin1 = path.join(directory, 'latin1.yaml');
	await fs.writeFile(latin1, Buffer.from('title: Caf\u00e9\n', 'latin1'));
	t.is(summary(await loadPackFile(latin1)), 'broken latin1.yaml: the file is not valid UTF-8 text; save it as UTF-8');
	const utf16 = path.join(directory, 'utf16.yaml');
	await fs.writeFile(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(packText('u', 'U'), 'utf16le')]));
	t.is(summary(await loadPackFile(utf16)), 'broken utf16.yaml: the file is UTF-16 text; save it as UTF-8');
});

test('a UTF-8 byte order mark is accepted', async t => {
	const directory = await temporaryDirectory(t);
	const file = path.join(directory, 'bom.yaml');
	await fs.writeFile(file, `\uFEFF${packText('bom', 'With a BOM')}`);
	t.is(summary(await loadPackFile(file)), 'ok bom.yaml bom');
});

test('read problems become broken entries with a location', async t => {
	const directory = await temporaryDirectory(t);
	await fs.mkdir(path.join(directory, 'folder.yaml'));
	const missing = await loadPackFile(path.join(directory, 'missing.yaml'));
	t.is(summary(missing), 'broken missing.yaml: no such file');
	t.is(missing.status === 'broken' ? formatDiagnostic(missing.diagnostics[0]!) : '', `${path.join(directory, 'missing.yaml')}:1:1: error: no such file [unreadable-file]`);
	t.deepEqual((await discoverPacks([{path: directory, origin: 'user'}])).map(summary), ['broken folder.yaml: is a folder, not a pack file']);
	const notAFolder = path.join(directory, 'file');
	await fs.writeFile(notAFolder, '');
	t.deepEqual((await discoverPacks([{path: notAFolder, origin: 'user'}])).map(summary), ['broken file: is a file, not a folder of packs']);
});

test('an unreadable file is a broken entry', async t => {
	if (process.getuid?.() === 0) {
		t.pass('root reads any file; nothing to test');
		return;
	}
	const directory = await temporaryDirectory(t);
	const file = path.join(directory, 'secret.yaml');
	await fs.writeFile(file, packText('secret', 'Secret'));
	await fs.chmod(file, 0o000);
	t.is(summary(await loadPackFile(file)), 'broken secret.yaml: permission denied');
});

test('a relative path is read from cwd and reported as given', async t => {
	const directory = await temporaryDirectory(t);
	await fs.mkdir(path.join(directory, 'packs'));
	await fs.writeFile(path.join(directory, 'packs', 'bare.yaml'), packText('bare', 'Bare').replace(/ {4}(explanation|evidence).*\n/g, ''));
	const entry = await loadPackFile('packs/bare.yaml', 'file', directory);
	t.is(entry.file, 'packs/bare.yaml');
	t.is(entry.status, 'ok');
	t.deepEqual(entry.status === 'ok' ? entry.warnings.map(formatDiagnostic) : [], [
		'packs/bare.yaml:5:5: warning: questions[0] (id "q"): no evidence: add evidence (source and text) so learners can check the answer [no-evidence]',
		'packs/bare.yaml:5:5: warning: questions[0] (id "q"): no explanation: add one to show after the answer [no-explanation]',
	]);
});

test('loadPacks keeps the given order and marks id clashes', async t => {
	const directory = await temporaryDirectory(t);
	await fs.writeFile(path.join(directory, 'b.yaml'), packText('same', 'B'));
	await fs.writeFile(path.join(directory, 'a.yaml'), packText('same', 'A'));
	const entries = await loadPacks(
		[
			{file: 'b.yaml', origin: 'file'},
			{file: 'a.yaml', origin: 'file'},
		],
		directory,
	);
	t.deepEqual(entries.map(summary), ['ok b.yaml same', 'broken a.yaml: pack id "same" is already used by b.yaml; give this pack another id']);
});

test('findPack finds a pack by id, or any entry by its path', async t => {
	const directory = await temporaryDirectory(t);
	await copyFixture('valid-minimal.yaml', directory);
	await copyFixture('unknown-type.yaml', directory);
	const entries = await discoverPacks([{path: directory, origin: 'user'}]);
	t.is(findPack(entries, 'magna-carta-basics')?.status, 'ok');
	t.is(findPack(entries, 'Magna-Carta-Basics')?.status, 'ok', 'ids are lower-case, so typing is forgiven');
	t.is(findPack(entries, 'unknown-type.yaml', directory)?.status, 'broken');
	t.is(findPack(entries, path.join(directory, 'valid-minimal.yaml'))?.status, 'ok');
	t.is(findPack(entries, 'no-such-pack'), undefined);
});
