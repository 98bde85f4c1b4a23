import * as chrono from 'chrono-node';
import type {ParsedResult} from 'chrono-node';
import {leadsOf, modifierOf, widenOverLeads, type DateMention, type Precision, type When} from './dates-mention.js';

const monthName = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const weekdayName = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!s)/;
const casualDay = /^(?:(yesterday|last night)|(today|tonight|this (?:morning|afternoon|evening))|(tomorrow))$/i;
const counted = /^(?:(last|past|this|next)\s+(day|week|month|year)|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(day|week|month|year)s?\s+ago)$/i;
const trailingTime = /[\s,]+(?:at\s+)?\d{1,2}(?:[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)(?:\s+[A-Z]{2,4})?$/i;
const mayHoldDate = new RegExp(
	[/\d/, monthName, weekdayName, /\b(?:yesterday|today|tonight|tomorrow|last night|this (?:morning|afternoon|evening)|(?:day|week|month|year)s?)\b/i]
		.map(pattern => pattern.source)
		.join('|'),
	'i',
);
const leadingTime = /^(?:at\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?|noon|midnight)\s+(?=on\s)/i;

/**
 * Date mentions chrono finds in one sentence, with `reference` as the
 * publication instant. Chrono reads generously, so this keeps only what a news
 * sentence means as a date: capitalised month and weekday names ("march" and
 * "Sun" are words), no slash dates ("24/7", "3/4 of voters"), no times alone,
 * no durations or narrative-relative phrases ("for two days", "a day later").
 */
export function chronoMentions(sentence: string, reference: Date): DateMention[] {
	const mentions: DateMention[] = [];
	// chrono is most of extract's time; a sentence with none of the words kept below cannot yield a mention.
	if (!mayHoldDate.test(sentence)) return mentions;
	let results: ParsedResult[];
	try {
		results = chrono.casual.parse(sentence, {instant: reference}, {forwardDate: false});
	} catch {
		return mentions;
	}
	for (const result of results) {
		const mention = toMention(sentence, result);
		if (mention) mentions.push(mention);
	}
	return mentions;
}

function toMention(sentence: string, result: ParsedResult): DateMention | null {
	let start = result.index;
	const wholeEnd = start + result.text.replace(/[\s,]+$/, '').length;
	let text = result.text.replace(/[\s,]+$/, '').replace(trailingTime, '');
	const timeBefore = leadingTime.exec(text)?.[0].length ?? 0;
	start += timeBefore;
	text = text.slice(timeBefore);
	if (text.length === 0 || text.includes('/') || result.tags().has('parser/SlashDateFormatParser')) return null;
	const when = classify(text, result);
	if (!when) return null;
	const widened = widenOverLeads(sentence, start);
	const end = start + text.length;
	text = sentence.slice(widened, end);
	const leads = leadsOf(text);
	// A bare month name is a date only with a lead: "in May", not "May sign" or "the August assembly".
	if (when.kind === 'floating' && when.day === null && leads.length === 0) return null;
	if (when.kind === 'floating' || when.kind === 'weekday') when.modifier = modifierOf(leads);
	return {start: widened, end, text, wholeEnd, leads, attributive: false, when};
}

function classify(text: string, result: ParsedResult): When | null {
	const {start} = result;
	const date = start.date();
	const on = {year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate()};
	const casual = casualDay.exec(text);
	if (casual) return {kind: 'relative', ...on, precision: 'day', future: casual[3] !== undefined};
	const count = counted.exec(text);
	if (count) {
		const unit = (count[2] ?? count[3] ?? '').toLowerCase();
		const precision: Precision | null = unit === 'week' ? null : (unit as Precision);
		return {kind: 'relative', ...on, precision, future: count[1]?.toLowerCase() === 'next'};
	}
	if (result.tags().has('result/relativeDate') || /^now$/i.test(text)) return null;
	const named = monthName.test(text) || isoDate.test(text);
	const month = start.get('month');
	const year = start.isCertain('year') ? start.get('year') : result.end?.isCertain('year') ? result.end.get('year') : null;
	if (start.isCertain('day') && start.isCertain('month') && named && month !== null) {
		const day = start.get('day');
		if (day === null) return null;
		return year === null ? {kind: 'floating', month, day, modifier: null} : {kind: 'year', year, month, day};
	}
	if (start.isCertain('month') && named && month !== null) {
		return year === null ? {kind: 'floating', month, day: null, modifier: null} : {kind: 'year', year, month, day: null};
	}
	const weekday = start.get('weekday');
	if (start.isCertain('weekday') && weekday !== null && weekdayName.test(text)) return {kind: 'weekday', weekday, modifier: null};
	return null;
}
