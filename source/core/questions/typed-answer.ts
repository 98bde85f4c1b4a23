import {editDistance} from './edit-distance.js';
import {answerKey, digitRuns} from './normalize.js';

export type TypedMatch = {
	ok: boolean;
	/** Set when the answer was accepted with a typo: the accepted spelling it was closest to. */
	typo?: string;
};

/**
 * How many typos (Damerau–Levenshtein edits) an answer of this length
 * (letters and digits, no spaces) tolerates: none up to 4 characters ("USA",
 * "Kyiv"), 1 up to 8 ("Peskov"), 2 up to 15 ("Sergei Lavrov"), 3 beyond.
 */
export function typoAllowance(length: number): number {
	if (length <= 4) return 0;
	if (length <= 8) return 1;
	if (length <= 15) return 2;
	return 3;
}

/**
 * Whether a typed answer matches one of the accepted spellings, ignoring case,
 * accents, punctuation, spacing and a leading "the", and allowing a few typos
 * in proportion to the answer's length (see typoAllowance). Numbers must be exactly
 * right: "1951" never matches "1956". An exact match beats a near one.
 */
export function matchesTypedAnswer(given: string, accepted: readonly string[]): TypedMatch {
	const givenKey = answerKey(given);
	if (givenKey.length === 0) return {ok: false};
	const givenDigits = digitRuns(given).join(' ');
	let best: {distance: number; spelling: string} | undefined;
	for (const spelling of accepted) {
		const key = answerKey(spelling);
		if (key.length === 0 || digitRuns(spelling).join(' ') !== givenDigits) continue;
		if (key === givenKey) return {ok: true};
		const distance = editDistance(givenKey, key);
		// The shorter spelling sets the allowance, so a missing chunk is not waved through: "Austria" ≠ "Australia".
		const allowance = typoAllowance(Math.min(key.length, givenKey.length));
		if (distance <= allowance && (!best || distance < best.distance)) best = {distance, spelling};
	}
	return best ? {ok: true, typo: best.spelling} : {ok: false};
}
