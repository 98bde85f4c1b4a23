import test from 'ava';
import {applyAnswer, isMastered, packStanding} from '../../../source/core/progress/progress.js';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 23, 9, minute));

test('each answer counts an attempt; right ones grow the streak, a wrong one resets it', t => {
	let progress = applyAnswer(undefined, true, at(0));
	progress = applyAnswer(progress, true, at(1));
	t.deepEqual(progress, {attempts: 2, correct: 2, streak: 2, lastAnsweredAt: at(1).toISOString(), lastCorrect: true});
	progress = applyAnswer(progress, false, at(2));
	t.deepEqual(progress, {attempts: 3, correct: 2, streak: 0, lastAnsweredAt: at(2).toISOString(), lastCorrect: false});
});

test('three right in a row is mastered; two is not', t => {
	const two = applyAnswer(applyAnswer(undefined, true, at(0)), true, at(1));
	t.false(isMastered(two));
	t.true(isMastered(applyAnswer(two, true, at(2))));
	t.false(isMastered(undefined));
});

test('standing counts only the questions the pack still has', t => {
	const right = applyAnswer(undefined, true, at(0));
	const wrong = applyAnswer(undefined, false, at(0));
	const mastered = applyAnswer(applyAnswer(right, true, at(1)), true, at(2));
	const progress = {a: right, b: wrong, c: mastered, removed: mastered};
	t.deepEqual(packStanding(progress, ['a', 'b', 'c', 'never-answered']), {answered: 3, mastered: 1, missedLastTime: 1});
});
