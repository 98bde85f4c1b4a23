/** One record of a delimited file: its fields and the line it starts on (1-based). */
export type DelimitedRecord = {line: number; fields: string[]; /** A quote that never closed, read as plain text. */ looseQuote: boolean};

type Field = {value: string; end: number; newlines: number; loose: boolean};

function isBreak(char: string | undefined): boolean {
	return char === '\n' || char === '\r';
}

/** A field without quotes: everything up to the separator or the end of the line. */
function plainField(text: string, start: number, separator: string): Field {
	let end = start;
	while (end < text.length && text[end] !== separator && !isBreak(text[end])) end++;
	return {value: text.slice(start, end), end, newlines: 0, loose: false};
}

/**
 * A field in quotes (RFC 4180: "" is one quote, separators and newlines are
 * kept). When the closing quote is followed by anything but the separator or
 * the line's end (`"Hello" in French`), or never comes, the quote was not
 * CSV quoting: the field is read as plain text instead.
 */
function quotedField(text: string, start: number, separator: string): Field {
	let value = '';
	let newlines = 0;
	let index = start + 1;
	while (index < text.length) {
		const char = text[index]!;
		if (char === '"') {
			if (text[index + 1] === '"') {
				value += '"';
				index += 2;
				continue;
			}
			let after = index + 1;
			while (text[after] === ' ') after++;
			if (after >= text.length || text[after] === separator || isBreak(text[after])) return {value, end: after, newlines, loose: false};
			return plainField(text, start, separator);
		}
		if (char === '\r' && text[index + 1] === '\n') index++;
		if (isBreak(char)) {
			newlines++;
			value += '\n';
		} else {
			value += char;
		}
		index++;
	}
	return {...plainField(text, start, separator), loose: true};
}

/** Splits delimited text into records, with quoting as spreadsheets write it; never throws. */
export function parseDelimited(text: string, separator: string, firstLine = 1): DelimitedRecord[] {
	const records: DelimitedRecord[] = [];
	let index = 0;
	let line = firstLine;
	while (index < text.length) {
		const record: DelimitedRecord = {line, fields: [], looseQuote: false};
		for (;;) {
			const field = text[index] === '"' ? quotedField(text, index, separator) : plainField(text, index, separator);
			record.fields.push(field.value);
			record.looseQuote ||= field.loose;
			line += field.newlines;
			index = field.end;
			if (text[index] !== separator) break;
			index++;
		}
		if (text[index] === '\r' && text[index + 1] === '\n') index++;
		if (isBreak(text[index])) {
			index++;
			line++;
		}
		records.push(record);
	}
	return records;
}
