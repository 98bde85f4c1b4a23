import type {ReviewRecord} from '../schedule/card.js';
import {dayKey} from '../schedule/day.js';
import {daysEndingAt} from './days.js';
import type {Accuracy, DayReviews} from './stats.js';

/** Answers and right answers on each of the `count` days up to today, oldest first. */
export function reviewsPerDay(reviews: readonly ReviewRecord[], now: number, count = 30): DayReviews[] {
	const days = new Map(daysEndingAt(now, count).map(day => [day, {day, reviews: 0, right: 0}]));
	for (const review of reviews) {
		const entry = days.get(dayKey(review.at));
		if (!entry) continue;
		entry.reviews++;
		if (review.correct) entry.right++;
	}
	return [...days.values()];
}

/** Right over answered among answers to questions that were in review, on the `count` days up to today. */
export function trueRetention(reviews: readonly ReviewRecord[], now: number, count: number): Accuracy {
	const days = new Set(daysEndingAt(now, count));
	const counted = reviews.filter(review => review.state === 'review' && days.has(dayKey(review.at)));
	return accuracyOf(counted.filter(review => review.correct).length, counted.length);
}

export function accuracyOf(right: number, answered: number): Accuracy {
	return {right, answered, share: answered === 0 ? null : right / answered};
}
