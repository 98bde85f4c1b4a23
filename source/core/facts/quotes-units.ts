import type {Sentence} from './sentences.js';
import {splitSentences} from './sentences.js';
import type {QuoteSpan} from './quotes-spans.js';

/**
 * Consecutive sentences joined so that no quoted passage crosses a unit's
 * edge: `"It is hard. We will try," she said.` is one unit even though the
 * splitter sees two sentences in it.
 */
export type Unit = {start: number; end: number; paragraph: number};

export function splitUnits(body: string, spans: readonly QuoteSpan[]): Unit[] {
	const units: Unit[] = [];
	let first = 0;
	for (const sentence of splitSentences(body).flatMap(sentence => splitLines(body, sentence))) {
		const last = units.at(-1);
		while (last && first < spans.length && (spans[first]?.end ?? 0) <= last.end) first++;
		const crossing = last !== undefined && crosses(spans, first, last);
		if (last && (crossing || splitsInitials(body, last, sentence))) {
			last.end = sentence.end;
			continue;
		}
		const paragraph = last === undefined ? 0 : last.paragraph + (/\n\s*\n/.test(body.slice(last.end, sentence.start)) ? 1 : 0);
		units.push({start: sentence.start, end: sentence.end, paragraph});
	}
	return units.flatMap(unit => capped(body, unit));
}

/** `said Rep. G.K. Butterfield`: a title and initials do not end a sentence when a capitalised name follows on the line. */
function splitsInitials(body: string, last: Unit, sentence: Sentence): boolean {
	const gap = body.slice(last.end, sentence.start);
	if (!/^[ \t]*$/.test(gap) || !/^\p{Lu}\p{Ll}/u.test(sentence.sentence)) return false;
	return /(?:^|\s)(?:Rep|Sen|Gov|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Adm|Judge|Mayor|President)\.?\s+(?:\p{Lu}\.){1,3}$/u.test(body.slice(Math.max(last.start, last.end - 40), last.end));
}

/** Longest unit analysed whole; longer ones (no sentence ends at all) are cut at spaces, so the work stays linear. */
const maxUnitLength = 3000;

function capped(body: string, unit: Unit): Unit[] {
	if (unit.end - unit.start <= maxUnitLength) return [unit];
	const parts: Unit[] = [];
	let start = unit.start;
	while (unit.end - start > maxUnitLength) {
		const space = body.lastIndexOf(' ', start + maxUnitLength);
		const cut = space > start + maxUnitLength / 2 ? space : start + maxUnitLength;
		parts.push({start, end: cut, paragraph: unit.paragraph});
		start = cut;
		while (start < unit.end && /\s/.test(body[start] ?? '')) start++;
	}
	if (start < unit.end) parts.push({start, end: unit.end, paragraph: unit.paragraph});
	return parts;
}

/** Spans are sorted and do not overlap, so only the first one ending after the unit can cross its end. */
function crosses(spans: readonly QuoteSpan[], first: number, unit: Unit): boolean {
	const span = spans[first];
	return span !== undefined && span.start < unit.end;
}

/** A line break before a capital, a quote mark or a bullet starts a new unit: lists of quotes, headlines over text. */
function splitLines(body: string, sentence: Sentence): Sentence[] {
	if (!sentence.sentence.includes('\n')) return [sentence];
	const parts: Sentence[] = [];
	let start = sentence.start;
	for (const match of sentence.sentence.matchAll(/[ \t]*\n\s*(?=[\p{Lu}\p{N}"“”‘'•*-])/gu)) {
		const end = sentence.start + match.index;
		if (end > start) parts.push({sentence: body.slice(start, end), start, end});
		start = sentence.start + match.index + match[0].length;
	}
	if (sentence.end > start) parts.push({sentence: body.slice(start, sentence.end), start, end: sentence.end});
	return parts;
}
