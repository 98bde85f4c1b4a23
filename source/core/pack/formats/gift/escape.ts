/**
 * GIFT's backslash escapes. While a question is read, each escaped character
 * stands as `mark` + a code, so that an escaped "=" or "}" never counts as
 * syntax (Moodle does the same with "&&061;"-style placeholders). A code is
 * never a character the reader splits on, so a mark and its code stay
 * together.
 */
export const mark = '\uFDD0';

/** Where a missing-word answer block stood, until it becomes "___" or a cloze gap. */
export const gapMark = `${mark}g`;

const codeOf: Record<string, string> = {'\\': '9', ':': '1', '#': '2', '=': '3', '{': '4', '}': '5', '~': '6', n: '7'};
const charOf: Record<string, string> = {'0': mark, '1': ':', '2': '#', '3': '=', '4': '{', '5': '}', '6': '~', '7': '\n', '9': '\\'};

/** Text whose special characters are written as marks, with the source offset of each of its characters. */
export type Encoded = {text: string; offsets: number[]};

/** Replaces \\ \~ \= \# \{ \} \: \n with marks; a literal mark character is kept as a mark too. */
export function encodeEscapes(text: string, offsets: readonly number[]): Encoded {
	let out = '';
	const outOffsets: number[] = [];
	const push = (chars: string, offset: number) => {
		out += chars;
		for (let index = 0; index < chars.length; index++) outOffsets.push(offset);
	};
	for (let index = 0; index < text.length; index++) {
		const char = text[index] ?? '';
		const offset = offsets[index] ?? 0;
		const code = char === '\\' ? codeOf[text[index + 1] ?? ''] : undefined;
		if (code !== undefined) {
			push(mark + code, offset);
			index++;
		} else if (char === mark) {
			push(`${mark}0`, offset);
		} else {
			push(char, offset);
		}
	}
	return {text: out, offsets: outOffsets};
}

/**
 * Marks back to the characters they stand for. The gap mark stays; with
 * `keepLiteral`, so does a literal mark character, so that text holding a
 * gap can be decoded once more after the gap is filled in.
 */
export function decodeEscapes(text: string, keepLiteral = false): string {
	return text.replace(/\uFDD0([\s\S]?)/g, (whole, code: string) => {
		const char = code === '0' && keepLiteral ? undefined : charOf[code];
		return char === undefined ? whole : char;
	});
}

/** A character as the working text holds it: a mark for the mark character itself. */
export function protectMark(char: string): string {
	return char === mark ? `${mark}0` : char;
}

/** Text written for GIFT: the special characters escaped, line breaks as \n (a blank line would end the question). */
export function escapeGift(text: string): string {
	return text.replace(/\r\n?/g, '\n').replace(/[\\~=#{}:\n]/g, char => (char === '\n' ? '\\n' : `\\${char}`));
}
