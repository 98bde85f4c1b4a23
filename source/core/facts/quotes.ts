import type {ExtractedPerson, ExtractedQuote} from './facts.js';
import type {AnalysedUnit, Found} from './quotes-article.js';
import {analyse} from './quotes-article.js';
import {isDirect} from './quotes-attributions.js';
import type {Range} from './quotes-phrases.js';
import {isPunct} from './quotes-phrases.js';
import {findNameMentions, joinTokens, lowercaseVocabulary} from './names.js';
import type {Person, Registry} from './people-registry.js';
import {buildRegistry} from './people-registry.js';
import type {ResolvedSpeaker, SpeakerContext} from './speakers.js';
import {resolveSpeaker} from './speakers.js';
import {peopleFrom} from './people-list.js';

export type QuotesAndPeople = {quotes: ExtractedQuote[]; people: ExtractedPerson[]};

/** Direct and indirect quotes with resolved speakers. Pure; never throws. */
export function extractQuotes(body: string): ExtractedQuote[] {
	return extractQuotesAndPeople(body).quotes;
}

export function extractQuotesAndPeople(body: string): QuotesAndPeople {
	const {units, found} = analyse(body);
	const vocabulary = lowercaseVocabulary(body);
	const registry = buildRegistry(units, vocabulary, speakerHints(units, found, vocabulary));
	const quotes: ExtractedQuote[] = [];
	const speakers: ResolvedSpeaker[] = [];
	const quoted = new Map<number, Person[]>();
	for (const [index, item] of found.entries()) {
		const unit = units[item.unit];
		if (!unit) continue;
		const sameUnit = found[index - 1]?.unit === item.unit ? speakers.at(-1) : undefined;
		const context = {registry, vocabulary, unit: item.unit, tokens: unit.tokens, speakers: quoted};
		const resolved = speakerOf(item, context, sameUnit ?? unitSubject(registry, item, unit) ?? speakers.at(-1) ?? null);
		speakers.push(resolved);
		if (resolved.person) quoted.set(item.unit, [...(quoted.get(item.unit) ?? []), resolved.person]);
		const quote = toQuote(body, units, item, resolved);
		if (quote) quotes.push(quote);
	}
	return {quotes, people: peopleFrom(registry, speakers)};
}

function speakerOf(item: Found, context: SpeakerContext, previous: ResolvedSpeaker | null): ResolvedSpeaker {
	const {candidate} = item;
	if (candidate.inheritsSpeaker) return previous ?? {speaker: null, role: null, person: null};
	if (!candidate.speaker) return {speaker: null, role: null, person: null};
	return resolveSpeaker(context, candidate.speaker);
}

/** The first person named as a clause subject in the unit before the cue: who `…, adding that` continues. */
function unitSubject(registry: Registry, item: Found, unit: AnalysedUnit): ResolvedSpeaker | null {
	if (!item.candidate.inheritsSpeaker) return null;
	const cueStart = unit.tokens[item.candidate.cue.from]?.start ?? unit.end;
	const mention = registry.byUnit.get(item.unit)?.find(candidate => candidate.subject && candidate.offset < cueStart);
	return mention ? {speaker: mention.person.name, role: mention.role ?? mention.person.roles[0] ?? null, person: mention.person} : null;
}

function toQuote(body: string, units: readonly AnalysedUnit[], item: Found, resolved: ResolvedSpeaker): ExtractedQuote | null {
	const unit = units[item.unit];
	if (!unit) return null;
	const {candidate} = item;
	const fragments = candidate.content.map(range => fragmentText(body, unit, range));
	for (const more of item.more) {
		const moreUnit = units[more.unit];
		if (moreUnit) fragments.push(fragmentText(body, moreUnit, more.range));
	}
	const text = fragments.filter(Boolean).join(' ').trim();
	if (text === '') return null;
	const direct = isDirect(unit.tokens, candidate) && item.more.every(more => units[more.unit] !== undefined);
	const last = units[item.more.at(-1)?.unit ?? item.unit] ?? unit;
	const cueTokens = unit.tokens.slice(candidate.cue.from, candidate.cue.to);
	const extra = candidate.cueExtra ? unit.tokens.slice(candidate.cueExtra.from, candidate.cueExtra.to) : [];
	// A cue capitalised only by its place ("According to …", a title-case headline) is written in lower case.
	const verb = joinTokens(cueTokens).replace(/^\p{Lu}/u, letter => letter.toLowerCase());
	const cue = [verb, joinTokens(extra)].filter(Boolean).join(' ').replace(/\s*:$/, '') || ':';
	return {
		speaker: resolved.speaker,
		speakerRole: resolved.role,
		text,
		kind: direct ? 'direct' : 'indirect',
		cue: candidate.pattern === 'colon' || candidate.pattern === 'dash' ? joinTokens(cueTokens) : cue,
		evidence: {sentence: body.slice(unit.start, last.end), start: unit.start, end: last.end},
	};
}

/** The words of a content range: a lone quote loses its marks and the comma before its close. */
function fragmentText(body: string, unit: AnalysedUnit, range: Range): string {
	const tokens = unit.tokens.slice(range.from, range.to);
	const inside = tokens.filter(token => !isPunct(token));
	const only = inside.length === 1 ? inside[0] : undefined;
	if (only?.kind === 'quote' && only.quote) {
		return body.slice(only.quote.innerStart, only.quote.innerEnd).trim().replace(/,$/, '');
	}
	const first = tokens[0];
	const last = tokens.at(-1);
	if (!first || !last) return '';
	return body.slice(first.start, last.end).trim().replace(/[,;:]$/, '');
}

/** Capitalised runs standing before attribution verbs: "Peskov said" makes Peskov a person. */
function speakerHints(units: readonly AnalysedUnit[], found: readonly Found[], vocabulary: ReadonlySet<string>): Set<string> {
	const hints = new Set<string>();
	for (const item of found) {
		const range = item.candidate.speaker;
		const tokens = units[item.unit]?.tokens;
		if (!range || !tokens) continue;
		for (const mention of findNameMentions(tokens.slice(range.from, range.to), vocabulary)) hints.add(mention.name);
	}
	return hints;
}
