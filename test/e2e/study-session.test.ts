import {execFile} from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import test from 'ava';
import type {ExecutionContext} from 'ava';
import {loadPackFile} from '../../source/core/pack/load.js';
import {createScheduler} from '../../source/core/schedule/fsrs-adapter.js';
import {createProgressStore} from '../../source/store/progress-store.js';
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

/** The learner's progress as the app's own store reads it (not by file format). */
function progressStore(home: string) {
	return createProgressStore({env: {FACTDRILL_HOME: home}, scheduler: createScheduler({retention: 0.9})});
}

/** Answers the question now on the screen and checks the feedback; returns it. Leaves the feedback showing. */
async function answerShown(t: ExecutionContext, terminal: RealTerminal, pack: Pack, position: number, right: (question: Question) => boolean) {
	await terminal.waitFor(`Question ${position}/`);
	await terminal.quiet();
	const screen = terminal.screen();
	const question = questionOnScreen(screen, pack.questions);
	if (!question) throw new Error(`no known question on the screen:\n${screen}`);
	const wanted = right(question);
	const given = await answer(terminal, question, wanted);
	const feedback = await terminal.waitFor(/✔ Right|✘ Wrong/);
	t.true(feedback.includes(wanted ? '✔ Right' : '✘ Wrong'), `${question.id} (${question.type}), answered "${given}":\n${feedback}`);
	t.regex(feedback, /Answer: /, question.id);
	// The rating and when the question comes back.
	t.regex(feedback, wanted ? /✔ Right · (?:Hard|Good|Easy) — next in / : /✘ Wrong · Again — next in 1 min/, `${question.id}:\n${feedback}`);
	await terminal.quiet();
	return question;
}

test('a whole session answered by keystrokes: undo, a missed question asked again, summary, progress on disk, remembered next time', async t => {
	const pack = await loadFixture();
	const home = await tempHome(t);
	const started = Date.now();
	const terminal = open(t, ['study', fixture, '--seed', '7'], home);
	const total = pack.questions.length;

	// The first answer is taken back with u and given again.
	const first = await answerShown(t, terminal, pack, 1, () => false);
	terminal.write('u');
	await terminal.waitFor(screen => !/✘ Wrong/.test(screen) && screen.includes(`Question 1/${total}`));
	t.is(questionOnScreen(terminal.screen(), pack.questions)?.id, first.id, 'undo asks the same question again');

	// Every question right except the missed one the first time; the session goes on until nothing is left.
	const answers: Question[] = [];
	let missedTimes = 0;
	for (let position = 1; position <= 4 * total; position++) {
		const question = await answerShown(t, terminal, pack, position, shown => shown.id !== missedId || missedTimes > 0);
		if (question.id === missedId) missedTimes++;
		answers.push(question);
		terminal.write(keys.enter);
		const next = await terminal.waitFor(screen => screen.includes('Session summary') || screen.includes(`Question ${position + 1}/`));
		if (next.includes('Session summary')) break;
	}
	t.deepEqual([...new Set(answers.map(question => question.id))].sort(), pack.questions.map(question => question.id).sort(), 'every question');
	t.true(answers.filter(question => question.id === missedId).length >= 2, 'the missed question was asked again');
	t.true(new Set(answers.map(question => question.type)).size >= 6, 'the fixture covers the question types');

	await terminal.quiet();
	const summary = terminal.screen();
	const missed = pack.questions.find(question => question.id === missedId)!;
	t.true(summary.includes(`Score: ${answers.length - 1}/${answers.length}`), summary);
	t.true(summary.includes('Missed (1):'), summary);
	t.true(flatten(summary).includes(`✘ ${flatten(missed.prompt)}`), summary);
	t.true(summary.includes(`→ ${missed.type === 'choice' ? missed.answer : ''}`), summary);
	t.regex(flatten(summary), /Nothing due — next review in \d+ (?:h|days?) · 0 new left today/);
	terminal.write('q');
	t.deepEqual(await terminal.waitForExit(), {exitCode: 0, signal: undefined});

	const store = progressStore(home);
	const progress = store.read(packId);
	t.deepEqual(Object.keys(progress.questions).sort(), pack.questions.map(question => question.id).sort());
	for (const question of pack.questions) {
		const record = progress.questions[question.id]!;
		const times = answers.filter(given => given.id === question.id).length;
		t.like(record, {attempts: times, correct: times - (question.id === missedId ? 1 : 0), lastCorrect: true}, question.id);
		t.is(record.card.state, 'review', `${question.id} has left the learning steps`);
		t.true(record.card.due > Date.now(), question.id);
	}
	t.like(progress.today, {newDone: total});
	const reviews = await store.reviews(packId);
	t.is(reviews.length, answers.length, 'one review per answer; the undone one is gone');
	t.deepEqual(
		reviews.map(review => review.questionId),
		answers.map(question => question.id),
	);
	for (const review of reviews) {
		t.like(review, {packId, source: 'study', hinted: false}, review.questionId);
		t.true(review.at >= started - 1000, review.questionId);
	}
	const missedReviews = reviews.filter(review => review.questionId === missedId);
	t.like(missedReviews[0], {correct: false, rating: 'again', state: 'new'});
	t.like(missedReviews.at(-1), {correct: true});

	// `packs` lists the built-in packs and the learner's own: install the pack there, as a learner would.
	await fs.mkdir(path.join(home, 'packs'), {recursive: true});
	await fs.copyFile(fixture, path.join(home, 'packs', 'e2e-session.yaml'));
	const env = {...process.env, FACTDRILL_HOME: home};
	const {stdout} = await run(process.execPath, [builtCli, 'packs', '--json'], {env});
	const listing = (JSON.parse(stdout) as Array<{id: string | null; questions: number | null; due: number | null; new: number | null; origin: string}>).find(
		item => item.id === packId,
	);
	t.like(listing, {questions: total, due: 0, new: 0, origin: 'user'});

	const again = open(t, [], home);
	await again.waitFor('Enter study');
	await again.quiet();
	const home2 = again.screen();
	t.true(home2.includes(pack.title), home2);
	t.true(home2.includes(`0 due · 0 new · ${total} questions · 0 mastered · yours`), home2);
	again.write('q');
	t.deepEqual(await again.waitForExit(), {exitCode: 0, signal: undefined});
});

test('kill -9 mid-session: the answers already given are on disk', async t => {
	const pack = await loadFixture();
	const home = await tempHome(t);
	const terminal = open(t, ['study', fixture, '--seed', '7'], home);
	const answered: Question[] = [];
	for (let position = 1; position <= 2; position++) {
		answered.push(await answerShown(t, terminal, pack, position, () => true));
		terminal.write(keys.enter);
	}
	// Half-way through the third: a letter typed or the pointer moved, not submitted.
	await terminal.waitFor(`Question 3/`);
	await terminal.quiet();
	const screen = terminal.screen();
	const third = questionOnScreen(screen, pack.questions)!;
	terminal.write(third.type === 'short' || third.type === 'cloze' ? 'Ro' : keys.down);
	await terminal.waitFor(current => current !== screen);
	terminal.kill('SIGKILL');
	const exit = await terminal.waitForExit();
	t.is(exit.signal, 9);

	const store = progressStore(home);
	const progress = store.read(packId);
	t.deepEqual(Object.keys(progress.questions).sort(), answered.map(question => question.id).sort());
	for (const question of answered) t.like(progress.questions[question.id], {attempts: 1, correct: 1, streak: 1, lastCorrect: true}, question.id);
	t.deepEqual(
		(await store.reviews(packId)).map(review => review.questionId),
		answered.map(question => question.id),
	);
	const leftovers = (await fs.readdir(store.directory)).filter(name => !/^(?:progress|reviews)-e2e-session\.jsonl?$/.test(name));
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
	t.deepEqual(await progressStore(home).reviews(packId), []);
	t.deepEqual(progressStore(home).read(packId).questions, {});
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
	// The position leading the prompt's first line is the compact layout's own mark.
	await terminal.waitFor(screen => !screen.includes('Question 1/') && /^ ?1\/7 /m.test(screen) && flatten(screen).includes(flatten(question.prompt)));
	await terminal.quiet();
	const narrow = terminal.screen();
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
