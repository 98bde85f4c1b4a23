import type {Token} from './quotes-tokens.js';
import type {CueClass} from './quotes-cues.js';
import {cueIndex} from './quotes-cues.js';
import type {Cue} from './quotes-cue-finder.js';
import type {Range} from './quotes-phrases.js';
import {audience, isPunct, isWord, leftSubject, rightSpeaker, skipAdverbials, skipAuxiliariesLeft} from './quotes-phrases.js';
import {attributedAfter, contentEnd, continuesClause, trailingStart} from './quotes-content.js';
import {auxiliaries, clauseWords, isAdverb, nounLike, subjectPronouns} from './quotes-words.js';

/** One attribution found in a unit's tokens, before speakers are resolved. */
export type Candidate = {
	cue: Range;
	cueClasses: CueClass[];
	/** Extra tokens shown with the cue: the audience of `told parliament`. */
	cueExtra: Range | null;
	speaker: Range | null;
	/** The speaker is the one of the attribution before it: `…, adding that …`. */
	inheritsSpeaker: boolean;
	content: Range[];
	pattern: 'forward' | 'trailing' | 'inverted' | 'parenthetical' | 'participle' | 'according' | 'colon' | 'dash';
};

const thatOnly = new Set(['hold', 'assume']);

/** Verbs that attribute only what stands before them: `"…," the letter reads.` */
const trailingOnly = new Set(['read']);

type Base = Pick<Candidate, 'cue' | 'cueClasses' | 'cueExtra' | 'inheritsSpeaker'>;

/** The attributions a cue can head: participle, subject + verb (forward, trailing, split), or inverted. */
export function candidatesFor(tokens: readonly Token[], cue: Cue): Candidate[] {
	if (cue.lemma === 'according to') return according(tokens, cue);
	// "held a rally", "assumed office": these attribute only a "that" clause.
	if (thatOnly.has(cue.lemma) && tokens[skipAdverbials(tokens, cue.range.to)]?.lower !== 'that') return [];
	const base: Base = {cue: cue.range, cueClasses: cue.classes, cueExtra: null, inheritsSpeaker: false};
	const before = tokens[skipAuxiliariesLeft(tokens, cue.range.from) - 1];
	const coordinated = before?.lower === 'and' || before?.lower === 'but' || before?.lower === 'then';
	if ((cue.form === 'ing' && (isPunct(before, ',', '—', '–', '-', '--') || coordinated || before?.lower === 'while')) || (coordinated && cue.form !== 'base')) {
		const start = contentStartAfter(tokens, cue);
		return start ? [{...base, speaker: null, inheritsSpeaker: true, content: [{from: start.from, to: contentEnd(tokens, start.from)}], pattern: 'participle', cueExtra: start.extra}] : [];
	}
	const subject = plausibleSubject(tokens, leftSubject(tokens, cue.range.from), cue);
	// `Trump unleashed a series of tweets saying …`: a bare -ing after an object reduces a clause of the unit's subject.
	const mainSubject = subject && reducedParticiple(tokens, cue, subject) ? plausibleSubject(tokens, leftSubject(tokens, subject.from - 1), cue) : subject && introParticiple(tokens, cue, subject);
	if (mainSubject) {
		const start = contentStartAfter(tokens, cue);
		// The opening phrase's content ends at its comma, before the main clause.
		const end = mainSubject.from > cue.range.to ? mainSubject.from - 1 : null;
		return start && (end === null || end > start.from) ? [{...base, speaker: mainSubject, content: [{from: start.from, to: end ?? contentEnd(tokens, start.from)}], pattern: 'participle', cueExtra: start.extra}] : [];
	}
	if (subject) return withSubject(tokens, cue, base, subject);
	const invertible = cue.classes.includes('speech') && (cue.form === 'past' || cue.form === 's');
	if (!invertible || !(isPunct(before, ',', ':') || before?.kind === 'quote')) return [];
	// `"…," said Hans Schmidt, the director of …`
	const speaker = rightSpeaker(tokens, skipAdverbials(tokens, cue.range.to));
	if (!speaker) return [];
	const to = before?.kind === 'quote' ? cue.range.from : cue.range.from - 1;
	return [{...base, speaker, content: [{from: trailingStart(tokens, to), to}], pattern: 'inverted'}];
}

const progressive = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", "'m", 'am', 'keep', 'keeps', 'kept']);

/** An -ing cue with no "be" before it, whose noun phrase follows a verb or preposition: that phrase is an object, not the speaker. */
function reducedParticiple(tokens: readonly Token[], cue: Cue, subject: Range): boolean {
	if (cue.form !== 'ing' || subject.from === 0) return false;
	const between = tokens.slice(subject.to, cue.range.from);
	if (between.some(token => progressive.has(token.lower))) return false;
	const before = tokens[subject.from - 1];
	const head = tokens[subject.from];
	return isWord(before) && isWord(head) && !head.capitalised && !before.capitalised && !clauseWords.has(before.lower) && !subjectPronouns.has(before.lower);
}

const introPrepositions = new Set(['in', 'on', 'at', 'through', 'via']);

/** `In a statement announcing the pick, the union called …`: the subject of the clause after the opening phrase. */
function introParticiple(tokens: readonly Token[], cue: Cue, subject: Range): Range | null {
	if ((cue.form !== 'ing' && cue.form !== 'past') || subject.from !== 1 || !introPrepositions.has(tokens[0]?.lower ?? '')) return null;
	if (tokens.slice(subject.to, cue.range.from).some(token => progressive.has(token.lower))) return null;
	const comma = tokens.findIndex((token, index) => index > cue.range.to && index < cue.range.to + 15 && isPunct(token, ','));
	if (comma < 0) return null;
	for (let index = comma + 2; index < comma + 14 && index < tokens.length; index++) {
		const token = tokens[index];
		if (!isWord(token) || token.capitalised) continue;
		if (!auxiliaries.has(token.lower) && !cueIndex.has(token.lower)) continue;
		const main = leftSubject(tokens, index);
		return main && main.from > comma ? main : null;
	}
	return null;
}

function withSubject(tokens: readonly Token[], cue: Cue, base: Base, subject: Range): Candidate[] {
	const start = contentStartAfter(tokens, cue);
	const leftEdge = tokens[subject.from - 1];
	// `On this week's "Meet the Press," Ryan said`: a quoted title inside an opening phrase is not what is attributed.
	const embeddedTitle = leftEdge?.kind === 'quote' && isTitle(leftEdge) && isWord(tokens[subject.from - 2]) && !tokens[subject.from - 2]?.capitalised;
	const quoteBefore = (leftEdge?.kind === 'quote' && !embeddedTitle) || (isPunct(leftEdge, ',') && tokens[subject.from - 2]?.kind === 'quote' && subject.from - 2 === trailingStart(tokens, subject.from));
	if (quoteBefore) {
		// `"…," she said of the election, in which …. "…"`: what follows the verb is not attributed, except a closing quote.
		const quote = subject.from - (leftEdge?.kind === 'quote' ? 1 : 2);
		const content = [{from: trailingStart(tokens, subject.from), to: quote + 1}];
		const closing = closingQuote(tokens, start?.from ?? cue.range.to);
		if (closing !== null) content.push({from: closing, to: closing + 1});
		return [{...base, cueExtra: start?.extra ?? trailingExtra(tokens, cue), speaker: subject, content, pattern: closing === null ? 'trailing' : 'parenthetical'}];
	}
	const hasLeftContent = subject.from > 0 && isPunct(leftEdge, ',', ':', '—', '–', '--');
	const leftIsClause = hasLeftContent && !introductory(tokens, trailingStart(tokens, subject.from), subject.from - 1);
	const left = {from: trailingStart(tokens, subject.from), to: contentTo(tokens, subject.from)};
	if (start === null) return leftIsClause ? [{...base, cueExtra: trailingExtra(tokens, cue), speaker: subject, content: [left], pattern: 'trailing'}] : [];
	const rightIsQuote = tokens[start.from]?.kind === 'quote';
	// `The deal, Ortiz argued, is dead.`
	if (start.parenthetical && leftIsClause && !rightIsQuote && continuesClause(tokens, start.from)) {
		return [{...base, cueExtra: start.extra, speaker: subject, content: [left, {from: start.from, to: contentEnd(tokens, start.from)}], pattern: 'parenthetical'}];
	}
	// `The deal is dead, Ortiz said, but …`
	if (start.parenthetical && leftIsClause && !rightIsQuote) return [{...base, cueExtra: start.extra, speaker: subject, content: [left], pattern: 'trailing'}];
	if (trailingOnly.has(cue.lemma)) return leftIsClause ? [{...base, cueExtra: start.extra, speaker: subject, content: [left], pattern: 'trailing'}] : [];
	return [{...base, cueExtra: start.extra, speaker: subject, content: [{from: start.from, to: clauseEnd(tokens, subject.from, start.from)}], pattern: 'forward'}];
}

/** The quote that closes a unit after a comma: `…, "you give ammunition …"`. */
function closingQuote(tokens: readonly Token[], from: number): number | null {
	let last = tokens.length - 1;
	while (last > from && isPunct(tokens[last])) last--;
	if (last < from || tokens[last]?.kind !== 'quote') return null;
	// `"…," Sanders said, suggesting questions, including, "…"`: that quote belongs to "suggesting".
	if (tokens.slice(from, last).some(token => isWord(token) && !token.capitalised && cueIndex.has(token.lower))) return null;
	return last === from || isPunct(tokens[last - 1], ',', ':', '—', '–', '--') ? last : null;
}

/**
 * Drops subjects that show the cue word is a noun ("a big question remains",
 * "the biggest decline") or a question to the reader ("would you vote for her?").
 */
function plausibleSubject(tokens: readonly Token[], subject: Range | null, cue: Cue): Range | null {
	if (!subject) return null;
	const last = tokens[subject.to - 1];
	const cueWord = tokens[cue.range.from]?.lower ?? '';
	if (last?.lower === 'you' && subject.to - subject.from === 1 && !cue.classes.includes('speech')) return null;
	const adjectival = last !== undefined && !last.capitalised && (/(?:est|ive|al|ous|ful|ic|ing|big|ble)$/.test(last.lower) || /^\p{N}/u.test(last.text) || determinerLike.has(last.lower));
	if (nounLike.has(cueWord) && adjectival && !subjectPronouns.has(last?.lower ?? '')) return null;
	// "the biggest decline", "post-traumatic stress", "some steep challenges": a subject that ends in a modifier is no subject.
	if (last !== undefined && !last.capitalised && (/(?:ous|ful|ical|atic|etic|otic|ific)$/.test(last.lower) || modifiers.has(last.lower))) return null;
	return subject;
}

const modifiers = new Set([
	'steep', 'clear', 'very', 'singular', 'massive', 'big', 'small', 'new', 'old', 'main', 'key', 'top', 'a', 'an', 'the', 'biggest',
	'largest', 'greatest', 'highest', 'lowest', 'latest', 'strongest', 'sharpest', 'steepest', 'deepest', 'smallest', 'worst', 'best',
	'first', 'last', 'only', 'such', 'major', 'minor', 'recent', 'similar', 'serious', 'sharp', 'slight', 'modest', 'huge',
]);

const determinerLike = new Set(['a', 'an', 'the', 'this', 'that', 'his', 'her', 'their', 'its', 'our', 'some', 'any', 'every', 'each', 'no', 'big', 'small', 'new', 'old', 'main', 'key', 'top']);

const subordinators = new Set(['while', 'although', 'though', 'because', 'since', 'if', 'when', 'as', 'after', 'before', 'whereas', 'unless', 'once']);

/** In `While Japan protests the visit, Russia fears …` the attributed words end with the subordinate clause. */
function clauseEnd(tokens: readonly Token[], subjectFrom: number, from: number): number {
	const end = contentEnd(tokens, from);
	if (!subordinators.has(tokens[subjectFrom - 1]?.lower ?? '')) return end;
	for (let index = from + 1; index < end; index++) if (isPunct(tokens[index], ',')) return index;
	return end;
}

/** Excludes the comma before a trailing subject from the content. */
function contentTo(tokens: readonly Token[], subjectFrom: number): number {
	return tokens[subjectFrom - 1]?.kind === 'quote' ? subjectFrom : subjectFrom - 1;
}

type Start = {from: number; extra: Range | null; parenthetical: boolean};

/** Where the attributed words start after a cue, or null when the cue ends its clause (a trailing attribution). */
function contentStartAfter(tokens: readonly Token[], cue: Cue): Start | null {
	let index = cue.range.to;
	let extra: Range | null = null;
	if (cue.classes.includes('tell')) {
		const end = audience(tokens, index);
		if (end > index) extra = {from: index, to: end};
		index = end;
	}
	index = skipAdverbials(tokens, index);
	const token = tokens[index];
	if (token === undefined || isPunct(token, '.', '!', '?', ';', ')')) return null;
	if (token.lower === 'that' && index + 1 < tokens.length) return {from: index + 1, extra, parenthetical: false};
	if (isPunct(token, ',', ':', '—', '–', '--')) {
		// "continues to insist, most recently in an interview with ABC News, that …"
		const insertEnd = tokens.findIndex((other, at) => at > index + 1 && at < index + 16 && isPunct(other, ',') && tokens[at + 1]?.lower === 'that');
		if (insertEnd > 0 && !tokens.slice(index + 1, insertEnd).some(other => other.kind !== 'word' || cueIndex.has(other.lower))) return {from: insertEnd + 2, extra, parenthetical: false};
		const next = tokens[index + 1];
		if (next === undefined || (isPunct(token, ',') && attributedAfter(tokens, index + 1))) return null;
		if (next.kind === 'quote' || isPunct(token, ':')) return {from: index + 1, extra, parenthetical: isPunct(token, ',')};
		return {from: index + 1, extra, parenthetical: true};
	}
	return {from: index, extra, parenthetical: false};
}

function trailingExtra(tokens: readonly Token[], cue: Cue): Range | null {
	if (!cue.classes.includes('tell')) return null;
	const end = audience(tokens, cue.range.to);
	return end > cue.range.to ? {from: cue.range.to, to: end} : null;
}

function according(tokens: readonly Token[], cue: Cue): Candidate[] {
	const base = {cue: cue.range, cueClasses: cue.classes, cueExtra: null, inheritsSpeaker: false, pattern: 'according' as const};
	let end = cue.range.to;
	while (end < tokens.length && !isPunct(tokens[end], ',', '.', ';', ':', '!', '?', '—', '–') && tokens[end]?.kind !== 'quote' && tokens[end]?.lower !== 'that') end++;
	if (end === cue.range.to) return [];
	const speaker = {from: cue.range.to, to: end};
	const before = tokens[cue.range.from - 1];
	if (before === undefined || isPunct(before, '(')) {
		if (!isPunct(tokens[end], ',')) return [];
		return [{...base, speaker, content: [{from: end + 1, to: contentEnd(tokens, end + 1)}]}];
	}
	if (isPunct(before, ',', '—', '–', '(')) {
		const left = {from: trailingStart(tokens, cue.range.from - 1), to: cue.range.from - 1};
		const content = [left];
		if (isPunct(tokens[end], ',') && end + 1 < tokens.length) content.push({from: end + 1, to: contentEnd(tokens, end + 1)});
		return [{...base, speaker, content}];
	}
	const left = {from: trailingStart(tokens, cue.range.from), to: cue.range.from};
	return left.to > left.from ? [{...base, speaker, content: [left]}] : [];
}

const introductions = new Set([
	'in', 'on', 'at', 'during', 'after', 'before', 'when', 'while', 'since', 'as', 'asked', 'speaking', 'writing', 'for',
	'with', 'without', 'from', 'by', 'later', 'earlier', 'last', 'this', 'on', 'over', 'under', 'unlike', 'like', 'despite',
	'although', 'though', 'if', 'once', 'until', 'throughout', 'following', 'addressing', 'responding', 'referring',
	'according', 'meanwhile', 'however', 'still', 'yet', 'then', 'now', 'today', 'yesterday', 'also', 'separately',
]);

/** `During his years in office, Mr. Obama said, …`: one opening adverbial phrase is no attributed clause. */
function introductory(tokens: readonly Token[], from: number, to: number): boolean {
	const first = tokens[from];
	if (!isWord(first) || !(introductions.has(first.lower) || isAdverb(first.lower))) return false;
	return to - from <= 12 && !tokens.slice(from, to).some(token => isPunct(token, ',', ';') || token.kind === 'quote');
}

/** A quoted name of a show or paper: a few words, each capitalised or a short function word. */
function isTitle(token: Token): boolean {
	const words = token.text.replace(/^[\p{Pi}\p{Pf}"'‘’“”]+|[\p{Pi}\p{Pf}"'‘’“”,.]+$/gu, '').split(/\s+/).filter(Boolean);
	return words.length > 0 && words.length <= 6 && words.every(word => /^\p{Lu}/u.test(word) || /^(?:the|of|and|a|in|on|for|to)$/.test(word));
}
