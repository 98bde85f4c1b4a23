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
	return stringWidth(text);
}

/** Columns one grapheme takes: 0, 1 or 2. */
export const graphemeWidth: (grapheme: string) => number = textWidth;
