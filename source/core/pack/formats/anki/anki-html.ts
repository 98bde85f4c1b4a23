import {stripControl} from '../../../text/sanitize.js';

/**
 * Pack text as the HTML of an Anki field: `& < > "` escaped (a field starting
 * with a quote would read as CSV quoting), tabs as spaces and newlines as
 * <br>, so no text can end a field or a row.
 */
export function html(text: string): string {
	return stripControl(text)
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;')
		.replaceAll('\t', ' ')
		.replaceAll('\n', '<br>');
}

/** An HTML list of the (unescaped) items; `type` letters an ordered list. */
export function htmlList(items: readonly string[], kind: 'ol' | 'ul', type?: 'A' | 'a'): string {
	const open = type ? `<${kind} type=${type}>` : `<${kind}>`;
	return `${open}${items.map(item => `<li>${html(item)}</li>`).join('')}</${kind}>`;
}

/** A column that is not HTML (the GUID, the deck, the tags): quoted as CSV when it holds a quote, tab or newline. */
export function plainField(value: string): string {
	return /["\t\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Anki tags are separated by spaces: one inside a tag becomes "_"; repeats (ignoring case) are dropped. */
export function tagList(tags: readonly string[]): string {
	const seen = new Set<string>();
	const result: string[] = [];
	for (const tag of tags) {
		const clean = stripControl(tag).trim().replace(/\s+/g, '_');
		if (clean === '' || seen.has(clean.toLowerCase())) continue;
		seen.add(clean.toLowerCase());
		result.push(clean);
	}
	return result.join(' ');
}
