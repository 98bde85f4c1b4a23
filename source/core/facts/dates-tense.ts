const futureWord = /^(?:will|shall|won['’]t|would|upcoming|planned|scheduled)$|['’]ll$/i;
/** Future only before "to": "is due to", "set to", "expected to", "plans to". */
const futureBeforeTo = /^(?:due|set|expected|going|plans?|intends?|aims?)$/i;
const pastWord = /^(?:said|says|told|tells|announced|stated|added|noted|reported|confirmed|declared|was|were|had|did|met|held|signed|left|came|went|took|made|gave|began|won|lost|rejected)$|^\p{L}{3,}ed$/iu;
/** A participle after these belongs to a future or passive verb group ("will be held"), not a past tense. */
const auxiliary = /^(?:be|been|being|is|are|get|to)$/i;

/**
 * Whether the verb a date hangs on speaks of the future: "talks will resume on
 * Tuesday", "the summit, due to open on Friday". Reads back from the date to
 * the clause start, or forward from a fronted date ("On Friday, Peskov said"),
 * and the nearest tensed word decides.
 */
export function speaksOfFuture(sentence: string, start: number, end: number): boolean {
	const before = sentence.slice(0, start);
	const back = words(before.slice(Math.max(lastBreak(before), 0)));
	if (back.length > 0) return decide(back, [...back.keys()].reverse());
	const ahead = words(sentence.slice(end).replace(/^[\s,]+/, '').split(/[;:.!?]/)[0] ?? '');
	return decide(ahead, [...ahead.keys()]);
}

function decide(sequence: readonly string[], order: readonly number[]): boolean {
	for (const index of order.slice(0, 10)) {
		const word = sequence[index] ?? '';
		if (futureWord.test(word) || (futureBeforeTo.test(word) && sequence[index + 1]?.toLowerCase() === 'to')) return true;
		if (pastWord.test(word) && !auxiliary.test(sequence[index - 1] ?? '')) return false;
	}
	return false;
}

function lastBreak(text: string): number {
	let at = -1;
	for (const match of text.matchAll(/[,;:"“”—]|\bthat\b/g)) at = match.index + match[0].length;
	return at;
}

function words(text: string): string[] {
	return text.split(/[^\p{L}'’]+/u).filter(Boolean);
}
