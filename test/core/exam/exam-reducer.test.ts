import test from 'ava';
import {examReducer, type ExamAction} from '../../../source/core/exam/exam-reducer.js';
import {examResult, topicBreakdown} from '../../../source/core/exam/exam-result.js';
import {examOf, remainingMs, retakeMissed, startExam, type ExamState} from '../../../source/core/exam/exam-state.js';
import {resumeExam, toSavedExam} from '../../../source/core/exam/saved-exam.js';
import {pack, question, topicQuestions} from './fixture.js';

const start = 1_000_000;
const settings = {passMark: 70, timeLimitMs: 60_000, tags: [], seed: 1, countForReview: false};
const packs = [pack('p', [...topicQuestions('treaties', 2), ...topicQuestions('people', 2)])];

function exam(): ExamState {
	return startExam(packs, {...settings, count: 4}, start);
}

function run(state: ExamState, ...actions: ExamAction[]): ExamState {
	return actions.reduce(examReducer, state);
}

const right = (at: number): ExamAction => ({type: 'answer', response: {type: 'truefalse', value: true}, at});
const wrong = (at: number): ExamAction => ({type: 'answer', response: {type: 'truefalse', value: false}, at});

test('moving freely: next, previous and go stay within the exam', t => {
	let state = exam();
	state = run(state, {type: 'next', at: start}, {type: 'next', at: start});
	t.is(state.index, 2);
	state = run(state, {type: 'previous', at: start}, {type: 'previous', at: start}, {type: 'previous', at: start});
	t.is(state.index, 0, 'previous at the first question stays');
	state = run(state, {type: 'go', index: 3, at: start}, {type: 'next', at: start});
	t.is(state.index, 3, 'next at the last question stays');
	t.is(run(state, {type: 'go', index: 99, at: start}).index, 3);
});

test('an answer is graded but the exam goes on to the next question; re-answering replaces it', t => {
	let state = run(exam(), wrong(start + 1000));
	t.is(state.index, 1);
	t.false(state.answers[0]?.grade.correct);
	state = run(state, {type: 'previous', at: start + 2000}, right(start + 3000));
	t.true(state.answers[0]?.grade.correct, 'the second answer counts');
	t.is(state.phase, 'answering', 'no feedback, no end');
});

test('flags toggle on the current question and survive moving away', t => {
	const state = run(exam(), {type: 'toggle-flag', at: start}, {type: 'next', at: start}, {type: 'toggle-flag', at: start}, {type: 'toggle-flag', at: start});
	t.deepEqual(state.flags, [true, false, false, false]);
});

test('submitting with questions unanswered asks first; "no" goes back, "yes" ends it', t => {
	let state = run(exam(), right(start + 1000), {type: 'request-submit', at: start + 2000});
	t.is(state.phase, 'confirm-submit');
	t.is(run(state, right(start + 2500)).answers[1], undefined, 'no answering while asked');
	state = run(state, {type: 'cancel-submit', at: start + 3000});
	t.is(state.phase, 'answering');
	state = run(state, {type: 'request-submit', at: start + 4000}, {type: 'confirm-submit', at: start + 5000});
	t.is(state.phase, 'finished');
	t.is(state.ending, 'submitted');
	t.is(state.finishedAt, start + 5000);
	t.is(state.elapsedMs, 5000);
});

test('with every question answered, submit ends the exam at once', t => {
	const state = run(exam(), right(start), right(start), right(start), right(start), {type: 'request-submit', at: start + 10_000});
	t.is(state.phase, 'finished');
});

test('at time-out the answers so far are submitted, and later actions change nothing', t => {
	let state = run(exam(), right(start + 10_000), {type: 'tick', at: start + 59_000});
	t.is(state.phase, 'answering');
	t.is(remainingMs(state), 1000);
	state = run(state, {type: 'tick', at: start + 60_000});
	t.is(state.phase, 'finished');
	t.is(state.ending, 'time-up');
	t.is(state.elapsedMs, 60_000);
	const later = run(state, right(start + 61_000), {type: 'toggle-flag', at: start + 62_000});
	t.is(later, state);
	// An answer that arrives after the time is up does not count.
	const late = run(exam(), right(start + 70_000));
	t.is(late.ending, 'time-up');
	t.is(late.answers[0], undefined);
	t.is(late.elapsedMs, 60_000, 'never more than the limit');
});

test('a clock that goes back adds no time', t => {
	const state = run(exam(), {type: 'tick', at: start + 5000}, {type: 'tick', at: start + 2000}, {type: 'tick', at: start + 6000});
	t.is(state.elapsedMs, 6000);
});

test('the result: score, pass against the pass mark, time used and each answer', t => {
	const state = run(exam(), right(start), right(start), wrong(start), {type: 'toggle-flag', at: start}, {type: 'request-submit', at: start + 30_000}, {type: 'confirm-submit', at: start + 40_000});
	const result = examResult(state);
	t.is(result.score, 50, 'two right of four; the unanswered one counts as wrong');
	t.false(result.passed);
	t.is(result.passMark, 70);
	t.is(result.timeUsedMs, 40_000);
	t.is(result.timeLimitMs, 60_000);
	t.is(result.ending, 'submitted');
	t.deepEqual(result.answers.map(answer => answer.correct), [true, true, false, undefined]);
	t.deepEqual(result.answers.map(answer => answer.flagged), [false, false, false, true]);
	t.is(result.answers[3]?.given, undefined);
	t.is(result.answers[3]?.expected, 'True', 'the right answer even when unanswered');
	t.is(result.answers[2]?.given, 'False');
	t.deepEqual(result.packIds, ['p']);
});

test('the pass mark is reached exactly or not at all; the score rounds down', t => {
	const three = examOf(topicQuestions('a', 3).map(q => ({packId: 'p', question: q, topic: 'a'})), {...settings, passMark: 66}, start);
	const twoOfThree = run(three, right(start), right(start), wrong(start));
	t.is(examResult(twoOfThree).score, 66);
	t.true(examResult(twoOfThree).passed, '66.7 % passes 66');
	t.false(examResult({...twoOfThree, passMark: 67}).passed, '66.7 % does not pass 67');
});

test('the breakdown counts right answers per topic', t => {
	const state = run(exam(), right(start), right(start), wrong(start), wrong(start));
	const byTopic = Object.fromEntries(topicBreakdown(state).map(score => [score.topic, `${score.right}/${score.total}`]));
	const expected: Record<string, [number, number]> = {treaties: [0, 0], people: [0, 0]};
	for (const [index, item] of state.items.entries()) {
		expected[item.topic]![1]++;
		if (index < 2) expected[item.topic]![0]++;
	}
	t.deepEqual(byTopic, Object.fromEntries(Object.entries(expected).map(([topic, [r, n]]) => [topic, `${r}/${n}`])));
});

test('retaking the missed ones: a new exam of just those, with time in proportion', t => {
	const finished = run(exam(), right(start), wrong(start), {type: 'request-submit', at: start}, {type: 'confirm-submit', at: start});
	const retake = retakeMissed(finished, start + 100_000, 2)!;
	t.deepEqual(
		retake.items.map(item => item.question.id),
		finished.items.slice(1).map(item => item.question.id),
	);
	t.is(retake.timeLimitMs, 60_000, 'three of four questions is 45 s, but at least a minute');
	t.not(retake.id, finished.id);
	t.true(retake.answers.every(answer => answer === undefined));
	const allRight = run(exam(), right(start), right(start), right(start), right(start), {type: 'request-submit', at: start});
	t.is(retakeMissed(allRight, start, 2), undefined);
});

test('resume: same questions, answers, flags and place; time used so far, none while closed', t => {
	const state = run(exam(), right(start + 1000), wrong(start + 2000), {type: 'toggle-flag', at: start + 3000}, {type: 'tick', at: start + 20_000});
	const saved = JSON.parse(JSON.stringify(toSavedExam(state, start + 20_000))) as ReturnType<typeof toSavedExam>;
	const later = start + 3_600_000;
	const resumed = resumeExam(saved, packs, later);
	t.deepEqual(resumed.items.map(item => item.question.id), state.items.map(item => item.question.id));
	t.deepEqual(resumed.answers.map(answer => answer?.grade.correct), [true, false, undefined, undefined]);
	t.deepEqual(resumed.flags, [false, false, true, false]);
	t.is(resumed.index, 2);
	t.is(remainingMs(resumed), 40_000, 'the hour closed did not count');
	t.is(resumed.dropped, 0);
	t.is(run(resumed, {type: 'tick', at: later + 40_000}).ending, 'time-up');
});

test('resume without the questions a changed pack no longer has', t => {
	const state = run(exam(), right(start), right(start), {type: 'next', at: start});
	const saved = toSavedExam(state, start);
	const gone = state.items[1]!.question.id;
	const changed = [pack('p', packs[0]!.questions.filter(q => q.id !== gone))];
	const resumed = resumeExam(saved, changed, start);
	t.is(resumed.items.length, 3);
	t.is(resumed.dropped, 1);
	t.false(resumed.items.some(item => item.question.id === gone));
	t.is(resumed.answers.filter(Boolean).length, 1);
	// A question whose type changed keeps its place but loses the answer given to the old one.
	const retyped = [pack('p', packs[0]!.questions.map(q => (q.id === state.items[0]!.question.id ? {...question(q.id), type: 'short' as const, answer: 'x', accept: []} : q)))];
	t.is(resumeExam(saved, retyped, start).answers[0], undefined);
	t.is(resumeExam(saved, [], start).items.length, 0, 'a pack gone entirely');
});
