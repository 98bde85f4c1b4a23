import test from 'ava';
import type {Pack} from '../../../source/core/pack/schema.js';
import type {PackProgress} from '../../../source/core/progress/progress.js';
import type {Grade} from '../../../source/core/questions/response.js';
import type {AnswerInput, QuestionRecord, Rating} from '../../../source/core/schedule/card.js';
import {createScheduler} from '../../../source/core/schedule/fsrs-adapter.js';
import {learnAheadMs, studyQueue} from '../../../source/core/schedule/study-queue.js';
import {
	currentItem,
	lastAnswer,
	missedItems,
	remaining,
	sessionReducer,
	startSession,
	summarize,
	type SessionItem,
	type SessionState,
} from '../../../source/core/session/session.js';

const scheduler = createScheduler({retention: 0.9, fuzz: false});
const minute = 60_000;
const day = 86_400_000;
const start = Date.UTC(2025, 2, 3, 9);

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
const fresh = (ids = ['a', 'b']): SessionItem[] => ids.map(id => ({packId: 'demo', question: pack.questions.find(question => question.id === id)!, kind: 'new'}));

/** The question's record as the session knows it: its latest answer in the session, else `stored`. */
function recordOf(state: SessionState, questionId: string, stored: Record<string, QuestionRecord> = {}): QuestionRecord | undefined {
	return state.answers.findLast(answer => answer.questionId === questionId)?.next ?? stored[questionId];
}

/** Answers the question on screen with a rating, as the study screen does: the scheduler gives the next record. */
function answer(state: SessionState, rating: Rating, at: number, stored: Record<string, QuestionRecord> = {}): SessionState {
	const item = currentItem(state)!;
	const before = recordOf(state, item.question.id, stored);
	const input: AnswerInput = {questionId: item.question.id, at, rating, correct: rating !== 'again', hinted: false, durationMs: 1000, source: 'study'};
	const grade = rating === 'again' ? wrong : right;
	return sessionReducer(state, {type: 'answer', response: {type: 'truefalse', value: grade.correct}, grade, rating, before, next: scheduler(before, input), at});
}

function begin(items = fresh(), at = start): SessionState {
	return startSession(items, {seed: 1, at, learnAheadMs});
}

const shownId = (state: SessionState) => currentItem(state)?.question.id;

test('a new question answered Good twice goes through its learning steps and leaves the session in review', t => {
	let state = begin(fresh(['a']));
	t.is(shownId(state), 'a');
	state = answer(state, 'good', start);
	t.is(lastAnswer(state)!.next.card.state, 'learning');
	t.is(lastAnswer(state)!.next.card.due, start + 10 * minute, 'the second learning step is 10 minutes');
	state = sessionReducer(state, {type: 'next', at: start + minute});
	t.is(state.phase, 'question', 'the step is within the learn-ahead window, so it is asked again now');
	t.is(shownId(state), 'a');
	t.is(currentItem(state)!.kind, 'learning');
	state = answer(state, 'good', start + 10 * minute);
	t.is(lastAnswer(state)!.next.card.state, 'review');
	t.true(lastAnswer(state)!.next.card.due >= start + day, 'next seen a day or more later');
	state = sessionReducer(state, {type: 'next', at: start + 11 * minute});
	t.is(state.phase, 'summary');
	t.is(summarize(state).answered, 2);
});

test('Again puts the question back; a learning step that is due comes before the rest of the queue', t => {
	let state = begin(fresh(['a', 'b', 'c']));
	state = answer(state, 'again', start);
	t.is(lastAnswer(state)!.next.card.due, start + minute);
	state = sessionReducer(state, {type: 'next', at: start + 5000});
	t.is(shownId(state), 'b', 'not due yet: the queue goes on');
	t.deepEqual(remaining(state), {new: 2, due: 1, total: 3});
	state = answer(state, 'easy', start + 10_000);
	t.is(lastAnswer(state)!.next.card.state, 'review', 'Easy on a new question skips the steps');
	state = sessionReducer(state, {type: 'next', at: start + 2 * minute});
	t.is(shownId(state), 'a', 'a minute on, the missed question is due and comes before c');
	state = answer(state, 'easy', start + 2 * minute);
	state = sessionReducer(state, {type: 'next', at: start + 2 * minute});
	t.is(shownId(state), 'c');
});

test('a step beyond the learn-ahead window leaves the session', t => {
	// A long-learned question that lapses relearns in 10 minutes: within the window.
	const lapsing = {a: reviewRecord(start - 30 * day, start)};
	let state = begin([{...fresh(['a'])[0]!, kind: 'review'}]);
	state = answer(state, 'again', start, lapsing);
	t.is(lastAnswer(state)!.next.card.state, 'relearning');
	t.is(state.requeued.length, 1);
	// With a shorter window the same answer is not put back.
	let short = startSession([{...fresh(['a'])[0]!, kind: 'review'}], {seed: 1, at: start, learnAheadMs: minute});
	short = answer(short, 'again', start, lapsing);
	t.is(short.requeued.length, 0);
	t.is(sessionReducer(short, {type: 'next', at: start}).phase, 'summary');
});

test('override changes the rating, the next record and whether the question comes back', t => {
	let state = begin(fresh(['a']));
	state = answer(state, 'again', start);
	t.is(state.requeued.length, 1);
	const input: AnswerInput = {questionId: 'a', at: start, rating: 'easy', correct: false, hinted: false, durationMs: 1000, source: 'study'};
	state = sessionReducer(state, {type: 'override', rating: 'easy', next: scheduler(undefined, input)});
	t.is(lastAnswer(state)!.rating, 'easy');
	t.is(lastAnswer(state)!.autoRating, 'again');
	t.is(lastAnswer(state)!.next.card.state, 'review');
	t.is(state.requeued.length, 0, 'Easy graduates it: nothing is put back');
	t.is(sessionReducer(state, {type: 'next', at: start}).phase, 'summary');
});

test('undo on the feedback asks the same question again, with its answer and re-queued copy gone', t => {
	let state = begin(fresh(['a', 'b']));
	state = answer(state, 'again', start);
	state = sessionReducer(state, {type: 'saved', answerId: lastAnswer(state)!.id, reviewId: 'r1'});
	t.is(lastAnswer(state)!.reviewId, 'r1');
	state = sessionReducer(state, {type: 'undo', at: start + 1000});
	t.is(state.phase, 'question');
	t.is(shownId(state), 'a');
	t.deepEqual(state.answers, []);
	t.deepEqual(state.requeued, []);
	t.deepEqual(remaining(state), {new: 2, due: 0, total: 2});
});

test('undo on the next question goes back to the previous one and returns the shown one to the queue', t => {
	let state = begin(fresh(['a', 'b', 'c']));
	state = answer(state, 'good', start);
	state = sessionReducer(state, {type: 'next', at: start + 1000});
	t.is(shownId(state), 'b');
	state = sessionReducer(state, {type: 'undo', at: start + 2000});
	t.is(shownId(state), 'a');
	t.is(state.shownAt, start + 2000, 'timed afresh');
	state = answer(state, 'easy', start + 3000);
	state = sessionReducer(state, {type: 'next', at: start + 4000});
	t.is(shownId(state), 'b', 'b was put back at the front');
});

test('undo after the last answer leaves the summary for that question', t => {
	let state = begin(fresh(['a']));
	state = answer(state, 'easy', start);
	state = sessionReducer(state, {type: 'next', at: start});
	t.is(state.phase, 'summary');
	state = sessionReducer(state, {type: 'undo', at: start});
	t.is(state.phase, 'question');
	t.is(shownId(state), 'a');
});

test('undo when the re-queued copy is on screen drops it', t => {
	let state = begin(fresh(['a']));
	state = answer(state, 'again', start);
	state = sessionReducer(state, {type: 'next', at: start});
	t.is(shownId(state), 'a', 'only the copy is left, shown early');
	state = sessionReducer(state, {type: 'undo', at: start});
	t.is(shownId(state), 'a');
	t.deepEqual(state.requeued, []);
	t.deepEqual(state.queue, []);
	t.is(remaining(state).total, 1);
});

test('a hint is counted on the answer it came before', t => {
	let state = begin(fresh(['a', 'b']));
	state = sessionReducer(state, {type: 'hint'});
	state = answer(state, 'hard', start);
	t.true(lastAnswer(state)!.hinted);
	state = sessionReducer(state, {type: 'next', at: start});
	t.is(state.hints, 0);
	state = answer(state, 'good', start);
	t.false(lastAnswer(state)!.hinted);
});

test('the queue respects the daily limits: new questions and reviews per pack', t => {
	const big: Pack = {...pack, questions: Array.from({length: 30}, (_, index) => ({id: `q${index}`, type: 'truefalse' as const, prompt: `Q${index}?`, answer: true}))};
	const questions: Record<string, QuestionRecord> = {};
	for (let index = 0; index < 10; index++) questions[`q${index}`] = reviewRecord(start - day, start);
	const progress: PackProgress = {questions, today: {day: '', newDone: 0, reviewsDone: 0}};
	const items = studyQueue([{pack: big, progress, limits: {newPerDay: 5, reviewsPerDay: 3}}], start);
	t.deepEqual(
		items.map(item => item.kind),
		['review', 'review', 'review', 'new', 'new', 'new', 'new', 'new'],
	);
	const state = begin(items);
	t.deepEqual(remaining(state), {new: 5, due: 3, total: 8});
});

test('stopping early keeps the answers given and says how many were left', t => {
	let state = begin(fresh(['a', 'b', 'c']));
	state = answer(state, 'good', start);
	state = sessionReducer(state, {type: 'stop', at: start + 9000});
	t.is(state.phase, 'summary');
	t.true(state.stoppedEarly);
	const summary = summarize(state);
	t.is(summary.answered, 1);
	t.is(summary.total, 4, 'one answered, b and c and the learning step of a left');
});

test('the summary counts each missed question once and the ratings given; retry asks only those', t => {
	let state = begin(fresh(['a', 'b']));
	state = answer(state, 'again', start);
	state = sessionReducer(state, {type: 'next', at: start});
	state = answer(state, 'easy', start);
	state = sessionReducer(state, {type: 'next', at: start});
	t.is(shownId(state), 'a');
	state = answer(state, 'again', start + minute);
	state = sessionReducer(state, {type: 'stop', at: start + minute});
	const summary = summarize(state);
	t.is(summary.missed.length, 1);
	t.is(summary.missed[0]!.question.id, 'a');
	t.deepEqual(summary.ratings, {again: 2, hard: 0, good: 0, easy: 1});
	t.deepEqual(missedItems(state).map(item => item.question.id), ['a']);
	const retry = sessionReducer(state, {type: 'retry-missed', at: start + 2 * minute});
	t.is(retry.phase, 'question');
	t.is(shownId(retry), 'a');
	t.deepEqual(retry.answers, []);
	t.true(retry.nextAnswerId > state.answers.at(-1)!.id, 'answer ids go on across rounds');
});

test('an empty queue starts in the summary; retry does nothing when nothing was missed', t => {
	const empty = begin([]);
	t.is(empty.phase, 'summary');
	t.is(summarize(empty).answered, 0);
	t.is(sessionReducer(empty, {type: 'retry-missed', at: start}), empty);
});


/** A question learned well before `learnedAt` (two Good answers), due at `due`. */
function reviewRecord(learnedAt: number, due: number): QuestionRecord {
	const input = (at: number): AnswerInput => ({questionId: 'q', at, rating: 'good', correct: true, hinted: false, durationMs: 1000, source: 'study'});
	const learned = scheduler(scheduler(undefined, input(learnedAt - 20 * day)), input(learnedAt - 20 * day + 10 * minute));
	return {...learned, card: {...learned.card, due}};
}
