/** What a date mention fixes, before it is resolved against the publication date and context. */
export type When =
	/** The text gives the year, maybe the month and day too. */
	| {kind: 'year'; year: number; month: number | null; day: number | null}
	/** A month, maybe with a day, but no year: "In October", "October 26". */
	| {kind: 'floating'; month: number; day: number | null; modifier: Modifier}
	| {kind: 'weekday'; weekday: number; modifier: Modifier}
	/** Counted from the publication date: "yesterday", "last month", "two years ago". */
	| {kind: 'relative'; year: number; month: number; day: number; precision: Precision | null; future: boolean}
	/** A time the text names without a value we can write: "the 1990s". */
	| {kind: 'vague'};

export type Modifier = 'last' | 'this' | 'next' | null;
export type Precision = 'year' | 'month' | 'day';

export type DateMention = {
	/** Offsets of `text` within its sentence. */
	start: number;
	end: number;
	text: string;
	/** Where the date and any time written with it ("10:00 IST") end: the words an event leaves out. */
	wholeEnd: number;
	/** Lead words that open `text`, lowercased: ["later", "in"], ["on"], ["since"]. */
	leads: string[];
	/** "the 1951 San Francisco Peace Treaty", "the Joint Declaration of 1956": the year names a thing, not the time of the clause. */
	attributive: boolean;
	when: When;
};

const leadWords = 'later|earlier|early|late|mid|since|until|till|by|from|between|in|on|during|before|after|through|throughout|around|circa|last|this|next';

/** Lead words written before a date: "Later in ", "earlier this ", "in mid-". At most three. */
const leadBefore = new RegExp(`(?:(?<!\\p{L})(?:${leadWords})\\s+|(?<!\\p{L})mid-){1,3}$`, 'iu');
const leadAtStart = new RegExp(`^(?:(?:${leadWords})\\s+|mid-){1,3}`, 'i');

/** Where a date's text starts once the lead words before `start` are included. */
export function widenOverLeads(sentence: string, start: number): number {
	const match = leadBefore.exec(sentence.slice(0, start));
	return match ? start - match[0].length : start;
}

/** The lead words that open a date's text. */
export function leadsOf(text: string): string[] {
	return (leadAtStart.exec(text)?.[0] ?? '').toLowerCase().split(/[\s-]+/).filter(Boolean);
}

/** Leads after which an explicit year does not set the year for later month-only mentions: it bounds a period instead. */
export const boundingLeads = new Set(['since', 'until', 'till', 'by', 'before', 'after', 'from', 'between', 'through', 'throughout']);

export function modifierOf(leads: readonly string[]): Modifier {
	const last = leads.at(-1);
	return last === 'last' || last === 'this' || last === 'next' ? last : null;
}
