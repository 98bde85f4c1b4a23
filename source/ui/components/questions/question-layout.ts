import {shrinkToFit} from '../../layout/share.js';
import {textWidth} from '../../layout/text-width.js';
import {clampLines, wrapSpans, type Line, type Span} from '../../layout/wrap.js';
import type {Theme} from '../../theme.js';
import {displayText} from './display-text.js';

/** A list row: a fixed prefix such as "› 1. ", then text that wraps under itself. */
export type RowSpec = {prefix: string; spans: Span[]};

/** The prompt as spans: the lead (such as the position) and any instruction are muted, the prompt bold. */
export function promptSpans(prompt: string, theme: Theme, lead: string | undefined, instruction?: string): Span[] {
	return [
		...(lead ? [{text: `${lead} `, style: {color: theme.muted}}] : []),
		{text: displayText(prompt), style: {bold: true}},
		...(instruction ? [{text: ` ${instruction}`, style: {color: theme.muted}}] : []),
	];
}

/** Blank rows between parts; none on a small screen. */
export function gap(compact: boolean): number {
	return compact ? 0 : 1;
}

type Fit = {
	/** The prompt, already wrapped to the width. */
	prompt: Line[];
	rows: readonly RowSpec[];
	/** Rows taken by everything else: fields, notices, blank lines. */
	fixed: number;
	width: number;
	height: number | undefined;
};

/**
 * Fits a question into `height` rows. The list rows wrap in full while the
 * prompt keeps two lines (or one, if that is all it has), else the tallest
 * rows are cut first; the prompt takes the rows left, ending in "…" when
 * cut. Options are never dropped: a question is no use without them.
 */
export function fitQuestion({prompt, rows, fixed, width, height}: Fit): {prompt: Line[]; rows: Line[][]} {
	const wrapped = rows.map(row => ({width: rowWidth(row, width), lines: wrapSpans(row.spans, rowWidth(row, width))}));
	if (height === undefined) return {prompt, rows: wrapped.map(row => row.lines)};
	const heights = shrinkToFit(
		wrapped.map(row => row.lines.length),
		height - fixed - Math.min(2, prompt.length),
	);
	const used = heights.reduce((sum, lines) => sum + lines, 0);
	return {
		prompt: clampLines(prompt, Math.max(1, height - fixed - used), width),
		rows: wrapped.map((row, index) => clampLines(row.lines, heights[index] ?? 1, row.width)),
	};
}

function rowWidth(row: RowSpec, width: number): number {
	return Math.max(1, width - textWidth(row.prefix));
}
