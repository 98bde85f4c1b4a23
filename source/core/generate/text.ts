import {normalizeAnswer} from '../questions/normalize.js';

/**
 * `text` cut to at most `max` characters at a word boundary, with "…" when
 * anything was cut. Never cuts mid-word; trailing punctuation before the
 * ellipsis is dropped ("talks, …" → "talks…").
 */
export function shortenAtWord(text: string, max: number): string {
	const clean = text.trim().replace(/\s+/g, ' ');
	if (clean.length <= max) return clean;
	const room = clean.slice(0, max); // leave space for the ellipsis below
	const boundary = room.lastIndexOf(' ');
	const cut = boundary > 0 ? room.slice(0, boundary) : room.slice(0, max - 1).replace(/\S+$/, '');
	const trimmed = cut.replace(/[\s,;:–—-]+$/u, '');
	return trimmed === '' ? clean.slice(0, max) : `${trimmed}…`;
}

/** Whether `phrase` occurs in `text` as whole words, ignoring case, accents and punctuation. */
export function containsPhrase(text: string, phrase: string): boolean {
	const needle = folded(phrase);
	if (needle === '') return false;
	return ` ${folded(text)} `.includes(` ${needle} `);
}

/** Same text for a learner: equal after folding case, accents, punctuation and a leading "the". */
export function sameText(a: string, b: string): boolean {
	return folded(a) === folded(b);
}

// Distractor choice compares the same few hundred names thousands of times.
const foldCache = new Map<string, string>();

/** normalizeAnswer, remembered. */
export function folded(text: string): string {
	let result = foldCache.get(text);
	if (result === undefined) {
		if (foldCache.size > 20_000) foldCache.clear();
		result = normalizeAnswer(text);
		foldCache.set(text, result);
	}
	return result;
}

export function capitalize(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A short stable hash of a string (FNV-1a, base 36): ids that follow content, not position. */
export function contentHash(text: string): string {
	let hash = 0x811c9dc5;
	for (let index = 0; index < text.length; index++) {
		hash ^= text.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(36).padStart(7, '0');
}

/** Words that say nothing on their own as a speaker or a subject. */
export const pronouns = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'his', 'her', 'its', 'their', 'this', 'that', 'these', 'those', 'unknown speaker']);

/** Starts with a pronoun: "it was walking away…" means nothing outside its article. */
export function startsWithPronoun(text: string): boolean {
	const first = text.trim().split(/\s+/)[0]?.toLowerCase().replace(/[^a-z]/g, '') ?? '';
	return pronouns.has(first);
}
