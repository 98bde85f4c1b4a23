/**
 * Which whole items of a list of multi-row items fit in `height` rows from
 * `top` on, with a row for "↑ n more" when items are hidden above and one
 * for "↓ n more" when items are hidden below. An item too tall for the room
 * is shown alone, cut (the caller cuts it to `room`).
 */
export type TimelineWindow = {start: number; end: number; above: boolean; below: boolean; room: number};

export function timelineWindow(heights: readonly number[], top: number, height: number): TimelineWindow {
	const start = Math.max(0, Math.min(top, lastTop(heights, height)));
	const above = start > 0;
	let used = above ? 1 : 0;
	let end = start;
	while (end < heights.length) {
		const more = end + 1 < heights.length ? 1 : 0;
		if (used + (heights[end] ?? 0) + more > height && end > start) break;
		used += heights[end] ?? 0;
		end++;
	}
	const below = end < heights.length;
	return {start, end, above, below, room: Math.max(1, height - (above ? 1 : 0) - (below ? 1 : 0))};
}

/** The last `top` worth scrolling to: from there on everything is in view. */
export function lastTop(heights: readonly number[], height: number): number {
	let total = 0;
	for (let start = heights.length - 1; start >= 0; start--) {
		total += heights[start] ?? 0;
		if (total + (start > 0 ? 1 : 0) > height) return Math.min(heights.length - 1, start + 1);
	}
	return 0;
}

export type ScrollMove = 'up' | 'down' | 'pageUp' | 'pageDown';

/** The new top after a key: one item, or a page so the next page starts where this one ended. */
export function scrollTimeline(top: number, move: ScrollMove, heights: readonly number[], height: number): number {
	const last = lastTop(heights, height);
	const current = Math.max(0, Math.min(top, last));
	switch (move) {
		case 'up':
			return Math.max(0, current - 1);
		case 'down':
			return Math.min(last, current + 1);
		case 'pageDown':
			return Math.min(last, Math.max(current + 1, timelineWindow(heights, current, height).end));
		case 'pageUp': {
			// The furthest start from which the page still reaches the current top.
			let start = Math.max(0, current - 1);
			while (start > 0 && timelineWindow(heights, start - 1, height).end >= current) start--;
			return start;
		}
	}
}
