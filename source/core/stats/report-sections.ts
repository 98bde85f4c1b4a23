import {plural} from '../text/plural.js';
import {toSingleLine} from '../text/sanitize.js';
import {formatDuration} from '../text/format-duration.js';
import {formatAccuracy, formatDay, formatWeekday} from './format.js';
import {fit} from '../text/fit.js';
import {labelled, type ReportRow} from './report-text.js';
import type {Leech, Stats} from './stats.js';
import {columnChart, horizontalBar} from './text-chart.js';

export type SectionOptions = {width: number; compact: boolean};

export const emptyMessage = 'No reviews yet — study a pack and come back.';

/** Nothing answered and no exam taken: the screen and report say so instead of empty charts. */
export function isEmpty(stats: Stats): boolean {
	return stats.totals.reviews === 0 && stats.totals.exams === 0;
}

/** The state counts alone: all a new learner has to see. */
export function questionsRow(stats: Stats, {width, compact}: SectionOptions): ReportRow[] {
	const counts = stats.countsByState;
	return labelled('Questions', `${counts.new} new · ${counts.learning} learning · ${counts.review} review · ${counts.suspended} suspended`, width, compact ? 10 : 12);
}

export function overviewSection(stats: Stats, {width, compact}: SectionOptions): ReportRow[] {
	const label = compact ? 10 : 12;
	const {streak, trueRetention} = stats;
	const today = stats.reviewsPerDay.at(-1)?.reviews ?? 0;
	const suspendedLeeches = stats.leeches.filter(leech => leech.suspended).length;
	return [
		...labelled('Streak', `${plural(streak.current, 'day')} · longest ${plural(streak.longest, 'day')}`, width, label),
		...labelled('', streak.rule, width, label, 'muted'),
		...labelled('Retention', `${formatAccuracy(trueRetention.last7)} last 7 days · ${formatAccuracy(trueRetention.last30)} last 30 days`, width, label),
		...labelled('', 'right answers to questions due for review', width, label, 'muted'),
		...questionsRow(stats, {width, compact}),
		...labelled('Reviews', `${stats.totals.reviews} in all · ${today} today`, width, label),
		...labelled('Leeches', `${stats.leeches.length} (${stats.leechLapses}+ lapses) · ${suspendedLeeches} suspended`, width, label),
	];
}

export function reviewsSection(stats: Stats, {width, compact}: SectionOptions, chartHeight: number): ReportRow[] {
	const values = stats.reviewsPerDay.map(day => day.reviews);
	const first = stats.reviewsPerDay[0]?.day ?? stats.today;
	const chart = columnChart(values, {height: chartHeight, width, firstLabel: formatDay(first), lastLabel: 'today'});
	const shownDays = stats.reviewsPerDay.slice(stats.reviewsPerDay.length - chart.shown);
	const total = shownDays.reduce((sum, day) => sum + day.reviews, 0);
	const right = shownDays.reduce((sum, day) => sum + day.right, 0);
	const busiest = shownDays.reduce((best, day) => (day.reviews > best.reviews ? day : best), shownDays[0] ?? {day: stats.today, reviews: 0, right: 0});
	const summary = `${plural(total, 'review')} · ${right} right${busiest.reviews > 0 ? ` · most ${busiest.reviews} on ${formatDay(busiest.day)}` : ''}`;
	return [
		{text: fit(compact ? `Reviews per day, ${chart.shown} days` : `Reviews per day, last ${chart.shown} days`, width), tone: 'heading'},
		...chart.lines.map(text => ({text})),
		...labelled('', summary, width, 0, 'muted'),
	];
}

export function forecastSection(stats: Stats, {width, compact}: SectionOptions): ReportRow[] {
	const max = Math.max(0, ...stats.forecast.map(day => day.due));
	const total = stats.forecast.reduce((sum, day) => sum + day.due, 0);
	const labelWidth = compact ? 6 : 10;
	const countWidth = Math.max(1, String(max).length);
	const barWidth = Math.max(1, width - labelWidth - countWidth - 2);
	const rows = stats.forecast.map((day, index) => {
		const name = index === 0 ? 'today' : compact ? formatDay(day.day) : formatWeekday(day.day);
		return {text: fit(`${name.padEnd(labelWidth)} ${String(day.due).padStart(countWidth)} ${horizontalBar(day.due, max, barWidth)}`.trimEnd(), width)};
	});
	return [
		{text: fit(`Due in the next 14 days: ${total}`, width), tone: 'heading'},
		...rows,
		...labelled('', 'today includes overdue questions', width, 0, 'muted'),
	];
}

export function accuracySection(stats: Stats, {width}: SectionOptions): ReportRow[] {
	const row = (accuracy: {right: number; answered: number; share: number | null}, name: string) =>
		({text: fit(`${formatAccuracy(accuracy, true).padStart(4)} ${`${accuracy.right}/${accuracy.answered}`.padStart(7)}  ${toSingleLine(name)}`, width)});
	const tags = stats.accuracy.tags;
	return [
		{text: 'Accuracy by pack', tone: 'heading'},
		...stats.accuracy.packs.map(pack => row(pack, pack.title)),
		{text: 'Accuracy by tag', tone: 'heading'},
		...(tags.length === 0 ? [{text: fit('No tagged question answered yet.', width), tone: 'muted' as const}] : tags.map(tag => row(tag, tag.tag))),
	];
}

export function examsSection(stats: Stats, {width, compact}: SectionOptions): ReportRow[] {
	if (stats.exams.length === 0) return [{text: 'Exams', tone: 'heading'}, ...labelled('', 'No exams yet — take one with factdrill exam.', width, 0, 'muted')];
	return [
		{text: fit(`Exams: ${stats.exams.length}, newest first`, width), tone: 'heading'},
		...stats.exams.flatMap(exam => {
			const verdict = exam.passed ? '✔ Passed' : '✘ Not passed';
			const time = `${formatDuration(exam.timeUsedMs)}${exam.ending === 'time-up' ? ' (time up)' : ''}`;
			const line = compact
				? `${formatDay(exam.day)} ${exam.score}% ${verdict} ${formatDuration(exam.timeUsedMs)}`
				: `${formatDay(exam.day).padEnd(6)}  ${`${exam.score}%`.padStart(4)} ${verdict} (pass ${exam.passMark}%)  ${exam.right}/${exam.questions} right  ${time}`;
			return [
				{text: fit(line, width), tone: exam.passed ? ('good' as const) : ('bad' as const)},
				{text: fit(`${' '.repeat(compact ? 2 : 8)}${exam.packTitles.map(toSingleLine).join(', ')}`, width), tone: 'muted' as const},
			];
		}),
	];
}

export function leechesHeading(stats: Stats, width: number): ReportRow {
	return {text: fit(`Leeches: ${stats.leeches.length} with ${stats.leechLapses} or more lapses`, width), tone: 'heading'};
}

/** "9 lapses  suspended  prompt…", to fit after a `prefix` of the given columns. */
export function leechText(leech: Leech, width: number): string {
	const status = leech.suspended ? '(suspended) ' : '';
	return fit(`${String(leech.lapses).padStart(2)} lapses  ${status}${toSingleLine(leech.prompt)}`, width);
}
