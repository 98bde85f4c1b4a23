import {findDates} from './published-date.js';

/**
 * Bylines: "By ANI | Updated: …", "By Al Mayadeen English", "By Troy L. Smith,
 * Cleveland.com". The name is the byline; it is also the outlet when it names
 * an organisation rather than a person.
 */

const bylinePrefix = /^(?:by|written by|posted by|reported by|words by|story by|von|por|par|di|door|av)\s+(?=\S)/iu;
const nameEnd = /\s+(?:[|•·—–-]|updated|published|posted|on|at)\s|[|•·@(]|,\s|\d/iu;

// Wire services whose name stands in for a reporter's.
const agencies = new Set(
	[
		'ap', 'associated press', 'the associated press', 'reuters', 'afp', 'agence france-presse', 'agence france presse',
		'ani', 'pti', 'ians', 'uni', 'tass', 'ria novosti', 'xinhua', 'bloomberg', 'dpa', 'efe', 'ansa', 'kyodo', 'kyodo news',
		'yonhap', 'anadolu', 'anadolu agency', 'sputnik', 'wam', 'spa', 'irna', 'bernama', 'aap', 'cna', 'upi', 'kuna', 'apa',
	],
);
// Words that name an organisation, not a person.
const organisationWord =
	/\b(?:news|english|times|post|press|media|agency|agencies|staff|desk|bureau|network|tv|radio|journal|herald|tribune|daily|weekly|magazine|online|team|editors?|editorial|newsroom|reporters?|correspondents?|service|wire|group|\.com|\.net|\.org)\b/iu;

export type Byline = {name: string; organisation: boolean};

/** The name in a byline line, or null when the line is not a byline. */
export function parseByline(text: string, nextText?: string): Byline | null {
	const trimmed = text.trim();
	let rest: string;
	if (bylinePrefix.test(trimmed)) rest = trimmed.replace(bylinePrefix, '');
	else if (/^by:?$/iu.test(trimmed) && nextText) rest = nextText.trim();
	else return null;
	const dateStart = findDates(rest)[0]?.index ?? rest.length;
	rest = rest.slice(0, dateStart);
	const end = nameEnd.exec(rest);
	const name = (end ? rest.slice(0, end.index) : rest).replace(/[\s,:;.]+$/u, '').trim();
	const words = name.split(/\s+/u).length;
	if (name.length < 2 || name.length > 60 || words > 6 || !/^\p{Lu}/u.test(name)) return null;
	return {name, organisation: isOrganisation(name)};
}

/** A byline from page metadata, without "By" and without a date run into it. */
export function cleanByline(value: string): string | null {
	let name = value.trim().replace(/^by:?\s+/iu, '');
	const date = findDates(name)[0];
	if (date && date.index > 0) name = name.slice(0, date.index);
	name = name.replace(/[\s,;:|–—-]+$/u, '').trim();
	return name.length > 0 ? name : null;
}

/** A site name given as an address: "https://www.example.in" → "example.in". */
export function cleanOutlet(value: string): string | null {
	const trimmed = value.trim();
	const host = /^https?:\/\/(?:www\.)?([^/\s]+)/iu.exec(trimmed)?.[1];
	const name = host ?? trimmed;
	return name.length > 0 ? name : null;
}

export function isOrganisation(name: string): boolean {
	return agencies.has(name.toLowerCase()) || organisationWord.test(name);
}

/** The holder in a copyright line: "© 2019 The New York Times Company" → "The New York Times Company". */
export function copyrightHolder(text: string): string | null {
	// A year is required: "© Reuters / Jane Doe" under a photo credits the photo, not the page.
	const match = /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*(?:by\s+)?([\p{Lu}][^.|•\n(]{1,80})/imu.exec(text);
	const holder = match?.[1]
		?.replace(/\s+(?:or|and) (?:its|their) affiliates?\b.*$|\s*,?\s*all rights reserved.*$/iu, '')
		.replace(/[\s,;:–—-]+$/u, '')
		.trim();
	return holder && holder.length > 1 && holder.split(/\s+/u).length <= 8 && !/^(?:the|all|by)$/iu.test(holder) ? holder : null;
}
