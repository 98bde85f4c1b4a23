import {textWidth} from './text-width.js';
import {clampLines, lineText, type Line} from './wrap.js';

/**
 * Like clampLines, but the last line kept ends after a whole word, then "…"
 * ("…the postwar…", never "…the post…"). Lines from wrapSpans break only at
 * spaces, so cutting at the last space is enough; a line with no space (one
 * word wider than the width) is cut where it must be.
 */
export function clampAtWord(lines: readonly Line[], max: number, width: number): Line[] {
	if (lines.length <= max || max <= 0) return clampLines(lines, max, width);
	const kept = lines.slice(0, max);
	const last = kept.at(-1) ?? [];
	if (textWidth(lineText(last)) + 1 <= width) return [...kept.slice(0, -1), withEllipsis(last)];
	const cut = lineText(last).lastIndexOf(' ');
	if (cut <= 0) return clampLines(lines, max, width);
	return [...kept.slice(0, -1), withEllipsis(truncate(last, cut))];
}

/** The line's first `length` UTF-16 units, styles kept. */
function truncate(line: Line, length: number): Line {
	const result: Line = [];
	let left = length;
	for (const piece of line) {
		if (left <= 0) break;
		result.push({text: piece.text.slice(0, left), style: piece.style});
		left -= piece.text.length;
	}
	return result;
}

function withEllipsis(line: Line): Line {
	const pieces = line.map(piece => ({...piece}));
	const last = pieces.at(-1);
	if (last) last.text = last.text.trimEnd();
	return [...pieces.filter(piece => piece.text !== ''), {text: '…', style: last?.style}];
}
