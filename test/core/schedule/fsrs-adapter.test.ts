import test from 'ava';
import type {AnswerInput, QuestionRecord, Rating} from '../../../source/core/schedule/card.js';
import {createScheduler, newCard, retrievability} from '../../../source/core/schedule/fsrs-adapter.js';

const minute = 60 * 1000;
const day = 24 * 60 * minute;
const start = new Date(2026, 0, 5, 9, 0).getTime();

function answer(at: number, rating: Rating): AnswerInput {
	return {questionId: 'q1', at, rating, correct: rating !== 'again', hinted: false, durationMs: 4000, source: 'study'};
}

/** Answers each rating in turn, each one when the card falls due. */
function history(ratings: readonly Rating[], options: {retention: number; fuzz?: boolean} = {retention: 0.9}): QuestionRecord {
	const schedule = createScheduler(options);
	let record: QuestionRecord | undefined;
	for (const rating of ratings) {
		record = schedule(record, answer(record?.card.due ?? start, rating));
	}

	if (!record) throw new Error('no ratings');
	return record;
}

test('a new question answered Good goes to the next learning step, and Good again graduates it to review', t => {
	const schedule = createScheduler({retention: 0.9});
	const first = schedule(undefined, answer(start, 'good'));
	t.is(first.card.state, 'learning');
	t.is(first.card.due, start + (10 * minute), 'the second default learning step is 10 minutes');

	const second = schedule(first, answer(first.card.due, 'good'));
	t.is(second.card.state, 'review');
	t.true(second.card.due >= first.card.due + day, 'a review is at least a day away');
	t.is(second.card.reps, 2);
});

test('Again on a review card is a lapse: it relearns in 10 minutes', t => {
	const review = history(['good', 'good', 'good']);
	t.is(review.card.state, 'review');
	t.is(review.card.lapses, 0);

	const schedule = createScheduler({retention: 0.9});
	const lapsed = schedule(review, answer(review.card.due, 'again'));
	t.is(lapsed.card.state, 'relearning');
	t.is(lapsed.card.lapses, 1);
	t.is(lapsed.card.due, review.card.due + (10 * minute));
	t.true(lapsed.card.stability < review.card.stability, 'forgetting lowers stability');
});

test('a lower desired retention spaces reviews further apart', t => {
	const ratings: Rating[] = ['good', 'good', 'good'];
	const low = history(ratings, {retention: 0.8, fuzz: false});
	const middle = history(ratings, {retention: 0.9, fuzz: false});
	const high = history(ratings, {retention: 0.95, fuzz: false});
	t.true(low.card.scheduledDays > middle.card.scheduledDays);
	t.true(middle.card.scheduledDays > high.card.scheduledDays);
});

test('with fuzz on, the same record and answer always give the same next record', t => {
	const ratings: Rating[] = ['easy', 'good', 'hard', 'good', 'again', 'good', 'good'];
	t.deepEqual(history(ratings), history(ratings));
});

test('fuzz spreads questions learned together over different days', t => {
	const schedule = createScheduler({retention: 0.9});
	const intervals = new Set<number>();
	for (let index = 0; index < 10; index++) {
		let record = schedule(undefined, answer(start + (index * 1000), 'easy'));
		record = schedule(record, answer(record.card.due, 'good'));
		intervals.add(record.card.scheduledDays);
	}

	t.true(intervals.size > 1);
});

test('the counters follow right and wrong answers; suspension is kept', t => {
	const schedule = createScheduler({retention: 0.9});
	let record = schedule(undefined, answer(start, 'good'));
	record = schedule(record, answer(start + minute, 'hard'));
	t.like(record, {attempts: 2, correct: 2, streak: 2, lastAnsweredAt: start + minute, lastCorrect: true, suspended: false});

	record = schedule({...record, suspended: true}, answer(start + (2 * minute), 'again'));
	t.like(record, {attempts: 3, correct: 2, streak: 0, lastAnsweredAt: start + (2 * minute), lastCorrect: false, suspended: true});

	const graded = schedule(record, {...answer(start + (3 * minute), 'hard'), correct: false});
	t.like(graded, {attempts: 4, correct: 2, streak: 0, lastCorrect: false}, 'right and wrong come from the answer, not its rating');
});

test('a new card is due at once and has nothing to recall yet', t => {
	const card = newCard(start);
	t.like(card, {due: start, state: 'new', reps: 0, lapses: 0, lastReview: undefined});
	t.is(retrievability(card, start + day), 0);
});

test('retrievability falls as time passes since the last review', t => {
	const record = history(['good', 'good']);
	const reviewedAt = record.card.lastReview ?? 0;
	const soon = retrievability(record.card, reviewedAt + day);
	const later = retrievability(record.card, reviewedAt + (30 * day));
	t.true(soon > 0.5 && soon <= 1);
	t.true(later < soon);
	t.true(later > 0);
});

test('an answer after the clock went back still schedules: the last review counts as now, not as in the future', t => {
	const learned = history(['good', 'good']);
	const clockSetBack = learned.card.lastReview! - (3 * day);
	const next = createScheduler({retention: 0.9})(learned, answer(clockSetBack, 'good'));
	t.is(next.card.state, 'review');
	t.true(next.card.due > clockSetBack, 'due after the answer');
	t.is(next.attempts, learned.attempts + 1);
	t.true(retrievability(learned.card, clockSetBack) > 0.99, 'just reviewed, as far as this clock knows');
});

test('a hand-edited memory state out of FSRS\'s range is read as the nearest valid one, so the answer is kept', t => {
	const learned = history(['good', 'good']);
	const schedule = createScheduler({retention: 0.9});
	for (const edit of [{difficulty: 0}, {difficulty: 42}, {stability: 0}, {stability: -3}]) {
		const record = {...learned, card: {...learned.card, ...edit}};
		const next = schedule(record, answer(learned.card.due, 'good'));
		t.is(next.card.state, 'review', JSON.stringify(edit));
		t.true(next.card.difficulty >= 1 && next.card.difficulty <= 10, JSON.stringify(edit));
		t.true(next.card.stability > 0, JSON.stringify(edit));
		t.true(Number.isFinite(retrievability(record.card, learned.card.due)), JSON.stringify(edit));
	}
});
