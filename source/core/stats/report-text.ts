import {fit} from '../text/fit.js';

/** One row of a stats report; the screen styles it by tone, the command prints its text. */
export type ReportTone = 'heading' | 'muted' | 'good' | 'bad';
export type ReportRow = {text: string; tone?: ReportTone};


/** Greedy word wrap by code points; a word longer than the width is cut. */
export function wrapWords(text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line === '' ? word : `${line} ${word}`;
		if ([...candidate].length <= width) line = candidate;
		else {
			if (line !== '') lines.push(line);
			line = fit(word, width);
		}
	}
	if (line !== '') lines.push(line);
	return lines;
}

/** "Label     value…" with the value wrapped under itself. */
export function labelled(label: string, value: string, width: number, labelWidth: number, tone?: ReportTone): ReportRow[] {
	const indent = ' '.repeat(labelWidth);
	return wrapWords(value, Math.max(8, width - labelWidth)).map((line, index) => ({
		text: fit(`${index === 0 ? label.padEnd(labelWidth) : indent}${line}`, width),
		...(tone ? {tone} : {}),
	}));
}
