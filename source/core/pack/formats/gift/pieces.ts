import {decodeEscapes} from './escape.js';

/** A stretch of a question's working text, and where it starts in that text (for line and column). */
export type Piece = {text: string; at: number};

/** A problem found while reading one question, at a place in its working text. */
export type Issue = {at: number; severity: 'error' | 'warning'; message: string};

export function trimPiece(piece: Piece): Piece {
	const lead = piece.text.length - piece.text.trimStart().length;
	return {text: piece.text.trim(), at: piece.at + lead};
}

export function slicePiece(piece: Piece, start: number, end = piece.text.length): Piece {
	return trimPiece({text: piece.text.slice(start, end), at: piece.at + start});
}

/**
 * The trimmed stretches between `separators`. A separator that is also in
 * `keep` starts the next stretch instead of vanishing (Moodle's "=" in a
 * multiple-choice block, which it reads as "~=").
 */
export function splitAt(piece: Piece, separators: string, keep = ''): Piece[] {
	const pieces: Piece[] = [];
	let start = 0;
	for (let index = 0; index < piece.text.length; index++) {
		const char = piece.text.charAt(index);
		if (!separators.includes(char)) continue;
		pieces.push(slicePiece(piece, start, index));
		start = keep.includes(char) ? index : index + 1;
	}
	pieces.push(slicePiece(piece, start));
	return pieces;
}

/** An answer and the feedback after its first "#". */
export function splitFeedback(piece: Piece): {answer: Piece; feedback: Piece | undefined} {
	const hash = piece.text.indexOf('#');
	if (hash < 0) return {answer: piece, feedback: undefined};
	return {answer: slicePiece(piece, 0, hash), feedback: slicePiece(piece, hash + 1)};
}

// Moodle's own pattern: one or two digits, an optional point and more digits ("%100%" passes as "10" + "0").
const weightPattern = /^%(-*)(\d{1,2}\.?\d*)%/;

export type Weighed = {weight: number | undefined; rest: Piece; issue?: Issue};

/** A leading "%50%" or "%-33.33333%" weight, in percent; `weight` is undefined when there is none. */
export function readWeight(piece: Piece): Weighed {
	const found = weightPattern.exec(piece.text);
	if (!found) {
		const issue: Issue | undefined = piece.text.startsWith('%')
			? {at: piece.at, severity: 'warning', message: `${shown(piece.text)} starts with "%" but not with a weight Moodle reads (such as %50%); it is read as part of the answer, as Moodle does`}
			: undefined;
		return {weight: undefined, rest: piece, ...(issue ? {issue} : {})};
	}
	const rest = slicePiece(piece, found[0].length);
	const dashes = found[1] ?? '';
	const value = Number(found[2]) * (dashes.length > 0 ? -1 : 1);
	if (dashes.length > 1 || !Number.isFinite(value) || Math.abs(value) > 100) {
		return {weight: undefined, rest, issue: {at: piece.at, severity: 'error', message: `bad weight ${shown(found[0])}: weights run from %-100% to %100%`}};
	}
	return {weight: value, rest};
}

/** Working text quoted for a message: escapes decoded, long text cut. */
export function shown(text: string): string {
	const plain = decodeEscapes(text).replace(/\s+/g, ' ').trim();
	return `"${plain.length > 40 ? `${plain.slice(0, 39)}…` : plain}"`;
}
