import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import test from 'ava';
import {keys, killAll, spawnInTerminal} from '../helpers/terminal.js';
import {runCli} from './run-cli.js';

/* The teacher's commands through the built CLI: wiring, terminals and files. */

test.after.always(killAll);

async function folder(t: {teardown: (fn: () => Promise<void>) => void}): Promise<string> {
	const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'factdrill-teacher-'));
	t.teardown(() => fs.rm(directory, {recursive: true, force: true}));
	return directory;
}

test('new and add need a terminal: without one they exit 2 before asking anything', async t => {
	const home = await folder(t);
	for (const args of [['new'], ['add', 'questions/kuril-islands.yaml']]) {
		const result = await runCli(args, {env: {FACTDRILL_HOME: home}});
		t.is(result.code, 2, args.join(' '));
		t.regex(result.stderr, /on an interactive terminal \(stdin and stdout must be a TTY\)/, args.join(' '));
	}
});

test('new in a real terminal asks for the title; Ctrl+C writes nothing and exits 130', async t => {
	const home = await folder(t);
	const terminal = spawnInTerminal(['new', '-o', path.join(home, 'draft.yaml')], {env: {...process.env, FACTDRILL_HOME: home}});
	t.teardown(() => terminal.kill('SIGKILL'));
	await terminal.waitFor('Title');
	await terminal.quiet();
	terminal.write('Magna Carta');
	await terminal.waitFor('Magna Carta');
	terminal.write(keys.ctrlC);
	const exit = await terminal.waitForExit(10_000);
	t.is(exit.exitCode, 130);
	t.regex(terminal.screen(), /cancelled, nothing written/);
	await t.throwsAsync(fs.stat(path.join(home, 'draft.yaml')));
});

test('export then import through the CLI: GIFT out, a pack back in that lints clean of errors', async t => {
	const home = await folder(t);
	const gift = path.join(home, 'kuril.gift');
	const exported = await runCli(['export', 'kuril-islands', '-o', gift], {env: {FACTDRILL_HOME: home}});
	t.is(exported.code, 0, exported.stderr);
	const pack = path.join(home, 'kuril.yaml');
	const imported = await runCli(['import', gift, '-o', pack], {env: {FACTDRILL_HOME: home}});
	t.is(imported.code, 0, imported.stderr);
	const linted = await runCli(['lint', pack]);
	t.is(linted.code, 0, linted.stdout);
	t.regex(linted.stdout, /^0 errors, \d+ warnings in 1 file$/m);
});

test('--pack adds a pack file to the library that packs lists as a file', async t => {
	const home = await folder(t);
	const extra = path.join(home, 'extra.yaml');
	await fs.writeFile(extra, 'format: factdrill/pack@1\nid: extra\ntitle: Extra\nquestions:\n  - {id: q, type: truefalse, prompt: Water is wet., answer: true}\n');
	const listed = await runCli(['packs', '--json', '--pack', extra], {env: {FACTDRILL_HOME: home}});
	t.is(listed.code, 0, listed.stderr);
	const packs = JSON.parse(listed.stdout) as Array<{id: string; origin: string}>;
	t.deepEqual(packs.map(pack => [pack.id, pack.origin]).sort(), [['extra', 'file'], ['kuril-islands', 'built-in']]);
});
