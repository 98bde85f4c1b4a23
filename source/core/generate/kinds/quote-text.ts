import nlp from 'compromise/two';
import type {Fact} from '../../pack/schema.js';
import {shortenAtWord, startsWithPronoun} from '../text.js';

type QuoteFact = Extract<Fact, {type: 'quote'}>;

const speechVerb =
	/\b(said|says|say|stated|states|told|tells|added|adds|noted|notes|announced|announces|claimed|claims|argued|argues|insisted|insists|warned|warns|maintained|maintains|declared|declares|explained|explains|acknowledged|acknowledges|stressed|stresses|emphasi[sz]ed|believes|believed|thinks|suggested|suggests|reported|reports|wrote|writes|according to|responded|replied|confirmed|denied|admitted|promised|vowed|pledged|urged|saying|adding)\b/i;

/**
 * Whether an indirect quote can stand alone after "said that": it must be
 * reported with a speech verb (not "Japan protests the visit…") and must not
 * begin with a pronoun that only the article can resolve.
 */
export function isReportedSpeech(quote: QuoteFact): boolean {
	if (quote.kind === 'direct') return true;
	if (startsWithPronoun(quote.text) || /^(what|which|who|how|why|whether)\b/i.test(quote.text)) return false;
	const sentence = quote.evidence ?? '';
	const at = sentence.indexOf(quote.text);
	if (at < 0) return false;
	const before = sentence.slice(Math.max(0, at - 60), at);
	const after = sentence.slice(at + quote.text.length, at + quote.text.length + 60);
	return speechVerb.test(before) || speechVerb.test(after);
}

/** The words as a learner reads them in a question: a direct quote in quotation marks, a reported one as a clause. */
export function quotedWords(quote: QuoteFact, properWords: ReadonlySet<string>, max = 140): string {
	const cache = shownWords.get(quote) ?? new Map<number, string>();
	shownWords.set(quote, cache);
	const cached = cache.get(max);
	if (cached !== undefined) return cached;
	const shown = showWords(quote, max, properWords);
	cache.set(max, shown);
	return shown;
}

// Tagging a clause costs about a millisecond, and what-said options show every other quote.
const shownWords = new WeakMap<QuoteFact, Map<number, string>>();

function showWords(quote: QuoteFact, max: number, properWords: ReadonlySet<string>): string {
	const bare = quote.text.trim().replace(/^["“”']+/, '').replace(/[\s.,;:"“”']+$/, '');
	const words = shortenAtWord(balanceQuotes(bare), max).replace(/[.,;:]+$/, '');
	return quote.kind === 'direct' ? `“${words}”` : lowerCommonStart(words, properWords);
}

/** A reported clause cut from its sentence may keep an opening quotation mark and lose the closing one. */
function balanceQuotes(text: string): string {
	return (text.match(/"/g) ?? []).length % 2 === 1 ? `${text}"` : text;
}

/**
 * "Dialogue between the two nations…" reads "…said that dialogue between…";
 * names keep their capital. A word is a name when compromise's lexicon says
 * so or the articles write it capitalised mid-sentence. (Tagging the clause
 * would be surer but costs a millisecond a quote.)
 */
function lowerCommonStart(text: string, properWords: ReadonlySet<string>): string {
	const first = /^[\p{L}'’.-]+/u.exec(text)?.[0] ?? '';
	const tag = lexicon[first.toLowerCase()];
	const proper = typeof tag === 'string' && properTags.test(tag);
	return proper || properWords.has(first) || /^[\p{Lu}\d.]{2,}$/u.test(first) || first === 'I' ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

const lexicon = (nlp.model() as {one: {lexicon: Record<string, string | string[] | undefined>}}).one.lexicon;
const properTags = /City|Country|Place|Region|Person|Name|Organization|ProperNoun|Acronym|Honorific/;

/** Words the texts capitalise where a sentence does not begin: names, by the articles' own usage. */
export function properWordsOf(sentences: readonly string[]): Set<string> {
	const words = new Set<string>();
	for (const sentence of sentences) {
		for (const match of sentence.matchAll(/(?<=[\p{L}\d,;:] )(\p{Lu}[\p{L}'’.-]*)/gu)) words.add(match[1]!.replace(/['’]s$/, ''));
	}
	return words;
}
