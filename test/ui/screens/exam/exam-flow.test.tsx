import test from 'ava';
import {examOf} from '../../../../source/core/exam/exam-state.js';
import {examReducer} from '../../../../source/core/exam/exam-reducer.js';
import {toSavedExam} from '../../../../source/core/exam/saved-exam.js';
import {answerKeys, examKeys, examPack, memoryExamStore, recordingProgressStore, renderExam, shownQuestion, tick, until} from './helpers.js';

const pack = examPack();

test('the header counts position, flags and time left; the countdown follows the clock', async t => {
	const exam = await renderExam(t);
	t.regex(exam.frame(), /Question 1\/4 · ⚑ 0 flagged · 1:00 left/);
	exam.clock.advance(12_000);
	t.regex(await exam.frameMatching(/0:48 left/), /0:48 left/);
	t.regex(exam.frame(), /\[○\]○ ○ ○/, 'a strip of four unanswered questions, the first current');
	t.regex(exam.frame(), /not answered yet/);
});

test('answering shows no verdict and moves on; coming back shows the answer given', async t => {
	const exam = await renderExam(t);
	const first = shownQuestion(exam.frame(), pack.questions);
	await exam.press(...answerKeys(exam.frame(), first, false));
	const next = await exam.frameMatching(/Question 2\/4/);
	t.notRegex(next, /✔|✘|Right|Wrong/, 'no feedback until the end');
	t.regex(next, /\]●\[○\] ○ ○ |●\[○\]/, 'the first is answered, the second current');
	await exam.press(examKeys.pageUp);
	const back = await exam.frameMatching(/Question 1\/4/);
	t.regex(back, /answered: /);
	t.true(back.replace(/\s+/g, ' ').includes(first.prompt.split(' ').slice(0, 5).join(' ')), back);
	// ] and [ move too where no text is typed.
	await exam.press(']');
	t.regex(await exam.frameMatching(/Question 2\/4/), /Question 2\/4/);
});

test('a flag shows in the header and the strip, stays when moving away, and comes off again', async t => {
	const exam = await renderExam(t);
	await exam.press(examKeys.flag);
	let frame = await exam.frameMatching(/⚑ 1 flagged/);
	t.regex(frame, /\[⚑\]/);
	t.regex(frame, /⚑ flagged · not answered yet/);
	await exam.press(examKeys.pageDown, examKeys.pageDown);
	frame = await exam.frameMatching(/Question 3\/4/);
	t.regex(frame, / ⚑ ○\[○\]/);
	t.regex(frame, /⚑ 1 flagged/);
	await exam.press(examKeys.pageUp, examKeys.pageUp, examKeys.flag);
	frame = await exam.frameMatching(/⚑ 0 flagged/);
	t.regex(frame, /\[○\]/);
});

test('flag and navigation keys work in a typed question and do not type into it', async t => {
	const typed = {...pack, questions: pack.questions.filter(question => question.type === 'short')};
	const exam = await renderExam(t, {packs: [typed], options: {count: 4, timeLimitMs: 60_000, passMark: 60, tags: [], countForReview: false}});
	t.regex(exam.frame(), /Only 1 question, not 4: the exam has all of them\./);
	t.regex(exam.frame(), /PgDn next/);
	t.notRegex(exam.frame(), /PgDn\/\] next/, 'no ] key where it is a character');
	await exam.press('Utr', examKeys.flag);
	await exam.frameMatching(/⚑ 1 flagged/);
	await exam.press('echt', examKeys.pageDown, examKeys.pageUp);
	const frame = await exam.frameMatching(/Utrecht/);
	t.regex(frame, /⚑ 1 flagged/);
	t.regex(frame, /Question 1\/1/);
});

test('submit with questions unanswered asks first: n goes back, y shows the result', async t => {
	const exam = await renderExam(t);
	await exam.press(...answerKeys(exam.frame(), shownQuestion(exam.frame(), pack.questions), true));
	await exam.frameMatching(/Question 2\/4/);
	await exam.press(examKeys.submit);
	t.regex(await exam.frameMatching(/3 unanswered — submit anyway\? y\/n/), /submit anyway/);
	await exam.press('n');
	const back = await exam.frameMatching(/\^S submit/);
	t.regex(back, /Question 2\/4/);
	await exam.press(examKeys.submit);
	await exam.frameMatching(/submit anyway/);
	await exam.press('y');
	const result = await exam.frameMatching(/Not passed/);
	t.regex(result, /✘ Not passed 25 % \(pass mark 60 %\)/);
	t.regex(result, /1\/4 right · 0 wrong · 3 unanswered/);
	await until(() => exam.memory.state.history.length > 0);
	t.is(exam.memory.state.history.length, 1, 'kept in history');
	t.is(exam.memory.state.history[0]?.ending, 'submitted');
	await until(() => exam.memory.state.inProgress === undefined);
	t.is(exam.memory.state.inProgress, undefined, 'no longer in progress');
	t.is(exam.finished.length, 1);
});

test('at time-out the answers so far are submitted and the result shows', async t => {
	const exam = await renderExam(t);
	await exam.press(...answerKeys(exam.frame(), shownQuestion(exam.frame(), pack.questions), true));
	await exam.frameMatching(/Question 2\/4/);
	exam.clock.advance(50_000);
	await exam.frameMatching(/0:10 left/);
	exam.clock.advance(10_000);
	const result = await exam.frameMatching(/Exam result/);
	t.regex(result, /✘ Not passed 25 %/);
	t.regex(result, /Time used 1:00 of 1:00 \(time ran out\)/);
	await until(() => exam.memory.state.history.length > 0);
	t.is(exam.memory.state.history[0]?.ending, 'time-up');
	t.is(exam.memory.state.history[0]?.answers.filter(answer => answer.correct).length, 1);
});

test('every answer right, submit ends at once: passed, per-topic table, review with evidence', async t => {
	const exam = await renderExam(t);
	for (let position = 1; position <= 4; position++) {
		const frame = await exam.frameMatching(new RegExp(`Question ${position}/4`));
		await exam.press(...answerKeys(frame, shownQuestion(frame, pack.questions), true));
	}
	await exam.frameMatching(/all answered/);
	await exam.press(examKeys.submit);
	const result = await exam.frameMatching(/Passed/);
	t.regex(result, /✔ Passed 100 % \(pass mark 60 %\)/);
	t.regex(result, /By topic/);
	t.regex(result, /Review/);
	t.regex(result, /1\. ✔ Right/);
	t.regex(await exam.frameMatching(/Your review schedule is unchanged/), /Your review schedule is unchanged/, 'once history is written');
	t.notRegex(result, /r retake missed/, 'nothing to retake');
	await exam.press('r', 'h');
	await until(() => exam.exits.home === 1);
	t.is(exam.exits.home, 1);
	await exam.press('q');
	await until(() => exam.exits.exit === 1);
	t.is(exam.exits.exit, 1);
});

test('the result review scrolls, and r retakes just the missed ones', async t => {
	const exam = await renderExam(t, {options: {count: 6, timeLimitMs: 60_000, passMark: 60, tags: [], countForReview: false}});
	const missed: string[] = [];
	for (let position = 1; position <= 6; position++) {
		const frame = await exam.frameMatching(new RegExp(`Question ${position}/6`));
		const question = shownQuestion(frame, pack.questions);
		const right = position > 2;
		if (!right) missed.push(question.id);
		await exam.press(...answerKeys(frame, question, right));
	}
	await exam.press(examKeys.submit);
	const result = await exam.frameMatching(/Exam result/);
	t.regex(result, /✔ Passed 66 %/);
	t.regex(result, /↓ \d+ more lines/);
	t.regex(result, /You said: /);
	await exam.press(examKeys.pageDown, examKeys.pageDown, examKeys.pageDown);
	t.regex(await exam.frameMatching(/\(end\)/), /\d\. ✔ Right/);
	await exam.press('r');
	const retake = await exam.frameMatching(/Question 1\/2/);
	t.true(missed.includes(shownQuestion(retake, pack.questions).id));
	t.regex(retake, /1:00 left/, 'a minute at least');
});

test('Esc leaves, with the exam in progress saved: answers, flags, place and time used', async t => {
	const exam = await renderExam(t);
	await exam.press(...answerKeys(exam.frame(), shownQuestion(exam.frame(), pack.questions), true));
	await exam.frameMatching(/Question 2\/4/);
	await exam.press(examKeys.flag);
	await exam.frameMatching(/⚑ 1 flagged/);
	exam.clock.advance(7000);
	await exam.press(examKeys.escape);
	await until(() => exam.exits.home === 1);
	t.is(exam.exits.home, 1);
	const saved = exam.memory.state.inProgress!;
	t.is(saved.questions.filter(question => question.response !== null).length, 1);
	t.is(saved.questions.filter(question => question.flagged).length, 1);
	t.is(saved.index, 1);
	t.is(saved.elapsedMs, 7000, 'the time used up to leaving');
});

test('Esc when the exam cannot be saved: it stays, says why, and only a second Esc leaves without it', async t => {
	const failing = memoryExamStore();
	const exam = await renderExam(t, {examStore: {...failing.store, saveInProgress: async () => Promise.reject(new Error('disk full'))}});
	await exam.press(...answerKeys(exam.frame(), shownQuestion(exam.frame(), pack.questions), true));
	await exam.frameMatching(/Question 2\/4/);
	await exam.press(examKeys.escape);
	const warned = await exam.frameMatching(/could not be saved/);
	t.regex(warned.replace(/\s+/g, ' '), /! Esc again leaves without saving; any other key stays\. The exam could not be saved to resume later: disk full\./);
	t.is(exam.exits.home, 0, 'still in the exam');
	await exam.press(examKeys.pageUp);
	const back = await exam.frameMatching(/Question 1\/4/);
	t.notRegex(back, /could not be saved/, 'another key stays in the exam and clears the warning');
	await exam.press(examKeys.escape);
	await exam.frameMatching(/could not be saved/);
	t.is(exam.exits.home, 0, 'the warning is given again first');
	await exam.press(examKeys.escape);
	await until(() => exam.exits.home === 1);
	t.is(exam.exits.home, 1, 'the second Esc in a row leaves');
});

test('resume: y brings back answers, flags, place and time left', async t => {
	const items = pack.questions.slice(0, 3).map(question => ({packId: pack.id, question, topic: 'x'}));
	let state = examOf(items, {passMark: 60, timeLimitMs: 120_000, tags: [], seed: 9, countForReview: false}, 1000);
	state = examReducer(state, {type: 'answer', response: {type: 'choice', choice: '1648'}, at: 2000});
	state = examReducer(state, {type: 'toggle-flag', at: 3000});
	state = examReducer(state, {type: 'tick', at: 31_000});
	const saved = toSavedExam(state, 31_000);
	const memory = memoryExamStore(saved);
	const exam = await renderExam(t, {resume: saved, examStore: memory.store});
	const prompt = exam.frame();
	t.regex(prompt, /Resume the exam from .*\(1\/3 answered, 1:30 left\)\? y\/n/s);
	exam.clock.advance(3_600_000);
	await tick(60);
	await exam.press('y');
	const frame = await exam.frameMatching(/Question 2\/3/);
	t.regex(frame, /⚑ 1 flagged · 1:30 left/, 'the hour at the prompt did not count');
	t.regex(frame, /●\[⚑\]○/);
	t.regex(frame, /westphalia|Thirty Years/i);
});

test('resume: a question gone from its pack is left out, and the screen says so', async t => {
	const items = pack.questions.slice(0, 3).map(question => ({packId: pack.id, question, topic: 'x'}));
	const state = examOf(items, {passMark: 60, timeLimitMs: 120_000, tags: [], seed: 9, countForReview: false}, 1000);
	const saved = toSavedExam(state, 1000);
	const changed = {...pack, questions: pack.questions.filter(question => question.id !== items[1]!.question.id)};
	const exam = await renderExam(t, {resume: saved, packs: [changed]});
	await exam.press('y');
	const frame = await exam.frameMatching(/Question 1\/2/);
	t.regex(frame.replace(/\s+/g, ' '), /1 question of this exam is no longer in its pack; resumed without it\./);
});

test('resume: n drops the unfinished exam and starts a new one', async t => {
	const items = pack.questions.slice(0, 2).map(question => ({packId: pack.id, question, topic: 'x'}));
	const saved = toSavedExam(examOf(items, {passMark: 60, timeLimitMs: 120_000, tags: [], seed: 9, countForReview: false}, 1000), 1000);
	const memory = memoryExamStore(saved);
	const exam = await renderExam(t, {resume: saved, examStore: memory.store});
	await exam.press('n');
	t.regex(await exam.frameMatching(/Question 1\/4/), /1:00 left/);
	t.true(memory.state.clears >= 1);
});

test('--count-for-review records each answered question with source exam', async t => {
	const progress = recordingProgressStore();
	const exam = await renderExam(t, {progressStore: progress.store, options: {count: 4, timeLimitMs: 60_000, passMark: 60, tags: [], countForReview: true}});
	const frame = exam.frame();
	await exam.press(...answerKeys(frame, shownQuestion(frame, pack.questions), false));
	await exam.frameMatching(/Question 2\/4/);
	await exam.press(examKeys.submit);
	await exam.frameMatching(/submit anyway/);
	await exam.press('y');
	t.regex(await exam.frameMatching(/Counted for review: 1 answer\./), /Counted for review/);
	t.is(progress.recorded.length, 1);
	t.is(progress.recorded[0]?.answer.source, 'exam');
	t.is(progress.recorded[0]?.answer.rating, 'again');
	t.false(progress.recorded[0]?.answer.correct);
	t.true(exam.memory.state.history[0]?.countedForReview);
});
