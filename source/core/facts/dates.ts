import type {ExtractedDate} from './facts.js';
import {splitSentences} from './sentences.js';
import {chronoMentions} from './dates-chrono.js';
import {boundingLeads, type DateMention} from './dates-mention.js';
import {parsePublished, referenceInstant, resolveWhen} from './dates-resolve.js';
import {linkRanges} from './dates-ranges.js';
import {speaksOfFuture} from './dates-tense.js';
import {yearMentions} from './dates-years.js';
import {datelineEnd, eventFor} from './events.js';

/**
 * Dates in an article body, in order, each with its value at the precision
 * the text gives (see resolveWhen for relative dates), the clause it anchors
 * and its sentence. `published` is the article's YYYY-MM-DD; without it
 * relative dates have no value. Vague times ("in recent years", "for decades")
 * are not dates; a decade ("the 1990s") is kept with no value.
 */
export function extractDates(body: string, published: string | null): ExtractedDate[] {
	const day = parsePublished(published);
	const reference = referenceInstant(day);
	const dates: ExtractedDate[] = [];
	let contextYear: number | null = null;
	for (const evidence of splitSentences(body)) {
		const {sentence} = evidence;
		const mentions = findMentions(sentence, reference);
		const spans = linkRanges(sentence, mentions);
		for (const [index, mention] of mentions.entries()) {
			const future = speaksOfFuture(sentence, mention.start, mention.end);
			const value = resolveWhen(mention.when, {published: day, contextYear, future});
			contextYear = nextContextYear(mention, contextYear);
			const span = spans[index] ?? spanOf(mention);
			const others = spans.filter(other => other !== span);
			dates.push({text: mention.text, value, event: eventFor(sentence, span, others), evidence: {...evidence}});
		}
	}
	return dates;
}

const spanOf = (mention: DateMention) => ({start: mention.start, end: mention.wholeEnd});

function findMentions(sentence: string, reference: Date): DateMention[] {
	const fromChrono = chronoMentions(sentence, reference);
	const dateline = datelineEnd(sentence);
	const mentions = [...fromChrono.filter(mention => mention.start >= dateline), ...yearMentions(sentence, fromChrono.map(spanOf))];
	return mentions.sort((a, b) => a.start - b.start);
}

/**
 * A narrative date with its year ("in March 2022", "in 1945") sets the year
 * for month-only mentions after it ("Later in April", "In October"); a date
 * counted from publication ("on Friday", "last month") brings the story back
 * to the present. A year that bounds a period ("since 2003") or names a thing
 * ("the 1951 treaty") changes nothing.
 */
function nextContextYear(mention: DateMention, current: number | null): number | null {
	const {when} = mention;
	if (when.kind === 'weekday' || when.kind === 'relative') return null;
	if (when.kind !== 'year' || mention.attributive || boundingLeads.has(mention.leads[0] ?? '')) return current;
	return when.year;
}
