import {toSingleLine} from '../text/sanitize.js';
import {formatWeekday} from './format.js';
import {
	accuracySection,
	emptyMessage,
	examsSection,
	forecastSection,
	isEmpty,
	leechesHeading,
	leechText,
	overviewSection,
	questionsRow,
	reviewsSection,
} from './report-sections.js';
import {fit} from '../text/fit.js';
import type {ReportRow} from './report-text.js';
import type {Stats} from './stats.js';

/** `factdrill stats` without --json: every section one after another, `width` columns wide. */
export function formatStatsReport(stats: Stats, width: number): string {
	const options = {width, compact: width < 60};
	const title: ReportRow = {text: fit(`factdrill stats · ${formatWeekday(stats.today)}`, width)};
	const sections: ReportRow[][] = isEmpty(stats)
		? [[title, {text: fit(emptyMessage, width)}], questionsRow(stats, options)]
		: [
				[title],
				overviewSection(stats, options),
				reviewsSection(stats, options, 6),
				forecastSection(stats, options),
				accuracySection(stats, options),
				examsSection(stats, options),
				[
					leechesHeading(stats, width),
					...stats.leeches.map(leech => ({text: fit(`${leechText(leech, width)} (${toSingleLine(leech.packId)}/${toSingleLine(leech.questionId)})`, width)})),
					...(stats.leeches.length > 0 ? [{text: fit('Suspend or unsuspend them on the stats screen (x).', width)}] : []),
				],
			];
	return `${sections.map(rows => rows.map(row => row.text.trimEnd()).join('\n')).join('\n\n')}\n`;
}
