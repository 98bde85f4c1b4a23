import {formatPartialDate} from '../format.js';
import {clampAtWord} from '../layout/shorten.js';
import {wrapSpans, type Line, type Span} from '../layout/wrap.js';
import type {Theme} from '../theme.js';
import type {TimelineItem} from './timeline-items.js';

/** "23 Sep 2025" and two spaces: the date column of a wide timeline. */
const gutter = 13;
/** Below this many columns the date goes on the fact's first line and the text under it. */
const wideFrom = 56;

type Layout = {width: number; compact: boolean; theme: Theme};

/**
 * The rows one fact takes. Wide: the date, and under it the kind, in a column
 * of their own beside the text. Narrow: "date kind:" leads the first row and
 * the rest is indented. Long text is shortened at a word with "…".
 */
export function timelineLines(item: TimelineItem, {width, compact, theme}: Layout): Line[] {
	const wide = width >= wideFrom;
	const textWidth = Math.max(1, wide ? width - gutter : width - 2);
	const date = item.date === undefined ? undefined : formatPartialDate(item.date);
	const muted = {color: theme.muted};
	const lead: Span[] = wide ? [] : [{text: `${date ? `${date} ` : ''}${item.kind}: `, style: {bold: true, color: theme.accent}}];
	const headingLines = item.kind === 'event' ? 3 : 2;
	const body = [
		...clampAtWord(wrapSpans([...lead, {text: item.heading, style: {bold: item.kind !== 'event'}}], textWidth), headingLines, textWidth),
		...(item.detail ? clampAtWord(wrapSpans(detailSpans(item.detail, theme), textWidth), compact ? 1 : 2, textWidth) : []),
		...(item.source ? clampAtWord(wrapSpans([{text: item.source, style: muted}], textWidth), 1, textWidth) : []),
	];
	if (!wide) return body.map((line, index) => (index === 0 ? line : [{text: '  '}, ...line]));
	const column = date ? [date, item.kind] : [item.kind];
	const rows = Math.max(body.length, column.length);
	return Array.from({length: rows}, (_, index) => {
		const cell = column[index] ?? '';
		const style = index === 0 && date ? {bold: true, color: theme.accent} : muted;
		return [{text: cell.padEnd(gutter), style: cell ? style : undefined}, ...(body[index] ?? [])];
	});
}

function detailSpans(detail: NonNullable<TimelineItem['detail']>, theme: Theme): Span[] {
	switch (detail.style) {
		case 'direct':
			return [{text: `“${detail.text}”`, style: {italic: true}}];
		case 'reported':
			return [{text: 'reported: ', style: {color: theme.muted}}, {text: detail.text}];
		case 'plain':
			return [{text: detail.text}];
	}
}
