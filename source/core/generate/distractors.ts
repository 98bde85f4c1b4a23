import type {Random} from '../random.js';
import {shuffle} from '../random.js';
import {dayNumber, overlaps, precisionOf, shiftDate, type Precision} from './date-text.js';
import {sameText} from './text.js';

/**
 * Up to `count` wrong options, taken tier by tier (same article, other
 * articles, the reference list), shuffled within a tier. None equals the
 * answer, is the same as it by `same` (an alias, a surname), or repeats
 * another.
 */
export function pickDistractors(
	answer: string,
	tiers: ReadonlyArray<readonly string[]>,
	count: number,
	random: Random,
	same: (a: string, b: string) => boolean = sameText,
): string[] {
	const chosen: string[] = [];
	for (const tier of tiers) {
		for (const candidate of shuffle(tier, random)) {
			if (chosen.length >= count) return chosen;
			if (candidate.trim() === '' || same(candidate, answer) || sameText(candidate, answer)) continue;
			if (chosen.some(other => sameText(other, candidate) || same(other, candidate))) continue;
			chosen.push(candidate);
		}
	}
	return chosen;
}

const steps: Record<Precision, readonly number[]> = {
	year: [1, 2, 3, 4, 5, 6, 8, 10, 12, 15],
	month: [1, 2, 3, 4, 5, 6, 8, 9, 12, 18],
	day: [1, 2, 3, 4, 5, 6, 7, 10, 14, 21],
};

export type DateDistractorOptions = {
	count: number;
	random: Random;
	/** No wrong date after this one (the article's publication date): the future cannot be an answer. */
	latest?: string | undefined;
	/** True dates of the same event: never offered as wrong. */
	forbidden?: readonly string[];
};

/**
 * Wrong dates at the answer's precision, at plausible distances before and
 * after it. How many fall before the answer is drawn at random, so the right
 * date is not always the middle one.
 */
export function dateDistractors(answer: string, {count, random, latest, forbidden = []}: DateDistractorOptions): string[] {
	const allowed = (date: string) =>
		!overlaps(date, answer) && !forbidden.some(other => overlaps(date, other)) && (latest === undefined || dayNumber(date) <= dayNumber(latest));
	const pick = (sign: -1 | 1) => shuffle(steps[precisionOf(answer)], random).map(step => shiftDate(answer, sign * step)).filter(allowed);
	const before = pick(-1);
	const after = pick(1);
	let wantedBefore = Math.floor(random() * (count + 1));
	if (after.length < count - wantedBefore) wantedBefore = count - after.length;
	const chosen = [...before.slice(0, wantedBefore), ...after.slice(0, count - wantedBefore)];
	for (const extra of before.slice(wantedBefore)) if (chosen.length < count) chosen.push(extra);
	return [...new Set(chosen)].slice(0, count);
}
