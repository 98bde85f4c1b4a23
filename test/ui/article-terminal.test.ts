import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import test from 'ava';
import {keys, killAll, spawnInTerminal} from '../helpers/terminal.js';

/*
 * "Quiz me on an article" in the built CLI in a real pseudo-terminal: the
 * real pipeline reads a fixture article, shows its facts, writes a pack into
 * a temporary FACTDRILL_HOME and opens its first question.
 */

const fixture = 'test/fixtures/articles/lake-varen-accord.html';

test.after.always(killAll);

test('from the home screen, an article path becomes a pack being studied', async t => {
	const home = await fs.mkdtemp(path.join(os.tmpdir(), 'factdrill-article-pty-'));
	t.teardown(() => fs.rm(home, {recursive: true, force: true}));
	const terminal = spawnInTerminal([], {env: {...process.env, FACTDRILL_HOME: home}});
	t.teardown(() => terminal.kill('SIGKILL'));

	await terminal.waitFor('+ Quiz me on an article');
	await terminal.quiet();
	terminal.write('a');
	await terminal.waitFor('Enter read it');
	await terminal.quiet();
	terminal.write(fixture);
	await terminal.waitFor(fixture);
	terminal.write(keys.enter);

	const look = await terminal.waitFor('Facts found in the article', 15_000);
	t.regex(look, /From Eastern Courier, 12 Jun 2024/);
	t.regex(look, /\d+ quotes · \d+ dates · 1 treaty · \d+ people/);
	t.regex(look, /Enter make questions and study/);
	await terminal.quiet();
	terminal.write(keys.enter);

	const question = await terminal.waitFor(/Question 1\/\d+/, 15_000);
	t.regex(question, /Question 1\/\d+ .*Ostrava and Belmark/);
	// Each step's name reached the screen, though two of the steps hold the event loop.
	for (const step of [`Reading ${fixture}`, 'Finding facts', 'Writing questions']) t.true(terminal.output().includes(step), step);
	const files = await fs.readdir(path.join(home, 'packs'));
	t.deepEqual(files, ['ostrava-and-belmark-sign-water-sharing-pact-for-lake-varen.yaml']);
});
