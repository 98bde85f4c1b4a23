import type {Token} from './quotes-tokens.js';
import {auxiliaries, clauseWords, isAdverb} from './quotes-words.js';
import {cueIndex} from './quotes-cues.js';
import {functionWords, honorifics, months, nationalities, organisationWords, places, roleWords, weekdays} from './names-lexicon.js';

/**
 * A capitalised run in a token list, split into the role before the name
 * and the name: "Japanese Prime Minister | Sanae Takaichi",
 * "Kremlin spokesman | Dmitry Peskov", "Mr. | Obama", "| the Kremlin".
 */
export type NameMention = {
	/** Token index where the role (or the name, when there is no role) starts. */
	roleFrom: number;
	/** Token index where the name starts. */
	from: number;
	/** Token index just after the name. */
	to: number;
	name: string;
	role: string | null;
	honorific: string | null;
	/** A role with no name is the run "Japanese Prime Minister" on its own. */
	kind: 'person' | 'organisation' | 'place' | 'role' | 'unknown';
	/** Followed by 's. */
	possessive: boolean;
};

/** Titles that say nothing of a role: dropped from it, kept out of the name. */
const courtesyTitles = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'messrs', 'messrs.', 'sir', 'dame', 'lord', 'lady', 'madam', 'dr', 'dr.', 'prof', 'prof.', 'hon', 'hon.']);

/** Role words that only qualify a role ("Economic", "Foreign"): a name never follows them directly. */
const qualifiers = new Set([
	'foreign', 'defense', 'defence', 'finance', 'interior', 'home', 'state', 'house', 'senate', 'majority', 'minority', 'press',
	'deputy', 'vice', 'prime', 'retired', 'former', 'acting', 'interim', 'incumbent', 'republican', 'democrat', 'democratic',
	'gop', 'libertarian', 'independent', 'top', 'senior', 'junior', 'assistant', 'associate', 'staff', 'campaign',
	'communications', 'policy', 'national', 'security', 'economic', 'trade', 'commerce', 'justice', 'health', 'education',
	'energy', 'labor', 'labour', 'transportation', 'treasury', 'agriculture', 'veterans', 'homeland', 'first',
]);

const particles = new Set(['de', 'del', 'della', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'ter', 'dos', 'das']);

/** Lower-case forms of every word the body writes in lower case: a capital at a sentence start is no name if the word also occurs lower-case. */
export function lowercaseVocabulary(body: string): Set<string> {
	const vocabulary = new Set<string>();
	for (const match of body.matchAll(/(?<![\p{L}\p{N}'’-])\p{Ll}[\p{L}'’-]*/gu)) vocabulary.add(match[0].replaceAll('’', "'"));
	return vocabulary;
}

function isNameWord(tokens: readonly Token[], index: number, vocabulary: ReadonlySet<string>): boolean {
	const token = tokens[index];
	if (!token || token.kind !== 'word' || !token.capitalised) return false;
	if (/^\p{N}/u.test(token.text)) return false;
	const lower = token.lower.replace(/\.$/, '');
	if (functionWords.has(lower) && !honorifics.has(token.lower)) return false;
	if (weekdays.has(lower) || months.has(lower)) return false;
	if (isClauseStart(tokens, index) && (vocabulary.has(lower) || isAdverb(lower)) && !roleWords.has(lower) && !isShout(token.text)) return false;
	return true;
}

function isShout(text: string): boolean {
	return text.length > 1 && text === text.toUpperCase();
}

function isClauseStart(tokens: readonly Token[], index: number): boolean {
	const previous = tokens[index - 1];
	return previous === undefined || (previous.kind === 'punct' && /^[:;—–(\-"“‘]$|^--$/.test(previous.text)) || previous.kind === 'quote';
}

/** Every capitalised run in the tokens, with its role prefix. */
export function findNameMentions(tokens: readonly Token[], vocabulary: ReadonlySet<string>): NameMention[] {
	const mentions: NameMention[] = [];
	let index = 0;
	while (index < tokens.length) {
		if (!isNameWord(tokens, index, vocabulary)) {
			index++;
			continue;
		}
		let end = index + 1;
		while (end < tokens.length) {
			if (isNameWord(tokens, end, vocabulary)) end++;
			else if (particles.has(tokens[end]?.lower ?? '') && isNameWord(tokens, end + 1, vocabulary) && end > index) end += 2;
			else break;
		}
		mentions.push(mention(tokens, index, end));
		index = end;
	}
	return mentions;
}

function mention(tokens: readonly Token[], runFrom: number, to: number): NameMention {
	const possessive = tokens[to]?.lower === "'s" || tokens[to]?.text === "'" || tokens[to]?.text === '’';
	const run = tokens.slice(runFrom, to);
	// "Ohio Democratic Party Chairman David Pepper": a role word ends the organisation; the name follows it.
	const lastRole = run.findLastIndex(token => roleWords.has(token.lower) && !organisationWords.has(token.lower) && !qualifiers.has(token.lower));
	const named = run.slice(lastRole + 1);
	if (lastRole > 0 && named.length > 0 && named.length <= 3 && !named.some(token => roleWords.has(token.lower) || organisationWords.has(token.lower.replace(/\.$/, '')))) {
		const from = runFrom + lastRole + 1;
		return {roleFrom: runFrom, from, to, name: joinTokens(named), role: joinTokens(run.slice(0, lastRole + 1)), honorific: null, kind: 'person', possessive};
	}
	if (run.some(token => organisationWords.has(token.lower.replace(/\.$/, '')))) {
		return {roleFrom: runFrom, from: runFrom, to, name: joinTokens(run), role: null, honorific: null, kind: 'organisation', possessive};
	}
	let from = runFrom;
	let honorific: string | null = null;
	while (from < to && isRoleToken(tokens[from])) {
		if (honorifics.has(tokens[from]?.lower ?? '')) honorific = tokens[from]?.text ?? null;
		from++;
	}
	// "Sen. Maria Ortiz" keeps no title in the name; "Mr. Obama" keeps none either, but a bare "Mr." run is no name.
	if (from === to && honorific && to - runFrom === 1) return {roleFrom: runFrom, from: runFrom, to, name: '', role: null, honorific, kind: 'unknown', possessive};
	const roleFrom = extendRole(tokens, runFrom, from > runFrom);
	const name = joinTokens(tokens.slice(from, to));
	const roleTokens = tokens.slice(roleFrom, from).filter(token => !courtesyTitles.has(token.lower));
	const role = roleTokens.length > 0 ? joinTokens(roleTokens) : null;
	return {roleFrom, from, to, name, role, honorific, kind: classify(tokens, roleFrom, from, to, honorific), possessive};
}

function isRoleToken(token: Token | undefined): boolean {
	if (!token) return false;
	return honorifics.has(token.lower) || roleWords.has(token.lower) || nationalities.has(token.lower);
}

/** Extends a role left over lower-case role words and an owner: "Hillary Clinton's campaign manager", "Kremlin spokesman". */
function extendRole(tokens: readonly Token[], runFrom: number, runHasRole: boolean): number {
	let from = runFrom;
	while (from > 0 && tokens[from - 1]?.kind === 'word' && !tokens[from - 1]?.capitalised && roleWords.has(tokens[from - 1]?.lower ?? '')) from--;
	if (from === runFrom && !runHasRole) return from;
	const before = tokens[from - 1];
	const ownerEnd = before?.lower === "'s" ? from - 1 : from < runFrom && isOwnerWord(before) ? from : -1;
	if (ownerEnd < 0) return from;
	let owner = ownerEnd;
	while (owner > 0 && isOwnerWord(tokens[owner - 1])) owner--;
	return owner < ownerEnd ? owner : from;
}

function isOwnerWord(token: Token | undefined): boolean {
	return token?.kind === 'word' && token.capitalised && !functionWords.has(token.lower);
}

function classify(tokens: readonly Token[], roleFrom: number, from: number, to: number, honorific: string | null): NameMention['kind'] {
	if (from === to) return 'role';
	const words = tokens.slice(from, to).map(token => token.lower.replace(/\.$/, ''));
	if (honorific || from > roleFrom) return 'person';
	if (words.every(word => places.has(word) || places.has(word + '.'))) return 'place';
	const before = tokens[roleFrom - 1]?.lower;
	// "the Kremlin" speaks as an organisation; in "the Obama administration" the name only modifies a noun.
	const after = tokens[to];
	const modifier = after?.kind === 'word' && !after.capitalised && !auxiliaries.has(after.lower) && !clauseWords.has(after.lower) && !cueIndex.has(after.lower) && !/ed$/.test(after.lower);
	if (before === 'the' && !modifier) return 'organisation';
	if (words.length === 1 && isShout(tokens[from]?.text ?? '') && (tokens[from]?.text.length ?? 0) <= 5) return 'organisation';
	return 'unknown';
}

/** Tokens as written, with the body's own spacing approximated: no space before 's or punctuation. */
export function joinTokens(tokens: readonly Token[]): string {
	let text = '';
	for (const [index, token] of tokens.entries()) {
		const previous = tokens[index - 1];
		const glued = previous !== undefined && previous.end === token.start;
		text += index === 0 || glued ? token.text : ' ' + token.text;
	}
	return text;
}
