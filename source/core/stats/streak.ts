import type {ReviewRecord} from '../schedule/card.js';
import {dayKey} from '../schedule/day.js';
import {addDays, nextDay} from './days.js';
import {streakRule, type Streak} from './stats.js';

/** Days in a row with at least one review: the run still going (today or yesterday) and the longest. */
export function studyStreak(reviews: readonly ReviewRecord[], now: number): Streak {
	const days = [...new Set(reviews.map(review => dayKey(review.at)))].sort();
	const today = dayKey(now);
	const reviewed = days.filter(day => day <= today);
	let longest = 0;
	let run = 0;
	let previous: string | undefined;
	for (const day of reviewed) {
		run = previous !== undefined && nextDay(previous) === day ? run + 1 : 1;
		longest = Math.max(longest, run);
		previous = day;
	}
	const lastDay = reviewed.at(-1) ?? null;
	const alive = lastDay === today || lastDay === dayKey(addDays(now, -1));
	return {current: alive ? run : 0, longest, lastDay, rule: streakRule};
}
