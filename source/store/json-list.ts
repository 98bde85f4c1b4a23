/**
 * A JSON list of already-serialized items, one item per line at a top-level
 * key's indentation, so a diff of the file shows which items changed.
 */
export function jsonListByLine(items: readonly string[]): string {
	return items.length === 0 ? '[]' : `[\n\t\t${items.join(',\n\t\t')}\n\t]`;
}
