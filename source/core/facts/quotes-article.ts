import type {Token} from './quotes-tokens.js';
import {tokenize} from './quotes-tokens.js';
import type {QuoteSpan} from './quotes-spans.js';
import {findQuoteSpans} from './quotes-spans.js';
import type {Unit} from './quotes-units.js';
import {splitUnits} from './quotes-units.js';
import type {Candidate} from './quotes-candidates.js';
import {attributionsInUnit} from './quotes-attributions.js';
import type {Range} from './quotes-phrases.js';
import {isPunct} from './quotes-phrases.js';
import {opensWithAttribution} from './quotes-content.js';
import {cueIndex} from './quotes-cues.js';

export type AnalysedUnit = Unit & {tokens: Token[]};

/** A candidate placed in the article; continuation quotes in later units are its `more`. */
export type Found = {
	unit: number;
	candidate: Candidate;
	/** Quoted units that continue it: `"…," she said. "…"`. */
	more: Array<{unit: number; range: Range}>;
};

export type Analysis = {units: AnalysedUnit[]; found: Found[]};

/** Units, their tokens and attributions, with continuation quotes joined to the attribution before them. */
export function analyse(body: string): Analysis {
	const spans = findQuoteSpans(body);
	const units: AnalysedUnit[] = [];
	let first = 0;
	for (const unit of splitUnits(body, spans)) {
		while (first < spans.length && (spans[first]?.start ?? 0) < unit.start) first++;
		let last = first;
		while (last < spans.length && (spans[last]?.end ?? 0) <= unit.end) last++;
		const tokens = tokenize(body, unit.start, unit.end, spans.slice(first, last).filter(span => !isTranscriptLine(body, span)));
		const previous = units.at(-1);
		// `Caddell continued:` then a quoted paragraph, or `"…?" Trump said.` split after the question mark: one attribution.
		const sameParagraph = previous !== undefined && !/\n\s*\n/.test(body.slice(previous.end, unit.start));
		const joins =
			(isPunct(previous?.tokens.at(-1), ':') && (tokens[0]?.kind === 'quote' || announces(previous?.tokens ?? []))) ||
			(sameParagraph && previous?.tokens.at(-1)?.kind === 'quote' && opensWithAttribution(tokens) && !tokens.some(token => token.kind === 'quote')) ||
			// A transcript turn "PENCE: Well, look. …" is one attribution however many sentences it has.
			(sameParagraph && previous !== undefined && isTranscriptTurn(previous.tokens));
		if (previous && joins) {
			previous.end = unit.end;
			previous.tokens = tokenize(body, previous.start, unit.end, spans.filter(span => span.start >= previous.start && span.end <= unit.end));
			continue;
		}
		units.push({...unit, tokens});
	}
	const found: Found[] = [];
	for (const [index, unit] of units.entries()) {
		const candidates = attributionsInUnit(unit.tokens, index === 0);
		if (candidates.length > 0) {
			for (const candidate of candidates) found.push({unit: index, candidate, more: []});
			continue;
		}
		const before = found.filter(item => (item.more.at(-1)?.unit ?? item.unit) === index - 1);
		const previous = before.findLast(item => hasQuote(units[item.unit]?.tokens ?? [], item)) ?? before.at(-1);
		const quote = pureQuote(unit.tokens) ?? leadingQuote(unit.tokens);
		if (previous && quote && continues(units, previous, index)) previous.more.push({unit: index, range: quote});
	}
	return {units, found};
}

/** `"PENCE: Well, look, …` — a transcript turn wrapped in an unclosed quote: the speaker label stays visible. */
function isTranscriptLine(body: string, span: QuoteSpan): boolean {
	return !span.closed && /^[\p{Lu}][\p{Lu}.'’ -]{1,40}:\s/u.test(body.slice(span.innerStart, span.innerStart + 45));
}

function isTranscriptTurn(tokens: readonly Token[]): boolean {
	const first = isPunct(tokens[0], '"', '“') ? 1 : 0;
	const colon = tokens.findIndex(token => isPunct(token, ':'));
	if (colon < first + 1 || colon > first + 4) return false;
	return tokens.slice(first, colon).every(token => token.kind === 'word' && token.text.length > 1 && token.text === token.text.toUpperCase() && /\p{Lu}/u.test(token.text));
}

function hasQuote(tokens: readonly Token[], item: Found): boolean {
	return item.more.length > 0 || item.candidate.content.some(range => tokens.slice(range.from, range.to).some(token => token.kind === 'quote'));
}

/** The token range of a unit that is nothing but a quote (and punctuation). */
function pureQuote(tokens: readonly Token[]): Range | null {
	const words = tokens.filter(token => !isPunct(token));
	if (words.length !== 1 || words[0]?.kind !== 'quote') return null;
	return {from: 0, to: tokens.length};
}

/** `"It's basically a tax increase" for the top bracket.`: a closed quote opening a unit with a short unattributed tail. */
function leadingQuote(tokens: readonly Token[]): Range | null {
	const first = tokens.findIndex(token => !isPunct(token));
	const quote = tokens[first];
	if (quote?.kind !== 'quote' || quote.quote?.closed === false) return null;
	const tail = tokens.slice(first + 1).filter(token => token.kind === 'word');
	if (tail.length === 0 || tail.length > 8 || tokens.slice(first + 1).some(token => token.kind === 'quote')) return null;
	return {from: first, to: first + 1};
}

/** `Limbaugh added:` alone on its line: a short subject and speech verb announcing the next sentence. */
function announces(tokens: readonly Token[]): boolean {
	const verb = tokens.at(-2);
	if (tokens.length > 8 || !verb || verb.kind !== 'word' || verb.capitalised) return false;
	return cueIndex.get(verb.lower)?.some(cue => cue.classes.includes('speech') && cue.words.length === 1 && cue.form !== 'ing') === true;
}

/** A quote-only unit continues the attribution of the unit just before it in its paragraph, or of an unclosed quote ending the paragraph before. */
function continues(units: readonly AnalysedUnit[], previous: Found, index: number): boolean {
	const lastUnit = previous.more.at(-1)?.unit ?? previous.unit;
	const before = units[lastUnit];
	const current = units[index];
	if (!before || !current) return false;
	if (before.paragraph === current.paragraph) return true;
	const lastQuote = before.tokens.findLast(token => token.kind === 'quote');
	return lastQuote?.quote?.closed === false;
}

export type {QuoteSpan};
