/**
 * The line shapes of Aiken, after Moodle's qformat_aiken: an option is a
 * letter and ")" or "." ("A) Paris", "B. Lyon"); an answer line starts with
 * "ANSWER:". A "." must be followed by a space so that question text such as
 * "U.S. troops…" is not read as an option; ")" may touch its text as Moodle
 * allows. Lower-case letters are accepted too, where Moodle would refuse them.
 */
const optionPattern = /^([A-Za-z])(?:\)|\.(?=\s|$))\s*(.*)$/;
const answerPattern = /^ANSWER\s*:\s*(.*)$/i;
const answerLetter = /^([A-Za-z])[.)]?$/;

export type OptionLine = {letter: string; text: string};

export function optionLine(line: string): OptionLine | undefined {
	const match = optionPattern.exec(line);
	return match ? {letter: match[1]!.toUpperCase(), text: match[2]!.trim()} : undefined;
}

/** The text after "ANSWER:", or undefined when the line is not an answer line. */
export function answerLine(line: string): string | undefined {
	return answerPattern.exec(line)?.[1]?.trim();
}

/** The letter an answer line names ("B", "b", "B)"), or undefined for anything else ("A, C", "Paris"). */
export function answerLetterOf(value: string): string | undefined {
	return answerLetter.exec(value)?.[1]?.toUpperCase();
}

export function letterAt(index: number): string {
	return String.fromCharCode(65 + index);
}
