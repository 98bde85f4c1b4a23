import {deriveSeed, seededRandom, shuffle, shuffleAwayFrom} from '../../../core/random.js';

function indices(count: number): number[] {
	return Array.from({length: count}, (_, index) => index);
}

/** Display order as indices into the original list, fixed for one session and question. */
export function shuffledOrder(count: number, seed: number, questionId: string): number[] {
	return shuffle(indices(count), seededRandom(deriveSeed(seed, questionId)));
}

/** Like shuffledOrder, but never the original order (when there are two or more). */
export function shuffledAwayOrder(count: number, seed: number, questionId: string): number[] {
	return shuffleAwayFrom(indices(count), seededRandom(deriveSeed(seed, questionId)));
}
