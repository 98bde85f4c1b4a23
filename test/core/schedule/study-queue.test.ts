import test from 'ava';
import {packSchema, type Pack} from '../../../source/core/pack/schema.js';
import type {CardState, QuestionRecord} from '../../../source/core/schedule/card.js';
import {dayKey} from '../../../source/core/schedule/day.js';
import {dueSummary, learnAheadMs, studyQueue, type PackToStudy, type StudyLimits} from '../../../source/core/schedule/study-queue.js';
import type {PackProgress} from '../../../source/core/progress/progress.js';

const minute = 60 * 1000;
const hour = 60 * minute;
const day = 24 * hour;
const now = new Date(2026, 2, 10, 14, 0).getTime();

function pack(id: string, count: number): Pack {
	return packSchema.parse({
		format: 'factdrill/pack@1',
		id,
		title: `Pack ${id}`,
		questions: Array.from({length: count}, (_, index) => ({
			id: `q${index + 1}`,
			type: 'truefalse',
			prompt: `Statement number ${index + 1} about the town council is true.`,
			answer: index % 2 === 0,
		})),
	});
}

function record(state: CardState, due: number, extra: Partial<QuestionRecord> = {}): QuestionRecord {
	return {
		card: {due, stability: 5, difficulty: 5, scheduledDays: state === 'review' ? 5 : 0, learningSteps: 0, reps: 2, lapses: 0, state, lastReview: due - day},
		attempts: 2,
		correct: 2,
		streak: 2,
		lastAnsweredAt: due - day,
		lastCorrect: true,
		suspended: false,
		...extra,
	};
}

const limits: StudyLimits = {newPerDay: 20, reviewsPerDay: 200};

function entry(p: Pack, questions: PackProgress['questions'] = {}, today: Partial<PackProgress['today']> = {}, own = limits): PackToStudy {
	return {pack: p, progress: {questions, today: {day: '', newDone: 0, reviewsDone: 0, ...today}}, limits: own};
}

const ids = (items: ReturnType<typeof studyQueue>) => items.map(item => `${item.packId}/${item.question.id}:${item.kind}`);

test('new questions stop at the daily limit', t => {
	const queue = studyQueue([entry(pack('civics', 25))], now);
	t.is(queue.length, 20);
	t.deepEqual(queue.map(item => item.question.id), Array.from({length: 20}, (_, index) => `q${index + 1}`), 'in pack order');
	t.is(dueSummary(entry(pack('civics', 25)), now).new, 20);
});

test('new questions already introduced today count against the limit', t => {
	const today = {day: dayKey(now), newDone: 5};
	t.is(studyQueue([entry(pack('civics', 25), {}, today)], now).length, 15);
	t.is(dueSummary(entry(pack('civics', 25), {}, today), now).new, 15);
	t.is(dueSummary(entry(pack('civics', 25), {}, {day: dayKey(now), newDone: 30}), now).new, 0, 'never below zero');
});

test('yesterday\'s counts do not count today', t => {
	const yesterday = {day: dayKey(now - day), newDone: 20, reviewsDone: 200};
	t.is(studyQueue([entry(pack('civics', 25), {}, yesterday)], now).length, 20);
});

test('a pack\'s own limits apply to that pack only', t => {
	const queue = studyQueue([entry(pack('small', 10), {}, {}, {newPerDay: 3, reviewsPerDay: 200}), entry(pack('big', 10))], now);
	t.is(queue.filter(item => item.packId === 'small').length, 3);
	t.is(queue.filter(item => item.packId === 'big').length, 10);
});

test('reviews stop at the daily review limit, most overdue kept', t => {
	const questions = {
		q1: record('review', now - hour),
		q2: record('review', now - (3 * day)),
		q3: record('review', now - day),
	};
	const queue = studyQueue([entry(pack('civics', 3), questions, {day: dayKey(now), reviewsDone: 8}, {newPerDay: 20, reviewsPerDay: 10})], now);
	t.deepEqual(ids(queue), ['civics/q2:review', 'civics/q3:review']);
});

test('suspended questions are never studied or counted', t => {
	const questions = {
		q1: record('review', now - day, {suspended: true}),
		q2: record('new', now, {suspended: true, attempts: 0}),
		q3: record('review', now - day),
	};
	t.deepEqual(ids(studyQueue([entry(pack('civics', 4), questions)], now)), ['civics/q3:review', 'civics/q4:new']);
	t.like(dueSummary(entry(pack('civics', 4), questions), now), {due: 1, new: 1});
});

test('progress of questions removed from the pack is ignored', t => {
	const questions = {q1: record('review', now - day), gone: record('review', now - (5 * day)), old: record('learning', now - minute)};
	const queue = studyQueue([entry(pack('civics', 1), questions)], now);
	t.deepEqual(ids(queue), ['civics/q1:review']);
	t.like(dueSummary(entry(pack('civics', 1), questions), now), {due: 1, learning: 0, new: 0});
});

test('learning cards come first, then reviews most overdue first across packs, then new questions pack by pack', t => {
	const history = entry(pack('history', 5), {
		q1: record('review', now - (2 * day)),
		q2: record('learning', now - minute),
		q3: record('review', now + (5 * day)),
	});
	const science = entry(pack('science', 4), {
		q1: record('review', now - (4 * day)),
		q2: record('relearning', now + (5 * minute)),
		q3: record('review', now - hour),
	});
	t.deepEqual(ids(studyQueue([history, science], now)), [
		'history/q2:learning',
		'science/q2:learning',
		'science/q1:review',
		'history/q1:review',
		'science/q3:review',
		'history/q4:new',
		'history/q5:new',
		'science/q4:new',
	]);
});

test('a record whose card is still new counts as a new question', t => {
	const queue = studyQueue([entry(pack('civics', 2), {q1: record('new', now, {attempts: 0})})], now);
	t.deepEqual(ids(queue), ['civics/q1:new', 'civics/q2:new']);
});

test('cards due within the learn-ahead window count as due now; later ones give the next due time', t => {
	const questions = {
		q1: record('learning', now + learnAheadMs - 1),
		q2: record('learning', now + learnAheadMs + minute),
		q3: record('review', now + (3 * hour)),
		q4: record('review', now + (2 * day), {suspended: true}),
	};
	const summary = dueSummary(entry(pack('civics', 4), questions), now);
	t.deepEqual(summary, {due: 1, new: 0, learning: 1, nextDueAt: now + learnAheadMs + minute});
});

test('with nothing studied yet or nothing coming up, there is no next due time', t => {
	t.deepEqual(dueSummary(entry(pack('civics', 3)), now), {due: 0, new: 3, learning: 0, nextDueAt: undefined});
	const done = {q1: record('review', now - hour)};
	t.deepEqual(dueSummary(entry(pack('civics', 1), done), now), {due: 1, new: 0, learning: 0, nextDueAt: undefined});
});

test('the home counts agree with the queue', t => {
	const entries = [
		entry(pack('history', 30), {q1: record('review', now - day), q2: record('learning', now), q3: record('review', now + day)}, {day: dayKey(now), newDone: 4}),
		entry(pack('science', 6), {q6: record('relearning', now - minute)}),
	];
	const queue = studyQueue(entries, now);
	for (const each of entries) {
		const summary = dueSummary(each, now);
		const mine = queue.filter(item => item.packId === each.pack.id);
		t.is(summary.due, mine.filter(item => item.kind !== 'new').length);
		t.is(summary.learning, mine.filter(item => item.kind === 'learning').length);
		t.is(summary.new, mine.filter(item => item.kind === 'new').length);
	}
});
