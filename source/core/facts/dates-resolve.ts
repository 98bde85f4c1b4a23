import type {When} from './dates-mention.js';

export type Day = {year: number; month: number; day: number};

/** The publication day from "YYYY-MM-DD…"; null when absent or not a real day. */
export function parsePublished(published: string | null): Day | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(published ?? '');
	if (!match) return null;
	const day = {year: Number(match[1]), month: Number(match[2]), day: Number(match[3])};
	const utc = new Date(Date.UTC(day.year, day.month - 1, day.day));
	return utc.getUTCMonth() + 1 === day.month && utc.getUTCDate() === day.day ? day : null;
}

/** Local noon of the publication day: chrono counts in local time, and noon keeps "yesterday" and "last night" on the right day. */
export function referenceInstant(day: Day | null): Date {
	return day ? new Date(day.year, day.month - 1, day.day, 12) : new Date(2000, 0, 1, 12);
}

export type Setting = {
	published: Day | null;
	/** The year of the last narrative date ("in March 2022"), for month-only mentions after it. */
	contextYear: number | null;
	/** The clause speaks of what will happen: a relative date then points forward, which this module never resolves. */
	future: boolean;
};

/**
 * The value of a mention at the precision its text gives. Relative mentions
 * never resolve after the publication day:
 * - a weekday is the latest such day on or before publication ("on Monday" in
 *   a Monday article is that day: wire copy is written the day it reports;
 *   "last Monday" is strictly before), and null in a future clause;
 * - a month without a year takes the context year when that is not after
 *   publication, else the latest such month (and day) not after publication;
 * - "yesterday", "last month", "two years ago" count back from publication;
 *   "last week" has no value at our precisions; "tomorrow" and "next …" are null.
 */
export function resolveWhen(when: When, setting: Setting): string | null {
	const {published} = setting;
	switch (when.kind) {
		case 'year': {
			return format(when.year, when.month, when.day);
		}
		case 'vague': {
			return null;
		}
		case 'relative': {
			if (!published || when.future || when.precision === null) return null;
			const value = format(when.year, when.precision === 'year' ? null : when.month, when.precision === 'day' ? when.day : null);
			return notAfter(value, published) ? value : null;
		}
		case 'weekday': {
			if (!published || setting.future || when.modifier === 'next') return null;
			const reference = Date.UTC(published.year, published.month - 1, published.day);
			let back = (new Date(reference).getUTCDay() - when.weekday + 7) % 7;
			if (back === 0 && when.modifier === 'last') back = 7;
			const date = new Date(reference - back * 86_400_000);
			return format(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
		}
		case 'floating': {
			if (setting.future || when.modifier === 'next') return null;
			if (setting.contextYear !== null && when.modifier === null) {
				const value = format(setting.contextYear, when.month, when.day);
				if (!published || notAfter(value, published)) return value;
			}
			if (!published) return null;
			const strictly = when.modifier === 'last';
			const sameOrEarlier = when.month < published.month || (when.month === published.month && !strictly && (when.day ?? 0) <= published.day);
			return format(sameOrEarlier ? published.year : published.year - 1, when.month, when.day);
		}
	}
}

function format(year: number, month: number | null, day: number | null = null): string {
	const pad = (value: number) => String(value).padStart(2, '0');
	if (month === null) return String(year);
	return day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}

/** Compared at the value's own precision: "2025-10" is not after 2025-10-26. */
export function notAfter(value: string, published: Day): boolean {
	return value <= format(published.year, published.month, published.day).slice(0, value.length);
}
