import {leadsOf, widenOverLeads, type DateMention} from './dates-mention.js';

/** Four digits from 1000 to 2099 standing alone: not in "1,945", "10:00", "3.2022", "2022/23", "15%" or "$2000". */
const yearPattern = /(?<![\p{L}\p{N}$€£¥#.,:/'’])(1\d{3}|20\d{2})(?![\p{L}\p{N}%]|[.,:/]\d)/gu;
const decadePattern = /(?<![\p{L}\p{N}$€£¥#.,:/'’-])(?:the\s+)?((?:1\d|20)\d0)s(?![\p{L}\p{N}])/giu;

/** Nouns that make a four-digit number a count: "in 2000 cases", "some 1500 troops". */
const countNoun =
	/^\s+(?:people|persons|men|women|children|troops|soldiers|residents|civilians|refugees|migrants|prisoners|members|votes|voters|cases|deaths|dead|casualties|workers|students|families|homes|houses|buildings|km|kilometres|kilometers|miles|metres|meters|feet|tonnes|tons|barrels|dollars|euros|rubles|roubles|yen|pounds|hectares|acres|units|times|pages|words|points|seats|delegates|jobs|vehicles|tanks|drones|missiles|flights|ships|sq|square)\b/i;

/** "in the summer of 1945", "by the end of 2024": a part of the year, which the text then includes. */
const partOfYear =
	/(?:(?<!\p{L})(?:in|during|by|since|until|from|before|after)\s+)?(?<!\p{L})the\s+(?:(?:early|late)\s+)?(?:spring|summer|autumn|fall|winter|beginning|start|end|middle|first half|second half|turn)\s+of\s+$/iu;

/** Before a year that names a thing: "the 1951 San Francisco Peace Treaty", "a 2019 report". */
const determinerBefore = /(?<!\p{L})(?:the|a|an|its|their|his|her|our|this|that)\s+$/iu;

/**
 * Years written without a month or day. A four-digit number is a year only
 * with a sign of it: a lead ("in 1945", "since 2003", "in early 2022"), "of"
 * ("the Joint Declaration of 1956"), a determiner before it and a word after
 * it ("the 1951 treaty"), brackets, a possessive, or the second half of a
 * range ("between 1945 and 1951"). `taken` are spans chrono already read.
 */
export function yearMentions(sentence: string, taken: ReadonlyArray<{start: number; end: number}>): DateMention[] {
	const mentions: DateMention[] = [];
	const free = (start: number, end: number) => taken.every(span => end <= span.start || start >= span.end);
	let previousEnd = -1;
	for (const match of sentence.matchAll(yearPattern)) {
		const start = match.index;
		const end = start + match[0].length;
		if (!free(start, end)) continue;
		const after = sentence.slice(end);
		if (countNoun.test(after)) continue;
		const before = sentence.slice(0, start);
		const part = partOfYear.exec(before);
		const widened = part ? part.index : widenOverLeads(sentence, start);
		const leads = leadsOf(sentence.slice(widened, end));
		const attributive = !part && (/(?<!\p{L})of\s+$/u.test(before) || (determinerBefore.test(before) && /^\s+\p{L}/u.test(after)));
		const marked =
			part !== null ||
			leads.length > 0 ||
			attributive ||
			(/\(\s*$/.test(before) && /^\s*\)/.test(after)) ||
			/^['’]s(?!\p{L})/u.test(after) ||
			(previousEnd >= 0 && /^\s*(?:and|to|or|–|-)\s*$/.test(sentence.slice(previousEnd, start)));
		if (!marked) continue;
		const year = Number(match[1]);
		mentions.push({start: widened, end, text: sentence.slice(widened, end), wholeEnd: end, leads, attributive, when: {kind: 'year', year, month: null, day: null}});
		previousEnd = end;
	}
	for (const match of sentence.matchAll(decadePattern)) {
		const end = match.index + match[0].length;
		if (!free(match.index, end)) continue;
		const start = widenOverLeads(sentence, match.index);
		const text = sentence.slice(start, end);
		mentions.push({start, end, text, wholeEnd: end, leads: leadsOf(text), attributive: false, when: {kind: 'vague'}});
	}
	return mentions;
}
