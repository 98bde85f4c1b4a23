export type Span = {start: number; end: number};

const dateline =
	/^\p{Lu}[^.!?"“:\n]{0,60}?,\s*(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8})(?:,?\s+\d{4})?\s*(?:\([^)\n]{1,30}\)\s*)?[:–—-]\s+/u;

/** Where a wire dateline ("Moscow [Russia], October 26 : ", "LONDON, Oct 26 (Reuters) - ") ends; 0 when the sentence has none. */
export function datelineEnd(sentence: string): number {
	return dateline.exec(sentence)?.[0].length ?? 0;
}

const clauseBreak = /;\s*|,\s+(?:but|while|whereas|yet|so)\s+|\s+but\s+(?=\p{Lu}|(?:he|she|it|they|we)\s)|,\s+and\s+(?=(?:he|she|it|they|we)\s)/gu;
const subordinator = /^(?:Although|Though|Even though|While|Whereas|Because|Since|If|When|After|Before|Despite|Once|Until|Unless)\s+/;
/** ", which …", ", who …", or a reduced relative: ", signed in 1905,". */
const relativeOpening = /,\s+(?:(?:which|who)\s+|(?=(?:\p{Ll}{3,}ed|held|made|built|won|lost|sent|taken|given|written|drawn|known)\s))/gu;
const subjectRelative = /^(?:was|were|is|are|has|had|have|will|would|could|can|may|might|must|became|remains?|remained|\p{L}{3,}ed)(?!\p{L})/u;
const determiner = /^(?:the|a|an|its|their|his|her|our|this|these|those)$/i;
/** Trailing phrases that give a reason or setting, not the event itself. */
const adjunct = /\s+(?:in light of|due to|because of|because|amid|amidst|in response to|as part of|despite|in retaliation for|in protest (?:at|against|over)|citing)\s[\s\S]*$/i;

/**
 * The clause a date anchors, without the date words: what happened then. The
 * clause is cut at semicolons and coordinating "but"/"while"; a fronted
 * subordinate clause ("Although Tokyo renounced … under the 1951 …,") is the
 * event when it holds the date, else the main clause is; a subject relative
 * clause holding the date gets its antecedent back ("the islands, which were
 * incorporated … in 1945" → "the islands were incorporated …"). Trailing
 * reasons ("in light of …", "as part of …") and fronted dates are dropped.
 */
export function eventFor(sentence: string, date: Span, others: readonly Span[] = []): string | null {
	let from = datelineEnd(sentence);
	let to = sentence.length;
	if (date.start < from) return null;
	for (const found of sentence.matchAll(clauseBreak)) {
		const breakEnd = found.index + found[0].length;
		if (breakEnd <= date.start) from = Math.max(from, breakEnd);
		else if (found.index >= date.end) to = Math.min(to, found.index);
	}
	const opening = subordinator.exec(sentence.slice(from));
	const comma = opening ? sentence.indexOf(',', from) : -1;
	if (opening && comma >= 0 && comma < to) {
		const inside = date.start < comma && cut(sentence, from + opening[0].length, comma, [date]).trim().length > 0;
		if (inside) {
			from += opening[0].length;
			to = comma;
		} else {
			from = comma + 1;
		}
	}
	// A relative clause after the date comments on the clause; it is not part of the event.
	const trailing = /,\s+(?:which|who)\s/.exec(sentence.slice(date.end, to));
	if (trailing) to = date.end + trailing.index;
	let head = '';
	const relative = relativeHolding(sentence, from, to, date);
	if (relative) {
		head = relative.head;
		from = relative.start;
		to = relative.end;
	}
	const fronted = (span: Span) => sentence.slice(from, span.start).trim() === '' && /^\s*,/.test(sentence.slice(span.end));
	// "the Joint Declaration of 1956" loses "of" with its year.
	const of = /^\d{4}$/.test(sentence.slice(date.start, date.end)) ? (/\bof\s+$/.exec(sentence.slice(0, date.start))?.[0].length ?? 0) : 0;
	const dropped = [{start: date.start - of, end: date.end}, ...others.filter(fronted)];
	const text = tidy(`${head} ${cut(sentence, from, to, dropped)}`);
	const event = tidy(text.replace(adjunct, match => (words(text.slice(0, -match.length)) >= 2 ? '' : match)));
	return words(event) >= 2 ? event : null;
}

function relativeHolding(sentence: string, from: number, to: number, date: Span): {head: string; start: number; end: number} | null {
	let opening: RegExpExecArray | null = null;
	relativeOpening.lastIndex = from;
	for (let match = relativeOpening.exec(sentence); match && match.index < date.start; match = relativeOpening.exec(sentence)) opening = match;
	if (!opening) return null;
	const start = opening.index + opening[0].length;
	if (sentence.slice(start, date.start).includes(',') || !subjectRelative.test(sentence.slice(start))) return null;
	const noun = antecedent(sentence.slice(from, opening.index));
	if (!noun) return null;
	const reduced = !/^,\s+(?:which|who)/.test(opening[0]);
	// A reduced relative lost its "which was": give it back, in number with the noun ("the islands were").
	const plural = /[^s]s$/.test(noun.split(/\s+of\s+/)[0] ?? '');
	const head = reduced ? `${noun} ${plural ? 'were' : 'was'}` : noun;
	const comma = sentence.indexOf(',', date.end);
	return {head, start, end: comma >= 0 && comma < to ? comma : to};
}

/** The noun phrase a relative clause refers to: from the last determiner, reaching back over "of" ("the four islands of the Kuril archipelago"), or a trailing proper name. */
function antecedent(text: string): string | null {
	const tokens = [...text.matchAll(/\S+/g)];
	let at = -1;
	for (let index = tokens.length - 1; index >= Math.max(0, tokens.length - 10); index--) {
		if (!determiner.test(tokens[index]?.[0] ?? '')) continue;
		at = index;
		if (tokens[index - 1]?.[0].toLowerCase() !== 'of') break;
	}
	const first = tokens[at];
	if (first) return text.slice(first.index).trim();
	return /(?:\p{Lu}[\p{L}'’.-]*\s+)*\p{Lu}[\p{L}'’.-]*$/u.exec(text.trim())?.[0] ?? null;
}

/** The text in [from, to) without the given spans. */
function cut(sentence: string, from: number, to: number, spans: readonly Span[]): string {
	let text = '';
	let at = from;
	for (const span of [...spans].sort((a, b) => a.start - b.start)) {
		if (span.end <= at || span.start >= to) continue;
		text += sentence.slice(at, Math.max(at, span.start));
		at = Math.max(at, span.end);
	}
	return text + sentence.slice(at, Math.max(at, to));
}

function tidy(text: string): string {
	return text
		.replace(/\s+/g, ' ')
		.replace(/\s+([,;:.!?])/g, '$1')
		.replace(/,(?=[,;:.])/g, '')
		.replace(/^[\s,;:—–-]+/, '')
		.replace(/^(?:and|but|that|so)\s+/i, '')
		.replace(/[\s,;:.—–-]+$/, '')
		.trim();
}

function words(text: string): number {
	return text.split(/\s+/).filter(word => /[\p{L}\p{N}]/u.test(word)).length;
}
