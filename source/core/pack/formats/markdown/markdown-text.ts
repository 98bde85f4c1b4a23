import {stripControl, toSingleLine} from '../../../text/sanitize.js';

/**
 * Pack text inside a Markdown line: characters that would start emphasis,
 * code, links, HTML or a table cell are escaped; "_" only where it is not
 * inside a word (snake_case stays readable). Spacing is kept as given.
 */
export function escapeMarkdown(text: string): string {
	return stripControl(text)
		.replace(/[\\`*[\]<|~]/g, '\\$&')
		.replace(/_(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])_/gu, '\\_');
}

/** One line of pack text: newlines folded, then escaped. */
export function inline(text: string): string {
	return escapeMarkdown(toSingleLine(text));
}

/** A line of its own: also escapes a start that Markdown would read as a heading, list or quote. */
export function block(text: string): string {
	return inline(text).replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2').replace(/^([-+>#=])/, '\\$1');
}

/** Spaces that line continuation content up under a list item's text ("1. " → 3, "10. " → 4). */
export function indentFor(marker: string): string {
	return ' '.repeat(marker.length);
}

export function letter(index: number, lower = false): string {
	return String.fromCharCode((lower ? 97 : 65) + index);
}
