/**
 * Cloze text marks each gap inline as {{answer|alternative|…}}: the first
 * entry is the answer shown after grading, the rest are also accepted.
 */
export type ClozeSegment = {kind: 'text'; text: string} | {kind: 'gap'; index: number; accepted: string[]};

const gapPattern = /\{\{([^{}]*)\}\}/g;

export function parseCloze(text: string): ClozeSegment[] {
	const segments: ClozeSegment[] = [];
	let last = 0;
	let index = 0;
	for (const match of text.matchAll(gapPattern)) {
		if (match.index > last) segments.push({kind: 'text', text: text.slice(last, match.index)});
		const accepted = (match[1] ?? '')
			.split('|')
			.map(part => part.trim())
			.filter(part => part.length > 0);
		segments.push({kind: 'gap', index: index++, accepted});
		last = match.index + match[0].length;
	}
	if (last < text.length) segments.push({kind: 'text', text: text.slice(last)});
	return segments;
}

export function clozeGaps(text: string): string[][] {
	return parseCloze(text).flatMap(segment => (segment.kind === 'gap' ? [segment.accepted] : []));
}

/** The sentence with each gap replaced by what `gapText` gives for it: the answers, the learner's words, blanks. */
export function fillGaps(segments: readonly ClozeSegment[], gapText: (index: number, accepted: string[]) => string): string {
	return segments.map(segment => (segment.kind === 'text' ? segment.text : gapText(segment.index, segment.accepted))).join('');
}
