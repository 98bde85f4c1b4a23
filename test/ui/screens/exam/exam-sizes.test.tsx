import test, {type ExecutionContext} from 'ava';
// See test/ui/screens/no-color.test.tsx: chalk would otherwise be off in ava's worker and no frame could carry colour.
import chalk from 'chalk';
import {examOf} from '../../../../source/core/exam/exam-state.js';
import {toSavedExam} from '../../../../source/core/exam/saved-exam.js';
import {answerKeys, examKeys, examPack, memoryExamStore, renderExam, shownQuestion, type Size} from './helpers.js';

chalk.level = 1;

const pack = examPack();
const sizes: Size[] = [
	{columns: 80, rows: 24},
	{columns: 40, rows: 12},
];

function overflow(frame: string, {columns, rows}: Size): string[] {
	const lines = frame.split('\n');
	const wide = lines.filter(line => [...line].length > columns).map(line => `wider than ${columns}: ${line}`);
	return [...(lines.length > rows ? [`${lines.length} lines for ${rows} rows`] : []), ...wide];
}

function hasColour(raw: string): boolean {
	return [...raw.matchAll(/\u001B\[([\d;]*)m/g)].some(([, params = '']) =>
		params.split(';').some(param => /^(?:3\d|4\d|9[0-7]|10[0-7])$/.test(param)),
	);
}

function fits(t: ExecutionContext, frame: string, size: Size, what: string) {
	t.deepEqual(overflow(frame, size), [], `${what} at ${size.columns}×${size.rows}:\n${frame}`);
}

for (const size of sizes) {
	test(`every exam screen fits ${size.columns}×${size.rows} and keeps the countdown, the strip and the keys`, async t => {
		const exam = await renderExam(t, {size, options: {count: 6, timeLimitMs: 50_000, passMark: 60, tags: [], countForReview: false}});
		for (let position = 1; position <= 6; position++) {
			const frame = await exam.frameMatching(new RegExp(`${size.rows < 20 ? '' : 'Question '}${position}/6`));
			fits(t, frame, size, `question ${position}`);
			t.regex(frame, /\d:\d\d left/);
			t.regex(frame, /\[[●○⚑]\]/, 'the current question marked in the strip');
			t.regex(frame, /\^S submit/);
			t.regex(frame, /\^G flag/);
			const question = shownQuestion(frame, pack.questions);
			if (position === 3) await exam.press(examKeys.flag);
			if (position < 6) await exam.press(...answerKeys(frame, question, position % 2 === 0));
		}
		await exam.press(examKeys.submit);
		const confirm = await exam.frameMatching(/1 unanswered — submit anyway\? y\/n/);
		fits(t, confirm, size, 'the submit question');
		exam.clock.advance(20_000);
		const warning = await exam.frameMatching(/0:30 left/);
		fits(t, warning, size, 'the countdown under a minute');
		await exam.press('y');
		const result = await exam.frameMatching(/Not passed|Passed/);
		fits(t, result, size, 'the result');
		t.regex(result, /[✔✘] (Not passed|Passed) \d+ % \(pass mark 60 %\)/);
		t.regex(result, /q quit/);
		for (let step = 0; step < 12; step++) {
			await exam.press(examKeys.pageDown);
			fits(t, exam.frame(), size, `the result scrolled ${step + 1} pages`);
		}
		t.regex(await exam.frameMatching(/\(end\)/), /\d\. [✔✘] (Right|Wrong|Unanswered)/);
	});

	test(`the resume question fits ${size.columns}×${size.rows}`, async t => {
		const items = pack.questions.map(question => ({packId: pack.id, question, topic: 'x'}));
		const saved = toSavedExam(examOf(items, {passMark: 60, timeLimitMs: 1_200_000, tags: [], seed: 1, countForReview: false}, 0), 0);
		const exam = await renderExam(t, {size, resume: saved});
		const frame = exam.frame();
		fits(t, frame, size, 'the resume question');
		t.regex(frame.replace(/\s+/g, ' '), /\(0\/6 answered, 20:00 left\)\? y\/n/);
	});
}

test('40×12: the warning that the exam could not be saved keeps two lines, so the options and keys still fit', async t => {
	const size = {columns: 40, rows: 12};
	const failing = memoryExamStore();
	const reason = 'ENOSPC: no space left on device, write';
	const exam = await renderExam(t, {size, examStore: {...failing.store, saveInProgress: async () => Promise.reject(new Error(reason))}});
	const question = shownQuestion(exam.frame(), pack.questions);
	await exam.press(examKeys.escape);
	const frame = await exam.frameMatching(/Esc again/);
	fits(t, frame, size, 'the warning');
	t.regex(frame.replace(/\s+/g, ' '), /! Esc again leaves without saving; any other key stays\. .*…/);
	t.regex(frame, /\^S submit/);
	t.true(frame.replace(/\s+/g, ' ').includes(question.prompt.split(' ').slice(0, 3).join(' ')), frame);
});

test('NO_COLOR: no colour anywhere, and the words and symbols still say it all', async t => {
	const exam = await renderExam(t, {noColor: true, options: {count: 4, timeLimitMs: 30_000, passMark: 60, tags: [], countForReview: false}});
	const frame = await exam.frameMatching(/0:30 left/);
	t.false(hasColour(exam.lastFrame() ?? ''), 'the countdown under a minute has no colour');
	await exam.press(examKeys.flag);
	await exam.frameMatching(/⚑ 1 flagged/);
	t.false(hasColour(exam.lastFrame() ?? ''));
	await exam.press(...answerKeys(frame, shownQuestion(frame, pack.questions), false));
	await exam.frameMatching(/Question 2\/4/);
	await exam.press(examKeys.submit);
	await exam.frameMatching(/submit anyway/);
	t.false(hasColour(exam.lastFrame() ?? ''));
	await exam.press('y');
	const result = await exam.frameMatching(/Not passed/);
	t.regex(result, /✘ Not passed 0 %/);
	t.regex(result, /1\. ✘ Wrong ⚑/);
	t.regex(result, /2\. ✘ Unanswered/);
	t.false(hasColour(exam.lastFrame() ?? ''));
});

test('with colour, the countdown turns to the warning colour under a minute', async t => {
	const exam = await renderExam(t, {options: {count: 4, timeLimitMs: 90_000, passMark: 60, tags: [], countForReview: false}});
	const clockCell = () => /(\S*)1:30 left|(\S*)0:59 left/.exec(exam.lastFrame() ?? '');
	t.false(/\u001B\[33m[^\n]*left/.test(exam.lastFrame() ?? ''), 'not yet');
	exam.clock.advance(31_000);
	await exam.frameMatching(/0:59 left/);
	t.truthy(clockCell());
	t.true(/\u001B\[33m[^\n]*0:59 left/.test(exam.lastFrame() ?? ''), JSON.stringify(exam.lastFrame()));
});
