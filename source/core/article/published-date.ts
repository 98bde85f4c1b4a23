import * as chrono from 'chrono-node';

export type FoundDate = {
	/** The date as written. */
	text: string;
	/** YYYY-MM-DD; the year is null when the text gives only day and month ("October 26"). */
	year: number | null;
	month: number;
	day: number;
	/** Where the date starts in the searched text. */
	index: number;
	/** The words before it say it is when the page was updated or modified, not published. */
	updated: boolean;
};

// Only the year-less dates depend on the reference, and their year is taken from context instead.
const reference = new Date(Date.UTC(2000, 0, 1));
const relative = /\b(?:ago|today|yesterday|tomorrow|now|tonight|last|next|this)\b/iu;
const updatedBefore = /\b(?:updated|modified|edited|revised)\b[^\d]{0,20}$/iu;

function isPlausibleYear(year: number): boolean {
	return year >= 1990 && year <= 2100;
}

/** Dates written out in text: "23 Jan 2023 09:55", "Updated: October 26, 2025", "2025-10-26", "October 26". */
export function findDates(text: string): FoundDate[] {
	const found: FoundDate[] = [];
	// Every form of date this looks for has a number in it; most lines have none.
	if (!/\d/.test(text)) return found;
	for (const result of chrono.strict.parse(text, reference)) {
		const {start} = result;
		if (!start.isCertain('day') || !start.isCertain('month') || relative.test(result.text)) continue;
		const year = start.isCertain('year') ? (start.get('year') ?? null) : null;
		if (year !== null && !isPlausibleYear(year)) continue;
		const month = start.get('month');
		const day = start.get('day');
		if (month === null || day === null) continue;
		const before = text.slice(Math.max(0, result.index - 40), result.index);
		found.push({text: result.text, year, month, day, index: result.index, updated: updatedBefore.test(before)});
	}
	return found;
}

// Words that go with a date on a dateline of its own.
const dateCompanion =
	/^(?:updated|published|posted|first|last|modified|on|at|am|pm|a\.m|p\.m|et|est|edt|pst|pdt|cst|cdt|gmt|utc|ist|cet|cest|bst|jst|msk|date|time|\d+|min|mins|minutes?|read|reading)$/iu;

/** A line that only dates the page: "Updated: Nov. 19, 2019 8:03 am ET", "• 23 Jan 2023 09:55". */
export function isDateLine(text: string): boolean {
	if (text.length > 120) return false;
	const dates = findDates(text);
	if (dates.length === 0) return false;
	let rest = text;
	for (const date of dates) rest = rest.replace(date.text, ' ');
	const words = (rest.match(/[\p{L}\p{N}.]+/gu) ?? []).filter(word => !dateCompanion.test(word.replace(/\.$/u, '')));
	return words.length <= 2;
}

export function formatDay(year: number, month: number, day: number): string {
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The day a machine-readable timestamp names, as written: "2023-01-23T09:55:00+03:00"
 * is 2023-01-23 wherever it is read, so the offset is not applied.
 */
export function dayOfTimestamp(value: string): string | null {
	const trimmed = value.trim();
	const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/u.exec(trimmed);
	if (iso) {
		const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
		return isPlausibleYear(year) && month >= 1 && month <= 12 && day >= 1 && day <= 31 ? formatDay(year, month, day) : null;
	}
	const [first] = findDates(trimmed.slice(0, 200));
	return first?.year ? formatDay(first.year, first.month, first.day) : null;
}

/** The year of a copyright line ("© 2019", "Copyright 2015-2025"): the latest year the page claims. */
export function copyrightYear(text: string): number | null {
	const match = /(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d{2}\s*[-–]\s*)?((?:19|20)\d{2})\b/iu.exec(text);
	return match ? Number(match[1]) : null;
}
