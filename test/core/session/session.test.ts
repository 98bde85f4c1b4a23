import test from 'ava';
import type {Pack} from '../../../source/core/pack/schema.js';
import type {Grade} from '../../../source/core/questions/response.js';
import {
	currentQuestion,
	formatDuration,
	missedQuestions,
	sessionReducer,
	startSession,
	summarize,
	type SessionState,
} from '../../../source/core/session/session.js';

const pack: Pack = {
	format: 'factdrill/pack@1',
	id: 'demo',
	title: 'Demo',
	language: 'en',
	version: '1',
	tags: [],
	sources: [],
	facts: [],
	questions: ['a', 'b', 'c', 'd'].map(id => ({id, type: 'truefalse' as const, prompt: `Is ${id} true?`, answer: true})),
};

const right: Grade = {correct: true, expected: 'True', given: 'True'};
const wrong: Grade = {correct: false, expected: 'True', given: 'False'};

function answerAll(state: SessionState, grades: Grade[], startAt = 1000): SessionState {
	let at = startAt;
	for (const grade of grades) {
		state = sessionReducer(state, {type: 'answer', response: {type: 'truefalse', value: grade.correct}, grade, at: (at += 5000)});
		state = sessionReducer(state, {type: 'next', at: (at += 1000)});
	}
	return state;
}

test('the same seed gives the same question order, another seed another order', t => {
	const order = (seed: number) => startSession(pack, {seed, at: 0}).questions.map(question => question.id);
	t.deepEqual(order(1), order(1));
	const orders = new Set([1, 2, 3, 4, 5, 6].map(seed => order(seed).join()));
	t.true(orders.size > 1);
});

test('answering moves to feedback, next moves on, the last next ends in the summary', t => {
	let state = startSession(pack, {seed: 1, at: 0});
	t.is(state.phase, 'question');
	const first = currentQuestion(state)!;
	state = sessionReducer(state, {type: 'answer', response: {type: 'truefalse', value: true}, grade: right, at: 4000});
	t.is(state.phase, 'feedback');
	t.is(state.answers[0]!.questionId, first.id);
	t.is(state.answers[0]!.elapsedMs, 4000);
	// A second answer while feedback is shown is ignored.
	t.is(sessionReducer(state, {type: 'answer', response: {type: 'truefalse', value: true}, grade: right, at: 5000}), state);
	state = answerAll(sessionReducer(state, {type: 'next', at: 5000}), [right, wrong, right], 5000);
	t.is(state.phase, 'summary');
	const summary = summarize(state);
	t.is(summary.answered, 4);
	t.is(summary.correct, 3);
	t.is(summary.missed.length, 1);
	t.is(summary.elapsedMs, 23_000);
});

test('stopping early keeps the answers given and says so', t => {
	let state = answerAll(startSession(pack, {seed: 1, at: 0}), [wrong]);
	state = sessionReducer(state, {type: 'stop', at: 9000});
	t.is(state.phase, 'summary');
	t.true(state.stoppedEarly);
	t.is(summarize(state).answered, 1);
});

test('retrying the missed questions plays only those, afresh', t => {
	let state = answerAll(startSession(pack, {seed: 1, at: 0}), [right, wrong, right, wrong]);
	const missed = missedQuestions(state).map(question => question.id).sort();
	t.is(missed.length, 2);
	state = sessionReducer(state, {type: 'retry-missed', at: 50_000});
	t.is(state.phase, 'question');
	t.deepEqual(state.questions.map(question => question.id).sort(), missed);
	t.deepEqual(state.answers, []);
});

test('retry does nothing when nothing was missed', t => {
	const state = answerAll(startSession(pack, {seed: 1, at: 0}), [right, right, right, right]);
	t.is(sessionReducer(state, {type: 'retry-missed', at: 1}), state);
});

test('durations read as minutes and seconds', t => {
	t.is(formatDuration(38_400), '38s');
	t.is(formatDuration(245_000), '4m 05s');
	t.is(formatDuration(0), '0s');
});
