/**
 * A quoted passage: offsets of its marks in the body. An opening mark with
 * no closing one on its line runs to the end of the line, as news style
 * does when a quote continues into the next paragraph.
 */
export type QuoteSpan = {
	/** Offset of the opening mark. */
	start: number;
	/** Offset just after the closing mark, or the end of the line. */
	end: number;
	innerStart: number;
	innerEnd: number;
	closed: boolean;
};

const opening = new Set(['“', '„', '«']);
const closing = new Set(['”', '»']);
const letter = /[\p{L}\p{N}]/u;

/** Finds top-level double-quoted spans (straight, curly, guillemets) and curly single-quoted ones. */
export function findQuoteSpans(body: string): QuoteSpan[] {
	const spans: QuoteSpan[] = [];
	let lineStart = 0;
	while (lineStart <= body.length) {
		let lineEnd = body.indexOf('\n', lineStart);
		if (lineEnd === -1) lineEnd = body.length;
		scanLine(body, lineStart, lineEnd, spans);
		lineStart = lineEnd + 1;
	}
	return spans;
}

function scanLine(body: string, from: number, to: number, into: QuoteSpan[]): void {
	let open: number | null = null;
	let single: number | null = null;
	for (let index = from; index < to; index++) {
		// Two apostrophes stand for a double quote in some wire copy: ''like this''.
		const doubled = body[index] === "'" && body[index + 1] === "'";
		const char = doubled ? '"' : (body[index] ?? '');
		if (doubled) {
			single = null;
			if (open === null) open = index;
			else {
				into.push(span(body, open, index + 2, true));
				open = null;
			}
			index++;
			continue;
		}
		if (char === '"' || opening.has(char) || closing.has(char)) {
			single = null;
			const isClosing = char === '"' ? open !== null : closing.has(char);
			if (open === null && (!isClosing || opensWord(body, index, from, to))) {
				open = index;
			} else if (open !== null && (isClosing || char === '"')) {
				into.push(span(body, open, index + 1, true));
				open = null;
			} else if (open !== null && opening.has(char)) {
				// A second opening mark before any close: the first quote was never closed.
				into.push(span(body, open, trimEnd(body, open, index), false));
				open = index;
			}
		} else if (open === null && char === '‘' && !letter.test(body[index - 1] ?? '')) {
			single = index;
		} else if (open === null && char === '’' && single !== null && !letter.test(body[index + 1] ?? '')) {
			if (index - single > 1) into.push(span(body, single, index + 1, true));
			single = null;
		}
	}
	if (open !== null && trimEnd(body, open, to) > open + 1) into.push(span(body, open, trimEnd(body, open, to), false));
}

function opensWord(body: string, index: number, from: number, to: number): boolean {
	const before = index > from ? (body[index - 1] ?? '') : ' ';
	const after = index + 1 < to ? (body[index + 1] ?? '') : ' ';
	return /\s|[([—–-]/.test(before) && letter.test(after);
}

function trimEnd(body: string, from: number, to: number): number {
	let end = to;
	while (end > from + 1 && /\s/.test(body[end - 1] ?? '')) end--;
	return end;
}

function span(body: string, start: number, end: number, closed: boolean): QuoteSpan {
	const opening = body.startsWith("''", start) ? 2 : 1;
	const closing = closed ? (end - start >= opening + 2 && body.startsWith("''", end - 2) ? 2 : 1) : 0;
	return {start, end, innerStart: start + opening, innerEnd: Math.max(start + opening, end - closing), closed};
}
