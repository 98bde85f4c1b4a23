import {decodeEscapes, protectMark} from './escape.js';

/** GIFT's text formats; Moodle's default is its own "moodle" auto-format. */
export type TextFormat = 'moodle' | 'html' | 'plain' | 'markdown';

const formats: ReadonlySet<string> = new Set<TextFormat>(['moodle', 'html', 'plain', 'markdown']);

function isFormat(name: string): name is TextFormat {
	return formats.has(name);
}

/**
 * A piece of GIFT text as the learner should read it, as Moodle's
 * parse_text_with_format reads it: a leading [html], [moodle], [markdown] or
 * [plain] sets the format (any other bracket is text), the rest of the
 * question's parts default to the question text's format. HTML becomes plain
 * text; the other formats are kept as written. `keepLiteral` is for text
 * with a gap mark (see decodeEscapes).
 */
export function readText(text: string, fallback: TextFormat, keepLiteral = false): {text: string; format: TextFormat} {
	let format = fallback;
	let body = text.trim();
	const marker = /^\[([^\]]*)\]/.exec(body);
	if (marker && isFormat(marker[1] ?? '')) {
		format = marker[1] as TextFormat;
		body = body.slice(marker[0].length);
	}
	return {text: decodeEscapes(format === 'html' ? htmlToText(body) : body, keepLiteral).trim(), format};
}

const blockTags = /<\/?(?:p|div|br|li|ul|ol|h[1-6]|tr|table|blockquote|pre|hr)\b[^>]*>/gi;

/** Plain text of an HTML fragment: tags dropped, block ends as line breaks, entities decoded, spaces collapsed. */
export function htmlToText(html: string): string {
	return html
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
		.replace(/\s+/g, ' ')
		.replace(blockTags, '\n')
		.replace(/<\/?[a-z][^>]*>/gi, '')
		.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, decodeEntity)
		.split('\n')
		.map(line => line.replace(/[ \u00a0]+/g, ' ').trim())
		.filter(line => line !== '')
		.join('\n');
}

const named: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	ndash: '–',
	mdash: '—',
	hellip: '…',
	lsquo: '‘',
	rsquo: '’',
	ldquo: '“',
	rdquo: '”',
};

function decodeEntity(whole: string, name: string): string {
	if (!name.startsWith('#')) return named[name.toLowerCase()] ?? whole;
	const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
	const valid = code > 0 && code <= 0x10_ffff && (code < 0xd8_00 || code > 0xdf_ff);
	return valid ? protectMark(String.fromCodePoint(code)) : whole;
}
