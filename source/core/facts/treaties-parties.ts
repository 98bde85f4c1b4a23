import {distinctCountries, findCountries, type CountryMention} from './treaties-countries.js';

type Span = {start: number; end: number};

const word = String.raw`\p{Lu}[\p{L}'’.]*(?:[–-]\p{Lu}[\p{L}'’.]*)*`;
const country = String.raw`(?:the\s+)?${word}(?:\s+${word})*`;
const between = new RegExp(String.raw`^\s+(?:between|among)\s+(${country}(?:\s*,\s*${country})*\s+and\s+${country})`, 'u');
const withParty = new RegExp(String.raw`^\s+with\s+(${country})`, 'u');
const clauseBreak = /[,;:"“”(]|\s(?:but|while|whereas|because|although)\s/g;

/**
 * Parties of the treaty at `mention`: the countries its name gives (`own`),
 * then those of a "between X and Y" right after it, which settle the matter;
 * else those named earlier in its clause plus a "with X" right after it
 * ("Japan … signing a peace treaty with Moscow" → Japan, Russia); else, when
 * nothing before it in the sentence names a country, those in the rest of its
 * clause ("The Treaty of Portsmouth … ended the war between Russia and
 * Japan", "Under the 1951 treaty, Japan renounced …"). Places inside treaty
 * names (`names`: "the Paris Agreement") are not parties.
 */
export function partiesOf(sentence: string, mention: Span, own: readonly string[], names: readonly Span[]): string[] {
	const countriesIn = (from: number, to: number): CountryMention[] =>
		findCountries(sentence.slice(from, to)).filter(found => !names.some(name => from + found.start >= name.start && from + found.end <= name.end));
	const after = sentence.slice(mention.end);
	const listed = between.exec(after);
	if (listed) {
		const countries = distinctCountries(findCountries(listed[1] ?? ''));
		if (countries.length > 0) return [...new Set([...own, ...countries])];
	}
	let clauseStart = 0;
	for (const found of sentence.slice(0, mention.start).matchAll(clauseBreak)) clauseStart = found.index + found[0].length;
	const before = distinctCountries(countriesIn(clauseStart, mention.start));
	const partner = distinctCountries(findCountries(withParty.exec(after)?.[1] ?? ''));
	const rest = before.length === 0 && partner.length === 0 && countriesIn(0, mention.start).length === 0 ? countriesIn(mention.end, clauseEnd(sentence, mention.end)) : [];
	return [...new Set([...own, ...before, ...partner, ...distinctCountries(rest)])];
}

function clauseEnd(sentence: string, from: number): number {
	const found = /[;:]|\s(?:but|while|whereas|although)\s/.exec(sentence.slice(from));
	return found ? from + found.index : sentence.length;
}
