/** The slice of a list to draw so the cursor stays in view: [start, end). */
export function visibleWindow(length: number, cursor: number, capacity: number): {start: number; end: number} {
	if (length <= capacity) return {start: 0, end: length};
	const start = Math.min(Math.max(0, cursor - Math.floor(capacity / 2)), length - capacity);
	return {start, end: start + capacity};
}
