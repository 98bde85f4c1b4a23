import type {FactEvidence} from './facts.js';

/**
 * Abbreviations after which a full stop does not end a sentence. Titles,
 * months, US states as news styles write them, and a few common Latin ones.
 */
const abbreviations = new Set(
	[
		'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'cmdr',
		'gov', 'sen', 'rep', 'reps', 'sens', 'pres', 'rev', 'hon', 'amb', 'sec', 'supt', 'insp', 'det', 'atty',
		'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
		'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass',
		'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo',
		'vol', 'vs', 'etc', 'approx', 'inc', 'corp', 'co', 'ltd', 'dept', 'univ', 'ave', 'blvd', 'rd',
		'e.g', 'i.e', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'd.c', 'e.u',
	].map(word => word.toLowerCase()),
);

export type Sentence = FactEvidence;

/**
 * Splits a body into sentences with their offsets. A paragraph break always
 * ends a sentence; . ! ? end one when followed by space (and closing quotes
 * or brackets) and then a capital, a digit or an opening quote, unless the
 * word before is an abbreviation or a single initial ("J. Smith").
 */
export function splitSentences(body: string): Sentence[] {
	const sentences: Sentence[] = [];
	const paragraph = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
	for (const block of body.matchAll(paragraph)) {
		splitParagraph(block[0], block.index, sentences);
	}
	return sentences;
}

const boundary = /[.!?]+["'”’)\]]*(?=\s*["'“‘(]+[\p{Lu}\p{N}]|\s+[\p{Lu}\p{N}])/gu;

function splitParagraph(text: string, offset: number, into: Sentence[]): void {
	let start = 0;
	for (const match of text.matchAll(boundary)) {
		let end = match.index + match[0].length;
		if (match[0].startsWith('.') && !endsSentence(text, match.index, end)) continue;
		// 'welcomed. ""Moscow…': of two quote marks in a row, the first closes this sentence.
		end += /^\s*["”](?=["“])/.exec(text.slice(end))?.[0].length ?? 0;
		push(text, offset, start, end, into);
		start = end;
	}
	push(text, offset, start, text.length, into);
}

/** Words that start sentences, not names: after "U.S." or "p.m." they show a new sentence began. */
const sentenceStarters = new Set(['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'in', 'on', 'at', 'this', 'that', 'there', 'his', 'her', 'their', 'its', 'our', 'as', 'if', 'when', 'while', 'after', 'before', 'since', 'for', 'however', 'meanwhile']);

function endsSentence(text: string, dotIndex: number, after: number): boolean {
	const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dotIndex - 12), dotIndex))?.[1] ?? '';
	if (word.length === 1 && /\p{Lu}/u.test(word)) return false; // an initial
	const next = /^\s*["'“‘(]*([\p{L}\p{N}]+)/u.exec(text.slice(after))?.[1] ?? '';
	// "No. 5", "Nos. 3 and 4": only before a number, so "The answer was no. Then…" still ends.
	if (/^nos?$/i.test(word)) return !/^\d/.test(next);
	if (!abbreviations.has(word.toLowerCase())) return true;
	// "in the U.S. The talks…": a dotted abbreviation followed by a word that starts sentences.
	return word.includes('.') && sentenceStarters.has(next.toLowerCase());
}

function push(text: string, offset: number, start: number, end: number, into: Sentence[]): void {
	const slice = text.slice(start, end);
	const leading = slice.length - slice.trimStart().length;
	const trimmed = slice.trim();
	if (trimmed.length === 0) return;
	const from = offset + start + leading;
	into.push({sentence: trimmed, start: from, end: from + trimmed.length});
}
