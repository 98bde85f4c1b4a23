import type {Token} from './quotes-tokens.js';
import {cueIndex} from './quotes-cues.js';
import {isPunct, isWord, skipAdverbials} from './quotes-phrases.js';
import {auxiliaries, clauseWords, isAdverb, subjectPronouns} from './quotes-words.js';

const verbsAfterSubject = new Set([
	'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'does',
	'do', 'did', "isn't", "wasn't", "won't", "can't", "doesn't", "don't", "didn't", "hasn't", "haven't", "wouldn't", "couldn't",
	'remains', 'needs', 'wants', 'represents', 'means', 'poses', 'belongs', 'deserves', 'lacks', 'makes', 'puts',
]);

/**
 * Where forward content starting at `from` ends: the unit end without its
 * final stop, or just before a clause that starts another attribution:
 * `, adding that …`, `, RT reported.`, `"…," Peskov said`.
 */
export function contentEnd(tokens: readonly Token[], from: number): number {
	for (let index = from + 1; index < tokens.length; index++) {
		const token = tokens[index];
		if (isPunct(token, ',', '—', '–', '--') && startsAttribution(tokens, index + 1)) return index;
		// "… mishandled the investigation and Democrats accused the GOP of …": a new subject and verb end the content.
		if ((token?.lower === 'and' || token?.lower === 'but') && index > from + 1 && (attributedAfter(tokens, index + 1, true) || coordinatedCue(tokens[index + 1]))) return withoutFinalStop(tokens, from, index);
		if (token?.kind === 'quote' && attributedAfter(tokens, index + 1)) return index;
	}
	return withoutFinalStop(tokens, from, tokens.length);
}

export function withoutFinalStop(tokens: readonly Token[], from: number, to: number): number {
	let end = to;
	while (end > from + 1 && isPunct(tokens[end - 1], '.', ';', ',', ':')) end--;
	return end;
}

/**
 * Where the content of a trailing attribution ending at `to` starts: a
 * quote standing alone before it (`… "Q," Peskov said`), else the unit
 * start after any dateline ("MOSCOW, Oct. 26 -").
 */
export function trailingStart(tokens: readonly Token[], to: number): number {
	let quote = to - 1;
	while (quote > 0 && isPunct(tokens[quote], ',')) quote--;
	const before = tokens[quote - 1];
	if (tokens[quote]?.kind === 'quote' && (before === undefined || before.kind === 'quote' || isPunct(before, '.', '!', '?', ':', ';'))) return quote;
	return datelineEnd(tokens);
}

function datelineEnd(tokens: readonly Token[]): number {
	for (let index = 1; index < Math.min(tokens.length, 14); index++) {
		const token = tokens[index];
		if (isPunct(token, ':', '-', '—', '–', '--')) return tokens.slice(0, index).some(other => isWord(other) && other.capitalised) ? index + 1 : 0;
		const datelike = token !== undefined && (token.capitalised || /^\p{N}/u.test(token.text) || isPunct(token, ',', '[', ']', '(', ')', '.'));
		if (!datelike) return 0;
	}
	return 0;
}

/** A participle cue, or a short subject + cue closing the unit, or an inverted `said X` closing it. */
function startsAttribution(tokens: readonly Token[], from: number): boolean {
	let first = tokens[from];
	const conjunction = first?.lower === 'and' || first?.lower === 'but';
	if (conjunction) first = tokens[++from];
	if (!isWord(first)) return false;
	if (conjunction && attributedAfter(tokens, from, true)) return true;
	const forms = cueIndex.get(first.lower);
	if (forms?.some(form => form.form === 'ing') && !first.capitalised) return true;
	if (forms?.some(form => form.classes.includes('speech') && (form.form === 'past' || form.form === 's'))) return true;
	if (first.lower === 'according' && tokens[from + 1]?.lower === 'to') return true;
	return attributedAfter(tokens, from);
}

/**
 * `Peskov told journalists.` / `the spokesman added.` from `from`: a short
 * subject and a speech verb. With `anyClause`, the verb may go on with
 * its own content ("and he noted that …"), and a subject may be a pronoun.
 */
export function attributedAfter(tokens: readonly Token[], from: number, anyClause = false): boolean {
	let index = from;
	if (isPunct(tokens[index], ',')) index++;
	const start = index;
	while (index < tokens.length && index - start < (anyClause ? 5 : 10)) {
		const token = tokens[index];
		if (!isWord(token)) break;
		const pronoun = index === start && subjectPronouns.has(token.lower) && token.lower !== 'that' && token.lower !== 'which';
		if (clauseWords.has(token.lower) && !isCueLike(token) && !pronoun && !auxiliaries.has(token.lower)) break;
		if (!token.capitalised && isCueLike(token, anyClause) && index > start) return anyClause || closesUnit(tokens, index + 1);
		index++;
	}
	return false;
}

/** "… and warned against hackers": a second verb of the same subject starts its own attribution. */
function coordinatedCue(token: Token | undefined): boolean {
	if (!isWord(token) || token.capitalised) return false;
	return cueIndex.get(token.lower)?.some(form => (form.form === 'past' || form.form === 's') && form.classes.some(cueClass => cueClass !== 'object')) ?? false;
}

function isCueLike(token: Token, anyClass = false): boolean {
	return cueIndex.get(token.lower)?.some(form => anyClass || form.classes.includes('speech') || form.classes.includes('tell')) ?? false;
}

function closesUnit(tokens: readonly Token[], from: number): boolean {
	let index = from;
	while (index < tokens.length && index - from < 12 && !isPunct(tokens[index], '.', '!', '?', ';', ',') && tokens[index]?.kind !== 'quote') index++;
	index = Math.max(index, skipAdverbials(tokens, from));
	const next = tokens[index];
	return next === undefined || isPunct(next, '.', '!', '?', ';', ',');
}

/** After `Climate change, Mr. Obama says,` the clause goes on with its verb: the content is split around the cue. */
export function continuesClause(tokens: readonly Token[], from: number): boolean {
	let index = from;
	while (isWord(tokens[index]) && isAdverb(tokens[index]?.lower ?? '')) index++;
	const token = tokens[index];
	// "Back in Virginia, he said, he decided …": a new subject and verb also go on with the attributed words.
	const newClause = isWord(token) && ['he', 'she', 'they', 'we', 'i', 'it'].includes(token.lower) && isWord(tokens[index + 1]) && !tokens[index + 1]?.capitalised;
	return isWord(token) && (newClause || (!token.capitalised && (verbsAfterSubject.has(token.lower) || token.lower === 'that')));
}

/** `Trump said, looking on.` / `said Trump.` at the start of a unit: the attribution of the quote just before it, with no words of its own. */
export function opensWithAttribution(tokens: readonly Token[]): boolean {
	for (let index = 0; index < Math.min(tokens.length, 8); index++) {
		const token = tokens[index];
		if (!isWord(token)) return false;
		if (token.capitalised || !isCueLike(token)) continue;
		if (index === 0 && !(cueIndex.get(token.lower)?.some(form => form.form === 'past' || form.form === 's') ?? false)) return false;
		const next = tokens[skipAdverbials(tokens, index + 1)];
		return next === undefined || isPunct(next, '.', ',', '!', '?');
	}
	return false;
}
