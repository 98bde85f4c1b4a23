/**
 * Charts drawn with block characters, as plain strings, for the stats screen
 * and `factdrill stats`. Every chart carries numbers beside its bars, so it
 * reads without colour.
 */

const eighths = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
const rising = [' ', '▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/** A bar `value / max` of `width` columns, in eighths of a column; a non-zero value shows at least a sliver. */
export function horizontalBar(value: number, max: number, width: number): string {
	if (max <= 0 || value <= 0 || width <= 0) return '';
	const units = Math.max(1, Math.round((Math.min(value, max) / max) * width * 8));
	return '█'.repeat(Math.floor(units / 8)) + eighths[units % 8]!;
}

export type ColumnChartOptions = {
	/** Rows for the bars (the axis and labels come on top of these). */
	height: number;
	/** Total columns available, axis included. */
	width: number;
	/** Under the first and last bar, e.g. a date and "today". */
	firstLabel: string;
	lastLabel: string;
};

/**
 * Vertical bars, newest on the right, with the scale on the left: the top
 * row is labelled with the largest value and the baseline with 0. Bars are
 * two columns (a bar and a gap) when they fit, else one; when even that is
 * too wide the oldest values are left out. Returns the lines and how many
 * values it shows.
 */
export function columnChart(values: readonly number[], options: ColumnChartOptions): {lines: string[]; shown: number} {
	const max = Math.max(0, ...values);
	const axis = String(max).length;
	const room = Math.max(1, options.width - axis - 2);
	const step = values.length * 2 <= room ? 2 : 1;
	const shown = Math.min(values.length, Math.floor(room / step));
	const visible = values.slice(values.length - shown);
	const height = Math.max(1, options.height);
	const lines: string[] = [];
	for (let row = height - 1; row >= 0; row--) {
		const cells = visible.map(value => {
			const units = max === 0 || value === 0 ? 0 : Math.max(1, Math.round((value / max) * height * 8));
			const cell = rising[Math.max(0, Math.min(8, units - row * 8))]!;
			return step === 2 ? `${cell} ` : cell;
		});
		const label = row === height - 1 ? String(max) : '';
		lines.push(`${label.padStart(axis)} ┤${cells.join('').trimEnd()}`);
	}
	lines.push(`${'0'.padStart(axis)} └${'─'.repeat(shown * step)}`);
	lines.push(' '.repeat(axis + 2) + spread(options.firstLabel, options.lastLabel, shown * step - (step - 1)));
	return {lines, shown};
}

/** Two labels at the ends of `width` columns; only the last when they do not both fit. */
function spread(first: string, last: string, width: number): string {
	const gap = width - first.length - last.length;
	if (gap >= 1) return first + ' '.repeat(gap) + last;
	return last.padStart(width);
}
