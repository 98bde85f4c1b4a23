import {slug} from '../../core/facts/facts-document.js';
import {fillGaps, parseCloze} from '../../core/pack/cloze.js';
import {freeId} from '../../core/pack/unique-id.js';

/** Ids are at most 80 characters; a readable stem leaves room for a "-2" suffix. */
const stemLength = 48;

/**
 * An id made from text — "Where was the charter sealed?" gives
 * "where-was-the-charter-sealed" — cut at a word, and made unique with the
 * first free "-2", "-3"… When the text has no Latin letters or digits the
 * fallback is used.
 */
export function idFromText(text: string, taken: ReadonlySet<string>, fallback: string): string {
	let stem = slug(text);
	if (stem.length > stemLength) stem = stem.slice(0, stem.lastIndexOf('-', stemLength) > 0 ? stem.lastIndexOf('-', stemLength) : stemLength);
	return freeId(stem.replace(/-+$/, '') || fallback, taken);
}

/** A cloze sentence reads better as an id with its answers in place than its generic instruction. */
export function clozeSentence(text: string): string {
	return fillGaps(parseCloze(text), (_index, accepted) => accepted[0] ?? '');
}
