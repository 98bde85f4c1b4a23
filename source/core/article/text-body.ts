import {isCaption, isEndHeading, isImagePlaceholder, isLinkBlockHeading} from './furniture.js';
import type {ScoredUnit} from './text-score.js';

/** The contiguous run of units with the largest total score (Kadane's maximum subarray). */
export function densestRegion(units: ScoredUnit[]): {start: number; end: number} {
	let best = {start: 0, end: -1, sum: 0};
	let start = 0;
	let sum = 0;
	for (const [index, unit] of units.entries()) {
		if (sum <= 0) {
			start = index;
			sum = 0;
		}
		sum += unit.score;
		if (sum > best.sum) best = {start, end: index, sum};
	}
	return best;
}

export function isProse(unit: ScoredUnit): boolean {
	const {words, endsSentence} = unit.features;
	return words >= (unit.bullet ? 12 : 5) && endsSentence && !unit.furniture;
}

/** A standfirst or closing line may lack a full stop but still reads as a sentence. */
function isEdgeProse(unit: ScoredUnit): boolean {
	const {words, stopRatio, lowerRatio} = unit.features;
	return isProse(unit) || (words >= 10 && stopRatio >= 0.15 && lowerRatio >= 0.6 && !unit.bullet && !unit.furniture);
}

/**
 * The article's units between start and end, without the furniture inside it:
 * prompts, captions, tag bullets, blocks of links to other stories; and
 * without anything but prose at either end.
 */
export function keptInside(units: ScoredUnit[], start: number, end: number): ScoredUnit[] {
	const kept: ScoredUnit[] = [];
	let inLinkBlock = false;
	for (let index = Math.max(0, start); index <= end && index < units.length; index++) {
		const unit = units[index]!;
		if (isLinkBlockHeading(unit.text) || isEndHeading(unit.text)) {
			inLinkBlock = true;
			continue;
		}
		if (inLinkBlock && !isProse(unit)) continue;
		inLinkBlock = false;
		if (unit.furniture || isCaption(unit.text) || isImagePlaceholder(unit.text)) continue;
		if (unit.bullet && unit.features.words < 5) continue;
		if (unit.repeated && !isProse(unit)) continue;
		kept.push(unit);
	}
	let first = 0;
	let last = kept.length - 1;
	while (first <= last && !isEdgeProse(kept[first]!)) first++;
	while (last >= first && !isEdgeProse(kept[last]!)) last--;
	return kept.slice(first, last + 1);
}
