/** A seeded random source (mulberry32): the same seed gives the same sequence. */
export type Random = () => number;

export function seededRandom(seed: number): Random {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A fresh seed for a session the command line gave none: the one place factdrill draws real randomness. */
export function randomSeed(): number {
	return Math.floor(Math.random() * 1_000_000_000);
}

/** A seed that mixes a session seed with a string such as a question id. */
export function deriveSeed(seed: number, key: string): number {
	let hash = (seed ^ 0x811c9dc5) >>> 0;
	for (let index = 0; index < key.length; index++) {
		hash ^= key.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash;
}

/** Fisher–Yates on a copy. */
export function shuffle<T>(items: readonly T[], random: Random): T[] {
	const result = [...items];
	for (let index = result.length - 1; index > 0; index--) {
		const other = Math.floor(random() * (index + 1));
		[result[index], result[other]] = [result[other]!, result[index]!];
	}
	return result;
}

/**
 * Shuffles so that the order differs from the given one whenever that is
 * possible: an `order` question must never start out already solved.
 */
export function shuffleAwayFrom<T>(items: readonly T[], random: Random): T[] {
	if (items.length < 2) return [...items];
	for (let attempt = 0; attempt < 8; attempt++) {
		const result = shuffle(items, random);
		if (result.some((item, index) => item !== items[index])) return result;
	}
	return [...items.slice(1), items[0]!];
}
