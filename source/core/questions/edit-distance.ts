/**
 * Damerau–Levenshtein distance, optimal-string-alignment variant: insertions,
 * deletions, substitutions and swaps of two neighbours each cost 1. Works on
 * code points, so a letter outside the BMP counts once.
 */
export function editDistance(a: string, b: string): number {
	const left = Array.from(a);
	const right = Array.from(b);
	const width = right.length + 1;
	// Three rows: the one before the previous (for swaps), the previous, the current.
	let beforePrevious: number[] = [];
	let previous = Array.from({length: width}, (_, index) => index);
	for (let row = 1; row <= left.length; row++) {
		const current = [row];
		for (let column = 1; column <= right.length; column++) {
			const cost = left[row - 1] === right[column - 1] ? 0 : 1;
			let best = Math.min(previous[column]! + 1, current[column - 1]! + 1, previous[column - 1]! + cost);
			if (row > 1 && column > 1 && left[row - 1] === right[column - 2] && left[row - 2] === right[column - 1]) {
				best = Math.min(best, beforePrevious[column - 2]! + 1);
			}
			current.push(best);
		}
		beforePrevious = previous;
		previous = current;
	}
	return previous[right.length]!;
}
