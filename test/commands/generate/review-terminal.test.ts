import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import test from 'ava';
import type {ExecutionContext} from 'ava';
import {keys, killAll, spawnInTerminal} from '../../helpers/terminal.js';

/*
 * The built CLI's --review in a real pseudo-terminal: the prompts draw, keys
 * work, and Ctrl+C leaves with 130 and no file. Needs dist/ (npm test builds it).
 */

test.after.always(killAll);

async function start(t: ExecutionContext) {
	const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'factdrill-review-pty-'));
	t.teardown(() => fs.rm(directory, {recursive: true, force: true}));
	const output = path.join(directory, 'reviewed.yaml');
	const terminal = spawnInTerminal(['generate', 'test/fixtures/facts/straits-corrected.yaml', '-o', output, '--review'], {
		env: {...process.env, FACTDRILL_HOME: directory},
		columns: 100,
		rows: 30,
	});
	await terminal.waitFor('Keep this question?');
	return {terminal, output};
}

test('Ctrl+C during the review exits 130 and writes nothing', async t => {
	const {terminal, output} = await start(t);
	t.regex(terminal.screen(), /── 1\/\d+ · [a-z-]+ · id /);
	t.regex(terminal.screen(), /✔ .+ {3}\(answer\)/);
	terminal.write(keys.enter);
	await terminal.waitFor(/── 2\/\d+/);
	terminal.write(keys.ctrlC);
	const exit = await terminal.waitForExit();
	t.is(exit.exitCode, 130);
	t.regex(terminal.screen(), /factdrill: review cancelled, nothing written/);
	await t.throwsAsync(fs.access(output));
});

test('keeping the first and then all the rest writes the pack and reports the counts', async t => {
	const {terminal, output} = await start(t);
	terminal.write(keys.enter);
	await terminal.waitFor(/── 2\/\d+/);
	await terminal.quiet(100);
	terminal.write(keys.down.repeat(3));
	await terminal.waitFor('❯ keep this and all the rest');
	terminal.write(keys.enter);
	const exit = await terminal.waitForExit();
	t.is(exit.exitCode, 0, terminal.screen());
	t.regex(terminal.screen(), /kept (\d+), edited 0, dropped 0/);
	t.regex(terminal.screen(), /factdrill: wrote \d+ questions \(/);
	t.regex(await fs.readFile(output, 'utf8'), /^# Reviewed question by question \(--review\); \d+ kept\.$/m);
});
