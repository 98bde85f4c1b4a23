import {
	accuracySection,
	examsSection,
	forecastSection,
	leechesHeading,
	leechText,
	overviewSection,
	reviewsSection,
} from '../../../core/stats/report-sections.js';
import type {ReportRow} from '../../../core/stats/report-text.js';
import {fit} from '../../../core/text/fit.js';
import type {Stats} from '../../../core/stats/stats.js';

export const statsPages = ['Overview', 'Reviews', 'Due', 'Accuracy', 'Exams', 'Leeches'] as const;
export type StatsPageName = (typeof statsPages)[number];

export type PageLayout = {width: number; compact: boolean; height: number};

/** The rows of one page, before scrolling. */
export function pageRows(stats: Stats, page: StatsPageName, layout: PageLayout, cursor: number): ReportRow[] {
	const options = {width: layout.width, compact: layout.compact};
	switch (page) {
		case 'Overview':
			return overviewSection(stats, options);
		case 'Reviews':
			// Heading, baseline, labels and summary take four rows.
			return reviewsSection(stats, options, Math.max(2, Math.min(10, layout.height - 4)));
		case 'Due':
			return forecastSection(stats, options);
		case 'Accuracy':
			return accuracySection(stats, options);
		case 'Exams':
			return examsSection(stats, options);
		case 'Leeches':
			return leechRows(stats, layout.width, cursor);
	}
}

function leechRows(stats: Stats, width: number, cursor: number): ReportRow[] {
	if (stats.leeches.length === 0) {
		return [leechesHeading(stats, width), {text: fit('None: no question has been forgotten that often.', width), tone: 'muted'}];
	}
	return [
		leechesHeading(stats, width),
		...stats.leeches.map((leech, index) => ({
			text: `${index === cursor ? '›' : ' '} ${leechText(leech, width - 2)}`,
			...(index === cursor ? {tone: 'heading' as const} : {}),
		})),
	];
}

/** "Overview · [Reviews] · Due…" — the current page in brackets, so it shows without colour; shorter when narrow. */
export function tabsText(current: number, width: number): string {
	const names = statsPages.map((name, index) => (index === current ? `[${name}]` : name));
	const full = `Stats  ${names.join(' · ')}`;
	if ([...full].length <= width) return full;
	return fit(`Stats ${current + 1}/${statsPages.length}: ${statsPages[current]}  ←→`, width);
}

/**
 * The rows that fit `height`, from `scroll`; when some are hidden the last
 * row says how many lie above and below. Returns the scroll actually used.
 */
export function scrollRows(rows: readonly ReportRow[], height: number, scroll: number): {rows: ReportRow[]; scroll: number} {
	if (rows.length <= height) return {rows: [...rows], scroll: 0};
	const room = Math.max(1, height - 1);
	const start = Math.max(0, Math.min(scroll, rows.length - room));
	const above = start;
	const below = rows.length - start - room;
	const more = [above > 0 ? `↑ ${above} more` : '', below > 0 ? `↓ ${below} more` : ''].filter(Boolean).join(' · ');
	return {rows: [...rows.slice(start, start + room), {text: more, tone: 'muted'}], scroll: start};
}
