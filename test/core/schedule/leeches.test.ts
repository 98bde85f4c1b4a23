import test from 'ava';
import type {AnswerInput, QuestionRecord, Rating} from '../../../source/core/schedule/card.js';
import {createScheduler} from '../../../source/core/schedule/fsrs-adapter.js';
import {isLeech} from '../../../source/core/schedule/leeches.js';
import {defaultStudySettings} from '../../../source/core/schedule/settings.js';

const schedule = createScheduler({retention: 0.9});
const start = new Date(2026, 3, 1, 8, 0).getTime();

function answer(previous: QuestionRecord | undefined, rating: Rating): QuestionRecord {
	const at = previous?.card.due ?? start;
	const input: AnswerInput = {questionId: 'q1', at, rating, correct: rating !== 'again', hinted: false, durationMs: 5000, source: 'study'};
	return schedule(previous, input);
}

/** Learns the question, then forgets it `lapses` times, relearning it each time. */
function forgotten(lapses: number): QuestionRecord {
	let record = answer(answer(undefined, 'good'), 'good');
	for (let lapse = 0; lapse < lapses; lapse++) {
		record = answer(answer(record, 'again'), 'good');
	}

	return record;
}

test('a question forgotten 8 times is a leech by default; 7 is not', t => {
	const seven = forgotten(7);
	t.is(seven.card.lapses, 7);
	t.false(isLeech(seven, defaultStudySettings.leechLapses));
	const eight = answer(answer(seven, 'again'), 'good');
	t.is(eight.card.lapses, 8);
	t.true(isLeech(eight, defaultStudySettings.leechLapses));
});

test('the leech threshold is the learner\'s setting; 0 turns it off', t => {
	const three = forgotten(3);
	t.true(isLeech(three, 3));
	t.false(isLeech(three, 4));
	t.false(isLeech(forgotten(0), 0));
});
