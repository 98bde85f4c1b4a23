const fnvOffset = 0xcbf29ce484222325n;
const fnvPrime = 0x100000001b3n;
const mask64 = (1n << 64n) - 1n;
const mask53 = (1n << 53n) - 1n;

/**
 * A question's number for the FSRS optimizer, which wants an integer card id:
 * FNV-1a (64-bit) of the pack and question ids, cut to 53 bits so it is a
 * safe JavaScript integer. The same ids always give the same number, on any
 * machine and in any version; a collision needs about 10^8 questions.
 */
export function cardId(packId: string, questionId: string): number {
	// A NUL between them: ids never contain one, so "a"+"b-c" and "a-b"+"c" differ.
	const bytes = new TextEncoder().encode(`${packId}\u0000${questionId}`);
	let hash = fnvOffset;
	for (const byte of bytes) hash = ((hash ^ BigInt(byte)) * fnvPrime) & mask64;
	return Number(hash & mask53);
}
