import {formatPartialDate as formatDate} from '../core/generate/date-text.js';
import {fillGaps, parseCloze} from '../core/pack/cloze.js';
import type {Pack, Question, Source} from '../core/pack/schema.js';
import {toSingleLine} from '../core/text/sanitize.js';

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2023", "Mar 2022", "23 Jan 2023" — at the precision the date has, short enough for a screen line. */
export function formatPartialDate(date: string): string {
	return formatDate(date, months);
}

/** "Outlet, 23 Jan 2023", sanitised; empty when the source has neither. */
export function sourceByline(source: Source): string {
	const parts = [source.outlet, source.published ? formatPartialDate(source.published) : undefined].filter(Boolean);
	return toSingleLine(parts.join(', '));
}

/** "Outlet, 23 Jan 2023 — Title" for a source, sanitised; outlet and date first so truncation keeps them. */
export function describeSource(source: Source): string {
	const byline = sourceByline(source);
	const title = toSingleLine(source.title);
	return byline ? `${byline} — ${title}` : title;
}

export function findSource(pack: Pack, sourceId: string): Source | undefined {
	return pack.sources.find(source => source.id === sourceId);
}

export function percent(part: number, whole: number): string {
	return whole === 0 ? '0%' : `${Math.round((part / whole) * 100)}%`;
}

/**
 * One line that says which question this was, for lists such as the
 * summary: a cloze's prompt is only "Fill in the gaps", so show its sentence.
 */
export function questionLine(question: Question): string {
	if (question.type !== 'cloze') return toSingleLine(question.prompt);
	return toSingleLine(fillGaps(parseCloze(question.text), () => '___'));
}
