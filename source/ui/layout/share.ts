/**
 * Cuts the tallest items (the last of equals, so the first stay whole) one
 * line at a time, never below one line, until they fit in `budget` or every
 * item is down to one line.
 */
export function shrinkToFit(heights: readonly number[], budget: number): number[] {
	const result = [...heights];
	let total = result.reduce((sum, height) => sum + height, 0);
	while (total > budget) {
		let tallest = -1;
		for (const [index, height] of result.entries()) if (height > 1 && (tallest === -1 || height >= result[tallest]!)) tallest = index;
		if (tallest === -1) break;
		result[tallest]!--;
		total--;
	}
	return result;
}

export type Claim = {natural: number; min: number};

/**
 * Shares `height` lines among parts listed most important first: each part
 * gets its minimum in that order, then grows towards its natural size in
 * the same order. Without a height every part gets its natural size.
 */
export function shareLines(claims: readonly Claim[], height: number | undefined): number[] {
	if (height === undefined) return claims.map(claim => claim.natural);
	let left = height;
	const given = claims.map(claim => {
		const lines = Math.max(0, Math.min(claim.min, claim.natural, left));
		left -= lines;
		return lines;
	});
	return given.map((lines, index) => {
		const more = Math.max(0, Math.min((claims[index]?.natural ?? 0) - lines, left));
		left -= more;
		return lines + more;
	});
}
