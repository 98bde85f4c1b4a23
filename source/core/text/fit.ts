/**
 * Cut to `width` code points with "…". Pack text may hold wide characters
 * that take two columns; a screen's own truncation catches those.
 */
export function fit(text: string, width: number): string {
	const characters = [...text];
	if (characters.length <= width) return text;
	return width <= 0 ? '' : `${characters.slice(0, width - 1).join('')}…`;
}
