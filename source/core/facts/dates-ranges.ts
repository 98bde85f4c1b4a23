import type {DateMention} from './dates-mention.js';
import type {Span} from './events.js';

const joint = /^\s*(?:and|to|or|until|till|through|–|—|-)\s*$/;

/**
 * Mentions joined as a range ("between March and May 2022", "from 1945 to
 * 1951") share the span the range covers, so an event drops the whole range;
 * a month with no year before one with a year takes that year ("March" →
 * March 2022). Returns each mention's span to drop, in order.
 */
export function linkRanges(sentence: string, mentions: DateMention[]): Span[] {
	const spans = mentions.map(mention => ({start: mention.start, end: mention.wholeEnd}));
	let first = 0;
	for (let index = 1; index <= mentions.length; index++) {
		const previous = mentions[index - 1];
		const current = mentions[index];
		if (previous && current && joint.test(sentence.slice(previous.wholeEnd, current.start))) continue;
		const group = mentions.slice(first, index);
		const span = {start: group[0]?.start ?? 0, end: group.at(-1)?.wholeEnd ?? 0};
		for (let member = first; member < index; member++) spans[member] = span;
		lendYear(group);
		first = index;
	}
	return spans;
}

function lendYear(group: DateMention[]): void {
	const last = group.at(-1)?.when;
	if (group.length < 2 || last?.kind !== 'year') return;
	for (const mention of group) {
		if (mention.when.kind === 'floating') mention.when = {kind: 'year', year: last.year, month: mention.when.month, day: mention.when.day};
	}
}
