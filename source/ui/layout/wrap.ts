import {graphemes, graphemeWidth, textWidth} from './text-width.js';

/** The subset of ink's Text props a piece of text may carry. */
export type Style = {bold?: boolean; italic?: boolean; underline?: boolean; color?: string | undefined};

/** Text with one style. Wrapping breaks only at plain spaces, so a span with none stays whole. */
export type Span = {text: string; style?: Style};

/** One terminal row: pieces drawn side by side. */
export type Line = Span[];

type Word = Span[];

/**
 * Word-wraps styled text to `width` columns, keeping its newlines. We wrap
 * ourselves rather than leave it to ink so a screen knows how many rows each
 * part takes before drawing it, and can cut what does not fit.
 */
export function wrapSpans(spans: readonly Span[], width: number): Line[] {
	const columns = Math.max(1, width);
	return paragraphs(spans).flatMap(words => wrapWords(words, columns));
}

export function wrapText(text: string, width: number, style?: Style): Line[] {
	return wrapSpans([{text, style}], width);
}

/** At most `max` lines; when some are cut, the last one kept ends in "…". */
export function clampLines(lines: readonly Line[], max: number, width: number): Line[] {
	if (lines.length <= max) return [...lines];
	if (max <= 0) return [];
	const kept = lines.slice(0, max);
	return [...kept.slice(0, -1), ellipsize(kept.at(-1) ?? [], width)];
}

/** The text on one line, unstyled. */
export function lineText(line: Line): string {
	return line.map(piece => piece.text).join('');
}

/** Splits spans into paragraphs of words; a word may run across spans, as in `"[1]"`. */
function paragraphs(spans: readonly Span[]): Word[][] {
	const result: Word[][] = [[]];
	let word: Word = [];
	const endWord = () => {
		if (word.length > 0) result.at(-1)!.push(word);
		word = [];
	};
	for (const span of spans) {
		for (const part of span.text.split(/(\n| +)/)) {
			if (part === '\n') {
				endWord();
				result.push([]);
			} else if (part.startsWith(' ')) endWord();
			else if (part !== '') word.push({text: part, style: span.style});
		}
	}
	endWord();
	return result;
}

function wrapWords(words: readonly Word[], width: number): Line[] {
	const lines: Line[] = [];
	let line: Line = [];
	let used = 0;
	for (const whole of words) {
		for (const word of breakLongWord(whole, width)) {
			const size = wordWidth(word);
			if (line.length > 0 && used + 1 + size > width) {
				lines.push(line);
				line = [];
				used = 0;
			}
			if (line.length > 0) {
				line = joinPieces(line, {text: ' ', style: word[0]?.style === line.at(-1)?.style ? word[0]?.style : undefined});
				used += 1;
			}
			for (const piece of word) line = joinPieces(line, piece);
			used += size;
		}
	}
	lines.push(line);
	return lines;
}

function wordWidth(word: Word): number {
	return word.reduce((sum, piece) => sum + textWidth(piece.text), 0);
}

/** A word wider than the line is cut into line-wide chunks, as ink's hard wrap does. */
function breakLongWord(word: Word, width: number): Word[] {
	if (wordWidth(word) <= width) return [word];
	const chunks: Word[] = [[]];
	let used = 0;
	for (const piece of word) {
		for (const grapheme of graphemes(piece.text)) {
			const size = graphemeWidth(grapheme);
			if (used + size > width && used > 0) {
				chunks.push([]);
				used = 0;
			}
			const chunk = chunks.at(-1)!;
			chunks[chunks.length - 1] = joinPieces(chunk, {text: grapheme, style: piece.style});
			used += size;
		}
	}
	return chunks;
}

/** Appends a piece, merging it into the last one when they share a style. */
function joinPieces(line: Line, piece: Span): Line {
	const last = line.at(-1);
	if (last && last.style === piece.style) return [...line.slice(0, -1), {text: last.text + piece.text, style: last.style}];
	return [...line, piece];
}

function ellipsize(line: Line, width: number): Line {
	const room = Math.max(0, width - 1);
	const result: Line = [];
	let used = 0;
	outer: for (const piece of line) {
		let text = '';
		for (const grapheme of graphemes(piece.text)) {
			const size = graphemeWidth(grapheme);
			if (used + size > room) {
				if (text !== '') result.push({text, style: piece.style});
				break outer;
			}
			text += grapheme;
			used += size;
		}
		result.push({text, style: piece.style});
	}
	const last = result.at(-1);
	if (last) last.text = last.text.trimEnd();
	return [...result.filter(piece => piece.text !== ''), {text: '…', style: last?.style}];
}
