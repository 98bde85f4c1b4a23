import {dayKey} from '../schedule/day.js';

/** The same local time of day `count` days later (earlier when negative), across daylight-saving changes. */
export function addDays(at: number, count: number): number {
	const date = new Date(at);
	date.setDate(date.getDate() + count);
	return date.getTime();
}

/** `count` consecutive local days ending with the day of `at`, oldest first. */
export function daysEndingAt(at: number, count: number): string[] {
	return Array.from({length: count}, (_, index) => dayKey(addDays(at, index - count + 1)));
}

/** `count` consecutive local days starting with the day of `at`. */
export function daysStartingAt(at: number, count: number): string[] {
	return Array.from({length: count}, (_, index) => dayKey(addDays(at, index)));
}

/** The local day after a YYYY-MM-DD day. */
export function nextDay(day: string): string {
	const [year, month, date] = day.split('-').map(Number);
	// Noon: a daylight-saving jump never moves it to another day.
	return dayKey(new Date(year ?? 1970, (month ?? 1) - 1, (date ?? 1) + 1, 12).getTime());
}
