import type {Token} from './quotes-tokens.js';
import type {Range} from './quotes-phrases.js';
import {isPunct, isWord, leftSubject} from './quotes-phrases.js';
import type {Person, PersonMention, Registry} from './people-registry.js';
import {genderOf} from './people-registry.js';
import {findNameMentions, joinTokens} from './names.js';
import {roleWords} from './names-lexicon.js';
import {determiners} from './quotes-words.js';

export type ResolvedSpeaker = {
	speaker: string | null;
	role: string | null;
	person: Person | null;
	/** How the phrase named the person when it gave no name: "the spokesman". */
	alias?: string;
};

export type SpeakerContext = {
	registry: Registry;
	vocabulary: ReadonlySet<string>;
	unit: number;
	/** People already resolved as speakers, by the unit of their quote: the likeliest antecedents of "he" and "she". */
	speakers: ReadonlyMap<number, readonly Person[]>;
	tokens: readonly Token[];
};

const pronouns = new Map<string, 'male' | 'female' | null>([['he', 'male'], ['she', 'female'], ['him', 'male'], ['her', 'female'], ['his', 'male']]);

/**
 * A speaker phrase made into a name: "he" → the latest fitting person
 * before it, "Peskov" → "Dmitry Peskov", "the spokesman" → the person
 * holding that role, "Kremlin spokesman Dmitry Peskov" → the name with its
 * role. Organisations and descriptions ("a source") stay as written.
 */
export function resolveSpeaker(context: SpeakerContext, range: Range): ResolvedSpeaker {
	const {tokens} = context;
	const phrase = tokens.slice(range.from, range.to);
	const text = cleanPhrase(joinTokens(phrase));
	const offset = phrase[0]?.start ?? 0;
	const single = phrase.length === 1 ? phrase[0]?.lower ?? '' : '';
	if (single === 'who' || single === 'which') return relative(context, range.from) ?? {speaker: text, role: null, person: null};
	if (pronouns.has(single)) {
		const person = antecedent(context, offset, pronouns.get(single) ?? null);
		return person ? {speaker: person.name, role: person.roles[0] ?? null, person} : {speaker: text, role: null, person: null};
	}
	const comma = phrase.findIndex(token => isPunct(token, ',', '(', '--', '—', '–'));
	const head = comma > 0 ? phrase.slice(0, comma) : phrase;
	const apposition = comma > 0 ? phrase.slice(comma + 1) : [];
	const named = namedPerson(context, head, false) ?? (apposition.length > 0 ? namedPerson(context, apposition, true) : null);
	if (named) {
		const headRole = named.inApposition ? cleanPhrase(joinTokens(head)).replace(/^(?:the|a|an) /i, '') : null;
		const appositionRole = !named.inApposition && apposition.length > 0 ? describedRole(apposition) : null;
		return {speaker: named.person.name, role: named.role ?? headRole ?? appositionRole ?? named.person.roles[0] ?? null, person: named.person};
	}
	const organisation = findNameMentions(head, context.vocabulary).find(mention => mention.kind === 'organisation' || mention.kind === 'place');
	if (organisation && !organisation.possessive) return {speaker: cleanPhrase(joinTokens(head)), role: null, person: null};
	const byRole = roleHolder(context.registry, head, offset);
	if (byRole) return byRole;
	return {speaker: comma > 0 ? cleanPhrase(joinTokens(head)) : text, role: null, person: null};
}

type Named = {person: Person; role: string | null; inApposition: boolean};

/** The person a (part of a) speaker phrase names, unless the name sits in a prepositional phrase ("a spokeswoman for Hillary Clinton"). */
function namedPerson(context: SpeakerContext, part: readonly Token[], inApposition: boolean): Named | null {
	const mentions = findNameMentions(part, context.vocabulary).filter(mention => mention.name !== '');
	const chosen = mentions.filter(mention => !mention.possessive).at(-1);
	if (!chosen || chosen.kind === 'organisation' || chosen.kind === 'place') return null;
	// "a Seravian deputy minister", "a Pentagon official": a capitalised word before a common noun modifies it; names come after roles.
	const after = part[chosen.to];
	if (after && isWord(after) && !after.capitalised) return null;
	const before = part[chosen.roleFrom - 1];
	if (before && prepositions.has(before.lower)) return null;
	const start = part[chosen.from]?.start;
	const mention = start === undefined ? undefined : context.registry.byOffset.get(start);
	const person = mention?.person ?? byName(context.registry, chosen.name);
	if (!person || person.kind !== 'person') return null;
	return {person, role: mention?.role ?? phraseRole(part, chosen.roleFrom, chosen.from), inApposition};
}

/** "a former Obama administration official who runs …" → "former Obama administration official". */
function describedRole(apposition: readonly Token[]): string | null {
	const end = apposition.findIndex(token => token.lower === 'who' || token.lower === 'whose' || isPunct(token, ',', ')'));
	const words = end >= 0 ? apposition.slice(0, end) : apposition;
	if (words.length === 0 || !words.some(token => roleWords.has(token.lower))) return null;
	return cleanPhrase(joinTokens(words)).replace(/^(?:the|a|an) /i, '') || null;
}

const prepositions = new Set(['for', 'of', 'at', 'from', 'with', 'in', 'to', 'by', 'about', 'on']);

/** Strips a leading article and trailing commas: "the Kremlin" stays, "The New York Post," → "The New York Post". */
function cleanPhrase(text: string): string {
	return text.replace(/[\s,]+$/, '').replace(/^,\s*/, '');
}

function phraseRole(phrase: readonly Token[], roleFrom: number, from: number): string | null {
	if (from <= roleFrom) return null;
	return joinTokens(phrase.slice(roleFrom, from)).replace(/^(?:the|a|an) /i, '') || null;
}

/** `Sanae Takaichi, who told parliament …`: the name before the comma. */
function relative(context: SpeakerContext, whoIndex: number): ResolvedSpeaker | null {
	const comma = isPunct(context.tokens[whoIndex - 1], ',');
	const before = context.tokens[whoIndex - (comma ? 2 : 1)];
	if (!before) return null;
	const mention = context.registry.byUnit.get(context.unit)?.findLast(candidate => candidate.offset <= before.start);
	const gap = mention ? context.tokens.filter(token => token.start > mention.offset && token.end <= before.end).length : Infinity;
	if (mention && gap <= 4) return {speaker: mention.person.name, role: mention.role ?? mention.person.roles[0] ?? null, person: mention.person};
	// "an architect who said …": the noun phrase before "who", as written.
	const phrase = comma ? null : leftSubject(context.tokens, whoIndex);
	return phrase && phrase.to === whoIndex ? resolveSpeaker(context, phrase) : null;
}

/**
 * The person "he" or "she" stands for: walking back unit by unit from the
 * pronoun, the first fitting speaker of a quote, else the first fitting
 * clause subject; after a few units, the latest fitting person named.
 */
function antecedent(context: SpeakerContext, offset: number, gender: 'male' | 'female' | null): Person | null {
	const fits = (person: Person) => {
		const known = genderOf(person);
		return person.kind === 'person' && (gender === null || known === null || known === gender);
	};
	const mentionsIn = (unit: number) => context.registry.byUnit.get(unit)?.filter(mention => mention.offset < offset) ?? [];
	for (let unit = context.unit; unit >= Math.max(0, context.unit - 3); unit--) {
		const speaker = context.speakers.get(unit)?.findLast(person => fits(person));
		if (speaker) return speaker;
		const subject = mentionsIn(unit).findLast(mention => mention.subject && fits(mention.person));
		if (subject) return subject.person;
	}
	// No subject nearby: the latest fitting person named in the twenty units before.
	for (let unit = context.unit; unit >= Math.max(0, context.unit - 20); unit--) {
		const named = mentionsIn(unit).findLast(mention => fits(mention.person));
		if (named) return named.person;
	}
	return null;
}

/** "the spokesman", "Japan's Prime Minister": the person whose role ends with the same word. */
function roleHolder(registry: Registry, phrase: readonly Token[], offset: number): ResolvedSpeaker | null {
	const head = phrase.findLast(token => roleWords.has(token.lower) && token.kind === 'word');
	if (!head || phrase.some(token => token.lower === 'a' || token.lower === 'an' || token.lower === 'another')) return null;
	// Every word of the role as written must be in the holder's role: "the Republican nominee" is not the Democratic one.
	const possessive = phrase.findLastIndex(token => token.lower === "'s");
	const wanted = phrase.slice(possessive + 1).filter(token => token.kind === 'word' && !determiners.has(token.lower)).map(token => token.lower);
	const holds = (mention: PersonMention) => {
		const words = (mention.role ?? '').toLowerCase().split(/[\s']+/);
		return wanted.every(word => words.includes(word));
	};
	const holders = registry.withRole.filter(mention => holds(mention));
	const people = new Set(holders.map(mention => mention.person));
	if (people.size === 0) return null;
	const chosen = holders.filter(mention => mention.offset < offset).at(-1) ?? holders[0];
	if (!chosen) return null;
	if (people.size > 1 && !holders.some(mention => mention.offset < offset)) return null;
	// "Japan's Prime Minister" names the role more fully than "the spokesman" does.
	const written = cleanPhrase(joinTokens(phrase)).replace(/^(?:the|a|an) /i, '');
	const role = /^\p{Lu}/u.test(written) ? written : chosen.role ?? chosen.person.roles[0] ?? null;
	return {speaker: chosen.person.name, role, person: chosen.person, alias: cleanPhrase(joinTokens(phrase))};
}

function byName(registry: Registry, name: string): Person | undefined {
	return registry.people.find(person => person.name === name || person.aliases.includes(name)) ?? registry.people.find(person => person.kind === 'person' && person.name.endsWith(' ' + name));
}
