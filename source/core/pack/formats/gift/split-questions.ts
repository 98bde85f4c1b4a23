import {type Encoded, encodeEscapes} from './escape.js';

/**
 * One question's text as Moodle reads it: the lines between blank lines,
 * each trimmed, comment lines blanked, joined with "\n" and trimmed, escapes
 * encoded. `offsets` gives each character's place in the file.
 */
export type GiftBlock = Encoded & {
	/** The block's comment lines ("// …"), where Moodle keeps [id:…] and [tag:…]. */
	comments: string[];
};

type Line = {text: string; offset: number; end: number};

export function splitQuestions(source: string): GiftBlock[] {
	const blocks: GiftBlock[] = [];
	let lines: Line[] = [];
	let comments: string[] = [];
	const flush = () => {
		const block = joinLines(lines, comments);
		if (block) blocks.push(block);
		lines = [];
		comments = [];
	};
	for (const line of sourceLines(source)) {
		const trimmed = line.text.trim();
		if (trimmed === '') {
			flush();
			continue;
		}
		const offset = line.offset + line.text.length - line.text.trimStart().length;
		if (trimmed.startsWith('//')) {
			comments.push(trimmed);
			lines.push({text: ' ', offset, end: line.end});
		} else {
			lines.push({text: trimmed, offset, end: line.end});
		}
	}
	flush();
	return blocks;
}

function joinLines(lines: readonly Line[], comments: string[]): GiftBlock | undefined {
	let text = '';
	const offsets: number[] = [];
	lines.forEach((line, index) => {
		if (index > 0) {
			text += '\n';
			offsets.push(lines[index - 1]?.end ?? line.offset);
		}
		text += line.text;
		for (let at = 0; at < line.text.length; at++) offsets.push(line.offset + at);
	});
	const start = text.length - text.trimStart().length;
	const trimmed = text.trim();
	if (trimmed === '') return undefined;
	return {...encodeEscapes(trimmed, offsets.slice(start, start + trimmed.length)), comments};
}

function sourceLines(source: string): Line[] {
	const lines: Line[] = [];
	const breaks = /\r\n|\r|\n/g;
	let offset = 0;
	for (const found of source.matchAll(breaks)) {
		lines.push({text: source.slice(offset, found.index), offset, end: found.index});
		offset = found.index + found[0].length;
	}
	lines.push({text: source.slice(offset), offset, end: source.length});
	return lines;
}

export type Position = {line: number; column: number};

/** Turns a character offset in `source` into its 1-based line and column. */
export function sourceLocator(source: string): (offset: number) => Position {
	const starts = [0];
	for (const found of source.matchAll(/\r\n|\r|\n/g)) starts.push(found.index + found[0].length);
	return offset => {
		let low = 0;
		let high = starts.length - 1;
		while (low < high) {
			const middle = Math.ceil((low + high) / 2);
			if ((starts[middle] ?? 0) <= offset) low = middle;
			else high = middle - 1;
		}
		return {line: low + 1, column: offset - (starts[low] ?? 0) + 1};
	};
}
