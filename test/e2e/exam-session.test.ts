import {execFile} from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import test from 'ava';
import type {ExecutionContext} from 'ava';
import pty from 'node-pty';
import type {ExamAttempt} from '../../source/core/exam/exam-attempt.js';
import {loadPackFile} from '../../source/core/pack/load.js';
import {createScheduler} from '../../source/core/schedule/fsrs-adapter.js';
import {createProgressStore} from '../../source/store/progress-store.js';
import type {Pack, Question} from '../../source/core/pack/schema.js';
import {builtCli, keys, killAll, spawnInTerminal} from '../helpers/terminal.js';
import type {RealTerminal} from '../helpers/terminal.js';

/*
 * The built CLI's exam in a real pseudo-terminal: a timed exam run out to its
 * result screen, an exam interrupted with Ctrl+C and resumed, and --json
 * with stdout piped.
 */

const fixture = path.resolve('test/fixtures/packs/exam-civics.yaml');
const ctrlS = '\u0013';

test.after.always(killAll);

async function loadFixture(): Promise<Pack> {
	const entry = await loadPackFile(fixture);
	if (entry.status !== 'ok') throw new Error(`${fixture} does not load`);
	return entry.pack;
}

async function tempHome(t: ExecutionContext): Promise<string> {
	const home = await fs.mkdtemp(path.join(os.tmpdir(), 'factdrill-exam-e2e-'));
	t.teardown(() => fs.rm(home, {recursive: true, force: true}));
	return home;
}

function open(t: ExecutionContext, args: string[], home: string): RealTerminal {
	const terminal = spawnInTerminal(args, {env: {...process.env, FACTDRILL_HOME: home}});
	t.teardown(() => terminal.kill('SIGKILL'));
	return terminal;
}

type History = {formatVersion: number; attempts: ExamAttempt[]};

async function readHistory(home: string): Promise<History> {
	return JSON.parse(await fs.readFile(path.join(home, 'exams', 'history.json'), 'utf8')) as History;
}

function shownQuestion(screen: string, pack: Pack): Question {
	const flat = screen.replace(/\s+/g, ' ');
	const found = pack.questions.find(question => flat.includes(question.prompt.split(' ').slice(0, 5).join(' ')));
	if (!found) throw new Error(`no question of the pack on the screen:\n${screen}`);
	return found;
}

/** The keys that answer the question on screen rightly, read off the screen as a person would. */
function rightAnswer(screen: string, question: Question): string {
	if (question.type === 'truefalse') return question.answer ? 't' : 'f';
	if (question.type === 'short') return `${question.answer}\r`;
	if (question.type !== 'choice') throw new Error(`the fixture has no ${question.type} question`);
	for (const line of screen.split('\n')) {
		const match = /^\s*›?\s*(\d)\. (.*)$/.exec(line);
		if (match?.[2]?.trim() === question.answer) return match[1]!;
	}
	throw new Error(`option ${question.answer} not on the screen:\n${screen}`);
}

async function answerShown(terminal: RealTerminal, pack: Pack, position: number, total: number): Promise<Question> {
	const screen = await terminal.waitFor(`Question ${position}/${total}`);
	await terminal.quiet();
	const question = shownQuestion(screen, pack);
	terminal.write(rightAnswer(screen, question));
	return question;
}

test('a timed exam runs out: answers so far are scored, the result screen shows, history keeps it', async t => {
	const pack = await loadFixture();
	const home = await tempHome(t);
	const terminal = open(t, ['exam', fixture, '--count', '3', '--time', '5s', '--seed', '5'], home);
	const first = await terminal.waitFor('Question 1/3');
	t.regex(first, /Question 1\/3 · ⚑ 0 flagged · 0:0\d left/);
	t.regex(first, /\[○\]○ ○/);
	const answered = await answerShown(terminal, pack, 1, 3);
	const second = await terminal.waitFor('Question 2/3');
	t.notRegex(second, /✔|Right/, 'no feedback before the end');
	t.regex(second, /●\[○\]○/);

	const result = await terminal.waitFor('Exam result', 15_000);
	await terminal.quiet();
	t.regex(result, /✘ Not passed 33 % \(pass mark 60 %\)/, 'the pack\'s pass mark');
	t.regex(result, /1\/3 right · 0 wrong · 2 unanswered/);
	t.regex(result, /Time used 0:05 of 0:05 \(time ran out\)/);
	t.regex(result, /By topic/);
	t.regex(result, /Review/);
	terminal.write('q');
	t.deepEqual(await terminal.waitForExit(), {exitCode: 1, signal: undefined}, 'not passed: exit 1');

	const history = await readHistory(home);
	t.is(history.attempts.length, 1);
	const [attempt] = history.attempts;
	t.is(attempt?.ending, 'time-up');
	t.is(attempt?.timeLimitMs, 5000);
	t.is(attempt?.passMark, 60);
	t.false(attempt?.passed);
	t.deepEqual(attempt?.answers.filter(answer => answer.correct).map(answer => answer.questionId), [answered.id]);
	await t.throwsAsync(fs.access(path.join(home, 'exams', 'in-progress.json')), undefined, 'nothing left to resume');
	await t.throwsAsync(fs.access(path.join(home, 'progress')), undefined, 'the review schedule is untouched');
});

test('an exam stopped with Ctrl+C is resumed on the next start and submitted', async t => {
	const pack = await loadFixture();
	const home = await tempHome(t);
	const first = open(t, ['exam', fixture, '--count', '3', '--time', '10m', '--seed', '8'], home);
	const answered = await answerShown(first, pack, 1, 3);
	await first.waitFor('Question 2/3');
	await first.quiet();
	first.write('\u0007');
	await first.waitFor('⚑ 1 flagged');
	first.write(keys.ctrlC);
	t.is((await first.waitForExit()).exitCode, 130);
	// The terminal wraps the message where it likes: compare it without line breaks.
	t.regex(first.lines().join(''), /the exam is saved \(1\/3 answered, \d+:\d\d left\); run factdrill exam to resume it\./);

	const second = open(t, ['exam', fixture], home);
	const prompt = await second.waitFor('Resume the exam');
	t.regex(prompt.replace(/\s+/g, ' '), /\(1\/3 answered, (?:10:00|9:\d\d) left\)\? y\/n/);
	await second.quiet();
	second.write('y');
	const resumed = await second.waitFor('Question 2/3');
	t.regex(resumed, /●\[⚑\]○/, 'the answer, the flag and the place came back');
	t.regex(resumed, /Question 2\/3 · ⚑ 1 flagged · (?:10:00|9:\d\d) left/);
	await second.quiet();
	second.write(ctrlS);
	await second.waitFor('2 unanswered — submit anyway? y/n');
	await second.quiet();
	second.write('y');
	const result = await second.waitFor('Exam result');
	t.regex(result, /1\/3 right · 0 wrong · 2 unanswered/);
	await second.quiet();
	second.write('q');
	await second.waitForExit();
	const history = await readHistory(home);
	t.is(history.attempts.length, 1);
	t.is(history.attempts[0]?.ending, 'submitted');
	t.true(history.attempts[0]?.answers.some(answer => answer.questionId === answered.id && answer.correct));
	t.is(history.attempts[0]?.answers.filter(answer => answer.flagged).length, 1);
});

test('--json with stdout piped: the screen on stderr, the result as JSON on stdout; --count-for-review records the answers', async t => {
	const pack = await loadFixture();
	const home = await tempHome(t);
	const output = path.join(home, 'result.json');
	let screen = '';
	const shell = `exec ${JSON.stringify(process.execPath)} ${JSON.stringify(builtCli)} exam ${JSON.stringify(fixture)} --count 2 --pass 50 --json --count-for-review > ${JSON.stringify(output)}`;
	const env: Record<string, string> = {...(process.env as Record<string, string>), FACTDRILL_HOME: home};
	delete env['CI'];
	const child = pty.spawn('/bin/sh', ['-c', shell], {name: 'xterm-256color', cols: 80, rows: 24, env});
	t.teardown(() => child.kill('SIGKILL'));
	let lastOutput = Date.now();
	child.onData(data => {
		screen += data;
		lastOutput = Date.now();
	});
	const exited = new Promise<number>(resolve => child.onExit(({exitCode}) => resolve(exitCode)));
	const sleep = async (ms: number) => new Promise(resolve => setTimeout(resolve, ms));
	const waitFor = async (pattern: RegExp) => {
		const deadline = Date.now() + 15_000;
		while (!pattern.test(screen)) {
			if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}:\n${screen}`);
			await sleep(20);
		}
		// The new screen's key handlers attach after its frame is written: wait until the program goes quiet
		// (the countdown writes once a second, so 300 ms of silence comes soon), as a person would.
		const quietBy = Date.now() + 3000;
		while (Date.now() - lastOutput < 300 && Date.now() < quietBy) await sleep(20);
	};
	for (const position of [1, 2]) {
		await waitFor(new RegExp(`Question ${position}/2`));
		const frame = screen.slice(screen.lastIndexOf(`Question ${position}/2`));
		const plain = frame.replace(/\u001B\[[0-9;?]*[A-Za-z]/g, '').replaceAll('\r', '');
		child.write(rightAnswer(plain, shownQuestion(plain, pack)));
	}
	// The status line wraps where the last answer's length puts it, and the draw order is random.
	await waitFor(/all\s+answered/);
	child.write(ctrlS);
	await waitFor(/Passed/);
	child.write('q');
	t.is(await exited, 0, 'passed: exit 0');
	const result = JSON.parse(await fs.readFile(output, 'utf8')) as ExamAttempt;
	t.is(result.score, 100);
	t.true(result.passed);
	t.is(result.passMark, 50);
	t.is(result.answers.length, 2);
	t.deepEqual(result.packIds, ['exam-civics']);
	t.false(screen.includes('"score"'), 'no JSON on the screen');
	t.true(result.countedForReview);
	const store = createProgressStore({env: {FACTDRILL_HOME: home}, scheduler: createScheduler({retention: 0.9})});
	const reviews = await store.reviews('exam-civics');
	t.deepEqual(reviews.map(review => [review.questionId, review.source, review.correct]).sort(), result.answers.map(answer => [answer.questionId, 'exam', true]).sort());
	t.is(Object.keys(store.read('exam-civics').questions).length, 2, 'the schedule has both questions');
});

test('exam without a terminal says so and exits 2', async t => {
	const run = promisify(execFile);
	const error = await t.throwsAsync(run(process.execPath, [builtCli, 'exam', fixture], {env: {...process.env, FACTDRILL_HOME: os.tmpdir()}}));
	t.is((error as {code?: number}).code, 2);
	t.regex((error as {stderr?: string}).stderr ?? '', /needs an interactive terminal/);
});
