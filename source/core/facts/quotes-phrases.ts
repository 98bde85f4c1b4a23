import type {Token} from './quotes-tokens.js';
import {cueIndex} from './quotes-cues.js';
import {adverbialStarts, auxiliaries, clauseWords, determiners, isAdverb, nounLike, subjectPronouns} from './quotes-words.js';
import {months, roleWords} from './names-lexicon.js';

/** A half-open range of token indices. */
export type Range = {from: number; to: number};

const maxSubject = 12;
const catenatives = new Set([
	'continue', 'continues', 'continued', 'want', 'wants', 'wanted', 'try', 'tries', 'tried', 'refuse', 'refuses', 'refused',
	'decline', 'declines', 'declined', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'begin', 'begins', 'began',
	'start', 'starts', 'started', 'plan', 'plans', 'planned', 'hope', 'hopes', 'hoped', 'intend', 'intends', 'intended', 'went',
	'need', 'needs', 'needed', 'used', 'came', 'come', 'comes', 'rushed', 'moved', 'sought', 'seeks', 'threatened', 'threatens',
]);
const verbs = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'does', 'did']);
const insertStarts = new Set(['including', 'of', 'at', 'in', 'on', 'during', 'after', 'before', 'meanwhile', 'however', 'though', 'too', 'also', 'for', 'like', 'unlike', 'asked', 'speaking', 'in turn', 'for his part', 'for her part', 'for their part', 'by contrast', 'though', 'on the other hand', 'then', 'now', 'once', 'still', 'again']);
const personal = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);
const prepositionsInNames = new Set(['of', 'for', 'at', 'from', 'with', 'in']);

export function isWord(token: Token | undefined): token is Token {
	return token?.kind === 'word';
}

export function isPunct(token: Token | undefined, ...marks: string[]): boolean {
	return token?.kind === 'punct' && (marks.length === 0 || marks.includes(token.text));
}

export function isCueWord(token: Token | undefined): boolean {
	return isWord(token) && cueIndex.has(token.lower) && !token.capitalised;
}

/** True for a word that may sit inside a subject noun phrase. */
function inNounPhrase(tokens: readonly Token[], index: number): boolean {
	const token = tokens[index];
	if (!isWord(token)) return false;
	if (token.lower === "'s") return true;
	if ((token.lower === 'and' || token.lower === 'of' || token.lower === '&') && tokens[index + 1]?.capitalised && tokens[index - 1]?.capitalised) return true;
	// "a spokeswoman for Hillary Clinton", "a professor at Princeton", "one of the president's aides"
	if (prepositionsInNames.has(token.lower) && isWord(tokens[index - 1]) && !tokens[index - 1]?.capitalised && !clauseWords.has(tokens[index - 1]?.lower ?? '') && !isCueWord(tokens[index - 1])) return true;
	if (clauseWords.has(token.lower) && !determiners.has(token.lower)) return false;
	// "a USA TODAY analysis of campaign-finance reports shows": a noun that could be a verb, after a modifier, is a noun.
	const modified = nounLike.has(token.lower) && isWord(tokens[index - 1]) && !clauseWords.has(tokens[index - 1]?.lower ?? '') && !subjectPronouns.has(tokens[index - 1]?.lower ?? '');
	if (!token.capitalised && isCueWord(token) && !roleWords.has(token.lower) && !modified) return false;
	// "the retired general", "newly filed reports": a participle after a determiner or an adverb modifies a noun.
	if (!token.capitalised && /(?:ed|ing)$/.test(token.lower) && !roleWords.has(token.lower) && !determiners.has(tokens[index - 1]?.lower ?? '') && !isAdverb(tokens[index - 1]?.lower ?? '')) return false;
	return true;
}

/** Skips auxiliaries and -ly adverbs left of index (exclusive); returns the index just after the subject. */
export function skipAuxiliariesLeft(tokens: readonly Token[], index: number): number {
	let end = index;
	while (end > 0) {
		const token = tokens[end - 1];
		if (!isWord(token) || token.capitalised) break;
		// "continues to insist", "refused to say": the first verb and "to" belong to the cue's phrase.
		if (token.lower === 'to' && catenatives.has(tokens[end - 2]?.lower ?? '')) {
			end -= 2;
			continue;
		}
		// "Seravia has so far insisted"
		if (token.lower === 'far' && tokens[end - 2]?.lower === 'so') {
			end -= 2;
			continue;
		}
		if (!auxiliaries.has(token.lower) && !isAdverb(token.lower) && !adverbsBeforeVerbs.has(token.lower)) break;
		end--;
	}
	return end;
}

/** Adverbs without -ly that sit between a subject and its verb: "has long argued", "also said". */
const adverbsBeforeVerbs = new Set(['also', 'still', 'already', 'long', 'never', 'always', 'often', 'again', 'even', 'just', 'once', 'twice', 'too', 'soon', 'ever', 'not']);

/**
 * The subject left of a cue at `cueFrom`: a noun phrase, an appositive
 * subject ("Flynn, a top Trump surrogate, said"), or a relative pronoun.
 */
export function leftSubject(tokens: readonly Token[], cueFrom: number): Range | null {
	const end = skipAuxiliariesLeft(tokens, cueFrom);
	// "Rep. Gwen Moore (D-Wis.) said": the party and state belong to the subject.
	if (isPunct(tokens[end - 1], ')')) {
		let open = end - 2;
		while (open > 0 && end - open < 8 && !isPunct(tokens[open], '(')) open--;
		if (isPunct(tokens[open], '(') && open > 0 && tokens[open - 1]?.capitalised) {
			const head = leftSubject(tokens, open);
			return head ? {from: head.from, to: end} : null;
		}
	}
	// "Kall -- co-editor of a book on the debates -- said": a dashed insert between a name and its verb.
	if (isPunct(tokens[end - 1], '--', '—', '–')) {
		let open = end - 2;
		while (open > 0 && end - open < 30 && !isPunct(tokens[open], '--', '—', '–', '.', ';', ':') && tokens[open]?.kind !== 'quote') open--;
		if (open > 0 && open < end - 2 && isPunct(tokens[open], '--', '—', '–') && tokens[open - 1]?.capitalised) {
			const head = leftSubject(tokens, open);
			return head && isNameRun(tokens, head.from, head.to) ? {from: head.from, to: end} : null;
		}
	}
	const last = tokens[end - 1];
	if (last === undefined) return null;
	if (isWord(last) && personal.has(last.lower)) return {from: end - 1, to: end};
	if (isPunct(last, ',')) return appositiveSubject(tokens, end - 1);
	if (isWord(last) && (last.lower === 'who' || last.lower === 'which')) return {from: end - 1, to: end};
	let from = end;
	while (from > 0 && end - from < maxSubject && inNounPhrase(tokens, from - 1)) from--;
	while (from < end && (tokens[from]?.lower === "'s" || tokens[from]?.lower === 'and' || tokens[from]?.lower === 'of')) from++;
	if (from === end) return null;
	// "Wells Fargo this month announced": a time phrase sits between subject and verb.
	const timeStart = tokens.slice(from, end).findIndex((_, offset) => tokens.slice(from + offset, end).every(token => isTimeWord(token)));
	if (timeStart > 0) return {from, to: from + timeStart};
	if (timeStart === 0) {
		const before = skipAuxiliariesLeft(tokens, from);
		return before > 0 && isWord(tokens[before - 1]) ? leftSubject(tokens, before) : null;
	}
	if (end - from === 1 && determiners.has(tokens[from]?.lower ?? '') && !subjectPronouns.has(tokens[from]?.lower ?? '')) return null;
	return {from, to: end};
}

const timeWords = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'week', 'weekend', 'month', 'year', 'last', 'this', 'next', 'early', 'earlier', 'late', 'later', 'recently', 'overnight', 'then', 'now', 'day', 'days', 'weeks', 'months', 'years', 'ago']);

function isTimeWord(token: Token): boolean {
	return timeWords.has(token.lower) || months.has(token.lower.replace(/\.$/, '')) || /^\p{N}+$/u.test(token.text);
}

/**
 * `Name, appositive,` before a verb: the comma at `comma` closes the
 * appositive, which may itself hold one more comma ("a developer and
 * spokeswoman for the coalition, which is made up of investors,").
 */
function appositiveSubject(tokens: readonly Token[], comma: number): Range | null {
	const aged = agedName(tokens, comma);
	if (aged) return aged;
	const opens: number[] = [];
	let open = comma - 1;
	while (opens.length < 2) {
		while (open > 0 && !isPunct(tokens[open], ',') && comma - open < 30) open--;
		if (!isPunct(tokens[open], ',') || open === comma - 1) break;
		opens.push(open);
		open--;
	}
	const [near, far] = opens;
	// "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said": the name heads both inserts.
	const outer = far === undefined ? null : withInsert(tokens, far, comma);
	if (outer && isNameRun(tokens, outer.from, far ?? 0)) return outer;
	return near === undefined ? null : withInsert(tokens, near, comma) ?? outer;
}

/**
 * `Donna Reyes, 59, of Ashton, Md., who watched the hearing, said`: a name
 * followed by an age opens inserts (home town, state, a relative clause)
 * that run up to the comma before the verb; the name heads them all.
 */
function agedName(tokens: readonly Token[], comma: number): Range | null {
	for (let open = comma - 1; open > 0 && comma - open < 40; open--) {
		const token = tokens[open];
		// A period ends the search unless it closes an abbreviation: "of Ashton, Md., who …".
		if (token?.kind === 'quote' || isPunct(token, ';', ':', '!', '?') || (isPunct(token, '.') && !isPunct(tokens[open + 1], ','))) return null;
		if (!isPunct(token, ',') || !/^\p{N}{1,3}$/u.test(tokens[open + 1]?.text ?? '') || !isPunct(tokens[open + 2], ',')) continue;
		let from = open;
		while (from > 0 && open - from < 5 && isWord(tokens[from - 1]) && tokens[from - 1]?.capitalised) from--;
		return from < open && isNameRun(tokens, from, open) ? {from, to: comma + 1} : null;
	}
	return null;
}

function isNameRun(tokens: readonly Token[], from: number, to: number): boolean {
	const run = tokens.slice(from, to);
	return run.length > 0 && run.length <= 5 && run.every(token => isWord(token) && (token.capitalised || token.lower === "'s"));
}

function withInsert(tokens: readonly Token[], open: number, comma: number): Range | null {
	const first = tokens[open + 1];
	// An insert is a description, not a clause: "the mayor also said that …," is no appositive.
	const insert = tokens.slice(open + 1, comma);
	const relative = insert.findIndex(token => token.lower === 'who' || token.lower === 'which' || token.lower === 'that' || token.lower === 'whose');
	if (insert.slice(0, relative >= 0 ? relative : insert.length).some(token => (isCueWord(token) && !roleWords.has(token.lower) && !nounLike.has(token.lower)) || verbs.has(token.lower))) return null;
	const head = leftSubject(tokens, open);
	if (!first || !head) return null;
	const named = tokens.slice(head.from, comma).some(token => token.capitalised) || personal.has(tokens[head.to - 1]?.lower ?? '');
	// "Flynn, a top Trump surrogate, said"; "Trump, speaking to veterans, said"; "Clinton, at Monday's debate, cited"
	const apposition = determiners.has(first.lower) || roleWords.has(first.lower) || first.lower === 'who' || first.capitalised || /ing$/.test(first.lower) || /^\p{N}+$/u.test(first.text) || insertStarts.has(first.lower);
	if (!apposition || !named) return null;
	return {from: head.from, to: comma + 1};
}

/** The speaker right of an inverted cue: `…," said Hans Schmidt, the director of …` up to the unit end. */
export function rightSpeaker(tokens: readonly Token[], from: number): Range | null {
	let index = from;
	while (index < tokens.length && !isPunct(tokens[index], '.', '!', '?', ';', ':') && tokens[index]?.kind !== 'quote') {
		// `said Mr. Kamin, who emphasized that …`: the relative clause is an attribution of its own.
		if (isPunct(tokens[index], ',') && (tokens[index + 1]?.lower === 'who' || tokens[index + 1]?.lower === 'whose')) break;
		index++;
	}
	if (index === from) return null;
	const first = tokens[from];
	if (!isWord(first) || (clauseWords.has(first.lower) && !determiners.has(first.lower))) return null;
	if (tokens[index]?.kind === 'quote' && !isPunct(tokens[index - 1], ',')) return null;
	let to = index;
	while (to > from && isPunct(tokens[to - 1])) to--;
	return to - from <= 30 ? {from, to} : null;
}

/** The audience after a telling verb: `told parliament`, `told MSNBC's "Morning Joe"`. */
export function audience(tokens: readonly Token[], from: number): number {
	let index = from;
	while (index < tokens.length && index - from < 10) {
		const token = tokens[index];
		if (!token || isPunct(token) || token.lower === 'that' || (token.kind === 'quote' && wordCount(token) > 5)) break;
		if (index === from && token.lower === 'to') break;
		// "promised a veto and attempted": an audience holds no verb and no conjunction.
		if (token.kind === 'word' && !token.capitalised && (token.lower === 'and' || token.lower === 'or' || token.lower === 'but' || /(?:ed|ing)$/.test(token.lower))) break;
		if (isWord(token) && (token.lower === 'he' || token.lower === 'she' || token.lower === 'they' || token.lower === 'it' || token.lower === 'we' || token.lower === 'i')) break;
		if (isWord(token) && index > from && adverbialStarts.has(token.lower) && !determiners.has(token.lower)) break;
		if (isWord(token) && (token.lower === 'to' || token.lower === 'whether' || token.lower === 'if' || token.lower === 'about' || token.lower === 'why' || token.lower === 'how' || token.lower === 'what') && index > from) break;
		index++;
	}
	return index;
}

/** Skips adverbials such as `on Friday`, `in an interview with CNN`, `Thursday morning` when a clause or the end follows. */
export function skipAdverbials(tokens: readonly Token[], from: number): number {
	const first = tokens[from];
	if (!isWord(first) || !(adverbialStarts.has(first.lower) || isAdverb(first.lower))) return from;
	// "asked the candidates to discuss": an infinitive is what is attributed, not an adverbial.
	const next = tokens[from + 1];
	if (first.lower === 'to' && isWord(next) && !next.capitalised && !determiners.has(next.lower) && !subjectPronouns.has(next.lower)) return from;
	let index = from;
	while (index < tokens.length && index - from < 12) {
		const token = tokens[index];
		if (!token || token.kind === 'quote' || isPunct(token) || token.lower === 'that') break;
		index++;
	}
	const stop = tokens[index];
	if (stop === undefined || stop.lower === 'that' || isPunct(stop, ',', '.', ':', '!', '?', ';')) return index;
	return from;
}

function wordCount(token: Token): number {
	return token.lower.split(/\s+/).filter(Boolean).length;
}
