import test from 'ava';
import type {CardState, QuestionRecord, ReviewRecord} from '../../../source/core/schedule/card.js';
import {dayKey} from '../../../source/core/schedule/day.js';
import {
	countAnswer,
	emptyDayCounts,
	formatUntil,
	masteredStabilityDays,
	packStanding,
	uncountAnswer,
	type PackProgress,
} from '../../../source/core/progress/progress.js';

const minute = 60 * 1000;
const hour = 60 * minute;
const day = 24 * hour;
const morning = new Date(2026, 4, 12, 9, 0).getTime();

function review(at: number, state: CardState): ReviewRecord {
	return {
		id: `${at}-civics-q1`,
		packId: 'civics',
		questionId: 'q1',
		at,
		rating: 'good',
		correct: true,
		hinted: false,
		durationMs: 3000,
		source: 'study',
		state,
		before: undefined,
	};
}

test('a first answer counts as a new question, any later one as a review', t => {
	let today = countAnswer(emptyDayCounts(), review(morning, 'new'));
	today = countAnswer(today, review(morning + minute, 'learning'));
	today = countAnswer(today, review(morning + (2 * minute), 'review'));
	today = countAnswer(today, review(morning + (3 * minute), 'relearning'));
	t.deepEqual(today, {day: dayKey(morning), newDone: 1, reviewsDone: 3});
});

test('the counts start again on a new day', t => {
	const yesterday = {day: dayKey(morning - day), newDone: 20, reviewsDone: 150};
	t.deepEqual(countAnswer(yesterday, review(morning, 'review')), {day: dayKey(morning), newDone: 0, reviewsDone: 1});
});

test('undoing an answer takes back its count, never below zero, and only on its own day', t => {
	const today = {day: dayKey(morning), newDone: 2, reviewsDone: 1};
	t.deepEqual(uncountAnswer(today, review(morning, 'new')), {...today, newDone: 1});
	t.deepEqual(uncountAnswer(today, review(morning, 'review')), {...today, reviewsDone: 0});
	t.deepEqual(uncountAnswer({...today, reviewsDone: 0}, review(morning, 'learning')), {...today, reviewsDone: 0});
	t.deepEqual(uncountAnswer(today, review(morning - day, 'new')), today, 'yesterday\'s answer is not in today\'s counts');
	t.deepEqual(uncountAnswer(countAnswer(today, review(morning, 'new')), review(morning, 'new')), today);
});

function record(state: CardState, stability: number, lastCorrect = true): QuestionRecord {
	return {
		card: {due: morning + day, stability, difficulty: 5, scheduledDays: 1, learningSteps: 0, reps: 3, lapses: 0, state, lastReview: morning},
		attempts: 3,
		correct: lastCorrect ? 3 : 2,
		streak: lastCorrect ? 3 : 0,
		lastAnsweredAt: morning,
		lastCorrect,
		suspended: false,
	};
}

test('standing counts the pack\'s current questions: answered, mastered by stability, missed last time', t => {
	const progress: PackProgress = {
		questions: {
			learning: record('learning', 0.5),
			young: record('review', masteredStabilityDays - 1),
			mastered: record('review', masteredStabilityDays),
			missed: record('relearning', 30, false),
			removed: record('review', 100),
			removedMissed: record('review', 2, false),
		},
		today: emptyDayCounts(),
	};
	t.deepEqual(packStanding(progress, ['learning', 'young', 'mastered', 'missed', 'never-answered']), {answered: 4, mastered: 1, missedLastTime: 1});
});

test('waits read as minutes, hours or days', t => {
	t.is(formatUntil(0), 'now');
	t.is(formatUntil(-minute), 'now');
	t.is(formatUntil(30 * 1000), 'in 1 min');
	t.is(formatUntil(12 * minute), 'in 12 min');
	t.is(formatUntil(3 * hour), 'in 3 h');
	t.is(formatUntil((3 * hour) + (20 * minute)), 'in 3 h');
	t.is(formatUntil(day), 'in 1 day');
	t.is(formatUntil(2 * day), 'in 2 days');
});
