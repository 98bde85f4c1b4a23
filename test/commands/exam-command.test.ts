import path from 'node:path';
import test from 'ava';
import type {ExamCommand} from '../../source/cli/parse-exam.js';
import {planExam} from '../../source/commands/exam-command.js';
import {loadPackFile, type PackEntry} from '../../source/core/pack/load.js';

const fixture = path.resolve('test/fixtures/packs/exam-civics.yaml');
const minimal = path.resolve('test/fixtures/packs/valid-minimal.yaml');

function command(extra: Partial<ExamCommand> = {}): ExamCommand {
	return {name: 'exam', packs: [], count: undefined, timeLimitMs: undefined, passMark: undefined, tags: [], seed: undefined, countForReview: false, json: false, packFiles: [], ...extra};
}

async function library(): Promise<PackEntry[]> {
	return [await loadPackFile(minimal, 'built-in'), await loadPackFile(fixture, 'file')];
}

test('named packs are used, with the first one\'s exam: settings under the command line\'s', async t => {
	const plan = await planExam(command({packs: [fixture], passMark: 90}), await library(), process.cwd());
	if ('problem' in plan) return t.fail(plan.problem);
	t.deepEqual(plan.packs.map(pack => pack.id), ['exam-civics']);
	t.deepEqual(plan.options, {count: 4, timeLimitMs: 600_000, passMark: 90, tags: [], countForReview: false});
	t.is(plan.library.length, 2, 'every pack, to resume an exam against');
});

test('no pack named: the --pack files, else every pack; the defaults when the first has no exam: block', async t => {
	const withFile = await planExam(command(), await library(), process.cwd());
	if ('problem' in withFile) return t.fail(withFile.problem);
	t.deepEqual(withFile.packs.map(pack => pack.id), ['exam-civics']);
	const entries = [await loadPackFile(minimal, 'built-in'), await loadPackFile(fixture, 'user')];
	const every = await planExam(command(), entries, process.cwd());
	if ('problem' in every) return t.fail(every.problem);
	t.deepEqual(every.packs.map(pack => pack.id), ['magna-carta-basics', 'exam-civics']);
	t.deepEqual(every.options, {count: 30, timeLimitMs: 1_200_000, passMark: 70, tags: [], countForReview: false});
});

test('an unknown pack, or tags no question has, is a problem named before the exam opens', async t => {
	t.like(await planExam(command({packs: ['nowhere']}), await library(), process.cwd()), {problem: 'no pack "nowhere"; run factdrill packs to list them, or give a .yaml file', code: 1});
	const plan = await planExam(command({packs: [fixture], tags: ['moon-landing']}), await library(), process.cwd());
	t.true('problem' in plan);
	if ('problem' in plan) t.regex(plan.problem, /no question in the pack exam-civics has the tag moon-landing; its tags are: .*utrecht/);
});
