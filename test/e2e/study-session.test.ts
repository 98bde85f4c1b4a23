import {execFile} from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import test from 'ava';
import type {ExecutionContext} from 'ava';
import {loadPackFile} from '../../source/core/pack/load.js';
import type {Pack, Question} from '../../source/core/pack/schema.js';
import {builtCli, keys, killAll, spawnInTerminal} from '../helpers/terminal.js';
import type {RealTerminal, SpawnOptions} from '../helpers/terminal.js';
import {answer, flatten, questionOnScreen} from './learner.js';

/*
 * The built CLI in a real pseudo-terminal (node-pty, drawn by @xterm/headless),
 * driven by keystrokes read off the screen the way a person would.
 */

const run = promisify(execFile);
const fixture = path.resolve('test/fixtures/packs/e2e-session.yaml');
const packId = 'e2e-session';
/** The question answered wrongly on purpose in the full session. */
const missedId = 'adopted-where';

test.after.always(killAll);

async function loadFixture(): Promise<Pack> {
	const entry = await loadPackFile(fixture);
	if (entry.status !== 'ok') throw new Error(`${fixture} does not load: ${entry.reason}`);
	return entry.pack;
}

async function tempHome(t: ExecutionContext): Promise<string> {
	const home = await fs.mkdtemp(path.join(os.tmpdir(), 'factdrill-e2e-'));
	t.teardown(() => fs.rm(home, {recursive: true, force: true}));
	return home;
}

function open(t: ExecutionContext, args: string[], home: string, options: Omit<SpawnOptions, 'env'> = {}): RealTerminal {
	const terminal = spawnInTerminal(args, {env: {...process.env, FACTDRILL_HOME: home}, ...options});
	t.teardown(() => terminal.kill('SIGKILL'));
	return terminal;
}

function progressPath(home: string): string {
	return path.join(home, 'progress', `progress-${packId}.json`);
}

type Entry = {attempts: number; correct: number; streak: number; lastAnsweredAt: string; lastCorrect: boolean};
type ProgressJson = {formatVersion: number; packId: string; questions: Record<string, Entry>; log: Record<string, Array<{at: string; correct: boolean}>>};

async function readProgress(home: string): Promise<ProgressJson> {
	return JSON.parse(await fs.readFile(progressPath(home), 'utf8')) as ProgressJson;
}

/** Answers the question now on the screen and checks the feedback; returns it. Leaves the feedback showing. */
async function answerShown(t: ExecutionContext, terminal: RealTerminal, pack: Pack, position: number, wrong: ReadonlySet<string>) {
	await terminal.waitFor(`Question ${position}/${pack.questions.length}`);
	await terminal.quiet();
	const screen = terminal.screen();
	const question = questionOnScreen(screen, pack.questions);
	if (!question) throw new Error(`no known question on the screen:\n${screen}`);
	const right = !wrong.has(question.id);
	const given = await answer(terminal, question, right);
	const feedback = await terminal.waitFor(/✔ Right|✘ Wrong/);
	t.true(feedback.includes(right ? '✔ Right' : '✘ Wrong'), `${question.id} (${question.type}), answered "${given}":\n${feedback}`);
	t.regex(feedback, /Answer: /, question.id);
	await terminal.quiet();
	return question;
}

test('a whole session answered by keystrokes: feedback, summary, progress on disk, remembered next time', async t => {
	const pack = await loadFixture();
	const home = await tempHome(t);
	// Three questions were answered right twice before: one more right answer masters them.
	const before = '2025-01-02T03:04:05.000Z';
	const earlier: Record<string, Entry> = {};
	for (const id of [missedId, 'binding-treaty', 'drafters']) {
		earlier[id] = {attempts: 2, correct: 2, streak: 2, lastAnsweredAt: before, lastCorrect: true};
	}
	const earlierLog = Object.fromEntries(Object.keys(earlier).map(id => [id, [{at: before, correct: true}, {at: before, correct: true}]]));
	await fs.mkdir(path.dirname(progressPath(home)), {recursive: true});
	await fs.writeFile(progressPath(home), JSON.stringify({formatVersion: 1, packId, questions: earlier, log: earlierLog}, null, '\t'));
	const started = Date.now();

	const terminal = open(t, ['study', fixture, '--seed', '7'], home);
	const total = pack.questions.length;
	const seen: Question[] = [];
	for (let position = 1; position <= total; position++) {
		seen.push(await answerShown(t, terminal, pack, position, new Set([missedId])));
		terminal.write(keys.enter);
	}
	t.deepEqual(seen.map(question => question.id).sort(), pack.questions.map(question => question.id).sort(), 'every question once');
	t.true(new Set(seen.map(question => question.type)).size >= 6, 'the fixture covers the question types');

	const summary = await terminal.waitFor('Session summary');
	await terminal.quiet();
	const missed = pack.questions.find(question => question.id === missedId)!;
	t.true(summary.includes(`Score: ${total - 1}/${total}`), summary);
	t.true(summary.includes('Missed (1):'), summary);
	t.true(flatten(summary).includes(`✘ ${flatten(missed.prompt)}`), summary);
	t.true(summary.includes(`→ ${missed.type === 'choice' ? missed.answer : ''}`), summary);
	terminal.write('q');
	t.deepEqual(await terminal.waitForExit(), {exitCode: 0, signal: undefined});

	const progress = await readProgress(home);
	t.is(progress.packId, packId);
	t.deepEqual(Object.keys(progress.questions).sort(), pack.questions.map(question => question.id).sort());
	for (const question of pack.questions) {
		const right = question.id !== missedId;
		const previous = earlier[question.id] ?? {attempts: 0, correct: 0, streak: 0};
		const entry = progress.questions[question.id]!;
		t.like(
			entry,
			{
				attempts: previous.attempts + 1,
				correct: previous.correct + (right ? 1 : 0),
				streak: right ? previous.streak + 1 : 0,
				lastCorrect: right,
			},
			question.id,
		);
		t.true(Date.parse(entry.lastAnsweredAt) >= started - 1000, `${question.id} answered now: ${entry.lastAnsweredAt}`);
		const log = progress.log[question.id] ?? [];
		t.is(log.length, previous.attempts + 1, `${question.id} log`);
		t.is(log.at(-1)?.correct, right, `${question.id} log`);
	}

	// `packs` lists the built-in packs and the learner's own: install the pack there, as a learner would.
	await fs.mkdir(path.join(home, 'packs'), {recursive: true});
	await fs.copyFile(fixture, path.join(home, 'packs', 'e2e-session.yaml'));
	const env = {...process.env, FACTDRILL_HOME: home};
	const {stdout} = await run(process.execPath, [builtCli, 'packs', '--json'], {env});
	const listing = (JSON.parse(stdout) as Array<{id: string | null; questions: number | null; mastered: number | null; origin: string}>).find(
		item => item.id === packId,
	);
	t.like(listing, {questions: total, mastered: 2, origin: 'user'});

	const again = open(t, [], home);
	await again.waitFor('Enter study');
	await again.quiet();
	const home2 = again.screen();
	t.true(home2.includes(pack.title), home2);
	t.true(home2.includes(`${total} questions · 2 mastered · ${total} answered · 1 missed last time · yours`), home2);
	again.write('q');
	t.deepEqual(await again.waitForExit(), {exitCode: 0, signal: undefined});
});

test('kill -9 mid-session: the answers already given are on disk', async t => {
	const pack = await loadFixture();
	const home = await tempHome(t);
	const terminal = open(t, ['study', fixture, '--seed', '7'], home);
	const answered: Question[] = [];
	for (let position = 1; position <= 2; position++) {
		answered.push(await answerShown(t, terminal, pack, position, new Set()));
		terminal.write(keys.enter);
	}
	// Half-way through the third: a letter typed or the pointer moved, not submitted.
	await terminal.waitFor(`Question 3/${pack.questions.length}`);
	await terminal.quiet();
	const screen = terminal.screen();
	const third = questionOnScreen(screen, pack.questions)!;
	terminal.write(third.type === 'short' || third.type === 'cloze' ? 'Ro' : keys.down);
	await terminal.waitFor(current => current !== screen);
	terminal.kill('SIGKILL');
	const exit = await terminal.waitForExit();
	t.is(exit.signal, 9);

	const progress = await readProgress(home);
	t.deepEqual(Object.keys(progress.questions).sort(), answered.map(question => question.id).sort());
	for (const question of answered) {
		t.like(progress.questions[question.id], {attempts: 1, correct: 1, streak: 1, lastCorrect: true}, question.id);
		t.is(progress.log[question.id]?.length, 1, question.id);
	}
	const leftovers = (await fs.readdir(path.dirname(progressPath(home)))).filter(name => name !== path.basename(progressPath(home)));
	t.deepEqual(leftovers, [], 'no lock or temporary file left behind');
});

test('Ctrl+C during a question exits and shows the cursor again', async t => {
	const home = await tempHome(t);
	const terminal = open(t, ['study', fixture, '--seed', '7'], home);
	await terminal.waitFor('Question 1/');
	await terminal.quiet();
	t.true(terminal.output().includes('\u001B[?25l'), 'ink hid the cursor while drawing');
	terminal.write(keys.ctrlC);
	const exit = await terminal.waitForExit();
	t.is(exit.signal, undefined);
	t.is(exit.exitCode, 130, 'Ctrl+C exits with 128 + SIGINT');
	const output = terminal.output();
	// ink shows the cursor again as the very last thing it writes.
	t.true(output.endsWith('\u001B[?25h'), `output ends ${JSON.stringify(output.slice(-80))}`);
	// Nothing was answered, so nothing was written.
	await t.throwsAsync(fs.access(progressPath(home)));
});

test('resizing from 80×24 to 40×12 mid-question re-lays out the screen', async t => {
	const pack = await loadFixture();
	const home = await tempHome(t);
	const terminal = open(t, ['study', fixture, '--seed', '7'], home, {columns: 80, rows: 24});
	await terminal.waitFor('Question 1/');
	await terminal.quiet();
	const wide = terminal.screen();
	const question = questionOnScreen(wide, pack.questions);
	if (!question) throw new Error(`no known question on the screen:\n${wide}`);
	await terminal.resize(40, 12);
	// Below 20 rows the app goes compact (no "Question n/N" header, no pack title), so this screen can only be a new layout.
	const narrow = await terminal.waitFor(screen => !screen.includes('Question 1/') && flatten(screen).includes(flatten(question.prompt)));
	// The emulator is 40 columns now: a line the app wrote wider than that shows up as a row the terminal wrapped.
	t.deepEqual(terminal.wrappedRows(), [], `rows wrapped by the terminal:\n${narrow}`);
	t.false(narrow.includes(pack.title), narrow);
	t.regex(narrow, /\b1\/7\b/, 'the position is still shown');
	t.regex(narrow, /q quit|Esc quit/, 'the footer is on the screen');
	await terminal.quiet();

	// Still answerable at the new size.
	await answer(terminal, question, true);
	const feedback = await terminal.waitFor('✔ Right');
	t.deepEqual(terminal.wrappedRows(), [], feedback);
	await terminal.quiet();
	terminal.write(keys.escape);
	await terminal.waitFor('Session summary');
	await terminal.quiet();
	terminal.write('q');
	t.is((await terminal.waitForExit()).exitCode, 0);
});
