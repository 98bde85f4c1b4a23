import stringWidth from 'string-width';

const segmenter = new Intl.Segmenter();

/** The user-perceived characters of a string. */
export function graphemes(text: string): string[] {
	return Array.from(segmenter.segment(text), ({segment}) => segment);
}

/**
 * Terminal columns a string takes, measured by string-width — the same
 * package ink measures with, so lines we wrap ourselves are lines ink leaves alone.
 */
export function textWidth(text: string): number {
	// Most words are plain ASCII: one column a character, without waking string-width's Unicode tables.
	return printableAscii.test(text) ? text.length : stringWidth(text);
}

const printableAscii = /^[\x20-\x7E]*$/;

/** Columns one grapheme takes: 0, 1 or 2. */
export const graphemeWidth: (grapheme: string) => number = textWidth;
