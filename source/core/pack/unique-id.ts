/** Ids are at most this long (the pack schema's rule). */
const maxIdLength = 80;

/** `id`, or `id-2`, `id-3`… — the first that `taken` does not hold, cut so the suffix still fits an id. */
export function freeId(id: string, taken: ReadonlySet<string>): string {
	let candidate = id;
	for (let n = 2; taken.has(candidate); n++) candidate = `${id.slice(0, maxIdLength - `-${n}`.length)}-${n}`;
	return candidate;
}

/** freeId, and the id is taken from then on. */
export function claimId(id: string, taken: Set<string>): string {
	const claimed = freeId(id, taken);
	taken.add(claimed);
	return claimed;
}
