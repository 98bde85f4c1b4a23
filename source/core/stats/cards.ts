import type {QuestionRecord} from '../schedule/card.js';
import {dayKey} from '../schedule/day.js';
import {daysStartingAt} from './days.js';
import type {DayForecast, StateCounts, StatsPackInput} from './stats.js';

/** The records of the packs' current questions (undefined for one never answered). */
function currentRecords(packs: readonly StatsPackInput[]): Array<QuestionRecord | undefined> {
	return packs.flatMap(({pack, progress}) => pack.questions.map(question => progress.questions[question.id]));
}

export function countsByState(packs: readonly StatsPackInput[]): StateCounts {
	const counts: StateCounts = {new: 0, learning: 0, review: 0, suspended: 0};
	for (const record of currentRecords(packs)) {
		if (record?.suspended) counts.suspended++;
		else if (!record || record.card.state === 'new') counts.new++;
		else if (record.card.state === 'review') counts.review++;
		else counts.learning++;
	}
	return counts;
}

/**
 * Questions falling due on each of the next `count` days, today first with
 * everything overdue. New and suspended questions are not due: new ones come
 * by the daily limit, suspended ones not at all.
 */
export function dueForecast(packs: readonly StatsPackInput[], now: number, count = 14): DayForecast[] {
	const days = daysStartingAt(now, count);
	const forecast = days.map(day => ({day, due: 0}));
	const last = days.at(-1) ?? '';
	for (const record of currentRecords(packs)) {
		if (!record || record.suspended || record.card.state === 'new') continue;
		const due = dayKey(record.card.due);
		if (due > last) continue;
		const index = Math.max(0, days.indexOf(due));
		forecast[index]!.due++;
	}
	return forecast;
}
