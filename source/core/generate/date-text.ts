const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export type Precision = 'year' | 'month' | 'day';

export function precisionOf(date: string): Precision {
	const parts = date.split('-').length;
	return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

/** "1951", "March 2022", "24 October 2025": a YYYY[-MM[-DD]] date at its own precision, months named from `names`. */
export function formatPartialDate(date: string, names: readonly string[] = monthNames): string {
	const [year, month, day] = date.split('-');
	if (!month) return year ?? date;
	const name = names[Number(month) - 1] ?? month;
	return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** The date as an answer reads: "March 2022". */
export function dateAnswer(date: string): string {
	return formatPartialDate(date);
}

/** "in 1951", "in March 2022", "on 24 October 2025": the date as it ends a sentence. */
export function datePhrase(date: string): string {
	return `${precisionOf(date) === 'day' ? 'on' : 'in'} ${dateAnswer(date)}`;
}

/** Days since 1 January 1970 of a date's first day, for ordering and offsets. */
export function dayNumber(date: string): number {
	const [year, month = '1', day = '1'] = date.split('-');
	return Date.UTC(Number(year), Number(month) - 1, Number(day)) / 86_400_000;
}

/** The date, moved by whole units at its own precision. */
export function shiftDate(date: string, amount: number): string {
	const [year, month, day] = date.split('-').map(Number) as [number, number?, number?];
	if (month === undefined) return String(year + amount);
	if (day === undefined) {
		const index = year * 12 + (month - 1) + amount;
		return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
	}
	const moved = new Date(Date.UTC(year, month - 1, day + amount));
	return `${moved.getUTCFullYear()}-${pad(moved.getUTCMonth() + 1)}-${pad(moved.getUTCDate())}`;
}

/**
 * Whether `a` is surely before `b`, comparing at the coarser precision of the
 * two: 2022 and March 2022 cannot be ordered.
 */
export function surelyBefore(a: string, b: string): boolean {
	const length = Math.min(a.length, b.length);
	return a.slice(0, length) < b.slice(0, length);
}

/** The same date at the coarser precision matches ("2022-03" and "2022-03-14" overlap). */
export function overlaps(a: string, b: string): boolean {
	const length = Math.min(a.length, b.length);
	return a.slice(0, length) === b.slice(0, length);
}

function pad(value: number): string {
	return String(value).padStart(2, '0');
}
