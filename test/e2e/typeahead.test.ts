import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import test from 'ava';
import type {ExecutionContext} from 'ava';
import {keys, killAll, spawnInTerminal} from '../helpers/terminal.js';
import type {RealTerminal} from '../helpers/terminal.js';

/*
 * Keys that reach the app in one read: typed fast on a busy machine or over
 * ssh, or pasted. ink 6 splits a read into keys only at escape sequences, so
 * "x" + Backspace arrives as one input "x\x7f", and ↓ then Enter as two
 * inputs handled before React re-renders. useKeys splits such reads back
 * into single keys; these tests send them as one write to prove it.
 */

const fixture = path.resolve('test/fixtures/packs/e2e-session.yaml');

test.after.always(killAll);

async function open(t: ExecutionContext, args: string[], withFixtureInstalled = false): Promise<RealTerminal> {
	const home = await fs.mkdtemp(path.join(os.tmpdir(), 'factdrill-typeahead-'));
	t.teardown(() => fs.rm(home, {recursive: true, force: true}));
	if (withFixtureInstalled) {
		await fs.mkdir(path.join(home, 'packs'));
		await fs.copyFile(fixture, path.join(home, 'packs', 'e2e-session.yaml'));
	}
	const terminal = spawnInTerminal(args, {env: {...process.env, FACTDRILL_HOME: home}});
	t.teardown(() => terminal.kill('SIGKILL'));
	return terminal;
}

test('↓ then Enter in one read on the home screen opens the pack under the pointer', async t => {
	const terminal = await open(t, [], true);
	// Two packs, sorted by title: the Kuril Islands pack, then the fixture.
	await terminal.waitFor('Enter study');
	await terminal.quiet();
	const home = terminal.screen();
	t.true(home.indexOf('Kuril') < home.indexOf('Universal Declaration'), home);
	terminal.write(`${keys.down}${keys.enter}`);
	const screen = await terminal.waitFor('Question 1/');
	// Before the fix the Enter handler still saw the old cursor and opened the Kuril Islands pack.
	t.regex(screen, /Question 1\/7 .*Universal Declaration/, screen);
});

/** A one-question pack with a typed answer, studied in a new terminal. */
async function openTyping(t: ExecutionContext): Promise<RealTerminal> {
	const pack = [
		'format: factdrill/pack@1',
		'id: e2e-typing',
		'title: Typing',
		'questions:',
		'  - {id: capital, type: short, prompt: Which city is the capital of France?, answer: Paris}',
		'',
	].join('\n');
	const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'factdrill-typing-'));
	t.teardown(() => fs.rm(directory, {recursive: true, force: true}));
	await fs.writeFile(path.join(directory, 'typing.yaml'), pack);
	const terminal = await open(t, ['study', path.join(directory, 'typing.yaml')]);
	await terminal.waitFor('type your answer');
	await terminal.quiet();
	return terminal;
}

test('a letter and Backspace in one read cancel out in a text field', async t => {
	const terminal = await openTyping(t);
	terminal.write('Pari');
	await terminal.waitFor('Pari');
	terminal.write(`x${keys.backspace}`);
	terminal.write('s');
	const screen = await terminal.waitFor(/Parix?s/);
	t.regex(screen, /› Paris\s*$/m, screen);
});

test('the last letter and Enter in one read submit the answer', async t => {
	const terminal = await openTyping(t);
	terminal.write('Pari');
	await terminal.waitFor('Pari');
	terminal.write(`s${keys.enter}`);
	const screen = await terminal.waitFor(/✔ Right|✘ Wrong/, 3000);
	t.true(screen.includes('✔ Right'), screen);
});
