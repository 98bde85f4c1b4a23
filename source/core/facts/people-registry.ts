import type {Token} from './quotes-tokens.js';
import type {NameMention} from './names.js';
import {findNameMentions, joinTokens} from './names.js';
import {femaleNames, maleNames, organisationRoles, places, roleWords} from './names-lexicon.js';
import {isPunct, isWord} from './quotes-phrases.js';
import {auxiliaries, determiners, nounLike} from './quotes-words.js';
import {cueIndex} from './quotes-cues.js';

export type Gender = 'male' | 'female';

export type Person = {
	name: string;
	kind: 'person' | 'organisation';
	roles: string[];
	aliases: string[];
	gender: Gender | null;
	/** Votes from pronouns that follow the person as a sentence subject. */
	pronounVotes: {male: number; female: number};
};

export type PersonMention = {
	person: Person;
	unit: number;
	/** Offset of the name in the body. */
	offset: number;
	/** The first name in its clause, not a possessive: a likely antecedent for "he" / "she". */
	subject: boolean;
	role: string | null;
};

export type Registry = {
	people: Person[];
	/** In body order. */
	mentions: PersonMention[];
	byOffset: Map<number, PersonMention>;
	byUnit: Map<number, PersonMention[]>;
	/** Mentions that name a role: "spokesman Dmitry Peskov". */
	withRole: PersonMention[];
};

type UnitTokens = {tokens: Token[]};

const suffixes = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);
const femaleRoles = new Set(['spokeswoman', 'chairwoman', 'congresswoman', 'councilwoman', 'businesswoman', 'queen', 'princess', 'actress', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'lady', 'dame', 'madam']);
const maleRoles = new Set(['spokesman', 'chairman', 'congressman', 'councilman', 'businessman', 'king', 'prince', 'actor', 'mr', 'mr.', 'sir', 'lord']);

/**
 * The people (and speaking organisations) an article names, and where:
 * full names first, so "Peskov" and "Mr. Peskov" join "Dmitry Peskov".
 * `speakerHints` are token ranges that stand before attribution verbs; a
 * capitalised run there is a person even with no title or first name.
 */
export function buildRegistry(units: readonly UnitTokens[], vocabulary: ReadonlySet<string>, speakerHints: ReadonlySet<string>): Registry {
	const perUnit = units.map(unit => findNameMentions(unit.tokens, vocabulary));
	const people: Person[] = [];
	const byName = new Map<string, Person>();
	const bySurname = new Map<string, Person[]>();
	const add = (name: string, kind: Person['kind']) => {
		const existing = byName.get(name);
		if (existing && existing.kind === 'organisation' && kind === 'person') {
			// A title or a full name outweighs an earlier "the Obama …".
			existing.kind = 'person';
			bySurname.set(surname(name), [...(bySurname.get(surname(name)) ?? []), existing]);
		}
		if (existing) return existing;
		const person: Person = {name, kind, roles: [], aliases: [], gender: null, pronounVotes: {male: 0, female: 0}};
		people.push(person);
		byName.set(name, person);
		if (kind === 'person') bySurname.set(surname(name), [...(bySurname.get(surname(name)) ?? []), person]);
		return person;
	};
	// Full names first, so that a bare surname anywhere in the article can find its owner.
	for (const [index, mentions] of perUnit.entries()) {
		for (const mention of mentions) {
			if (isPersonName(units[index]?.tokens ?? [], mention, speakerHints) && mention.name.includes(' ')) add(mention.name, 'person');
		}
	}
	const mentions: PersonMention[] = [];
	for (const [index, list] of perUnit.entries()) {
		const tokens = units[index]?.tokens ?? [];
		for (const mention of list) {
			const person = linkMention(tokens, mention, speakerHints, {bySurname, byName, recent: mentions}, add);
			if (!person) continue;
			const role = person.kind === 'person' ? mentionRole(tokens, mention, list) : null;
			if (role && !person.roles.includes(role)) person.roles.push(role);
			if (person.kind === 'person' && mention.name !== person.name && !person.aliases.includes(mention.name)) person.aliases.push(mention.name);
			noteGender(person, tokens, mention);
			const subject = !mention.possessive && isClauseOpening(tokens, mention.roleFrom);
			mentions.push({person, unit: index, offset: tokens[mention.from]?.start ?? 0, subject, role});
		}
	}
	const byUnit = new Map<number, PersonMention[]>();
	for (const mention of mentions) {
		const list = byUnit.get(mention.unit);
		if (list) list.push(mention);
		else byUnit.set(mention.unit, [mention]);
	}
	votePronouns(units, byUnit);
	return {people, mentions, byOffset: new Map(mentions.map(mention => [mention.offset, mention])), byUnit, withRole: mentions.filter(mention => mention.role !== null)};
}

function linkMention(
	tokens: readonly Token[],
	mention: NameMention,
	hints: ReadonlySet<string>,
	known: {bySurname: ReadonlyMap<string, Person[]>; byName: ReadonlyMap<string, Person>; recent: readonly PersonMention[]},
	add: (name: string, kind: Person['kind']) => Person,
): Person | null {
	const {byName} = known;
	if (mention.kind === 'organisation') return byName.get(mention.name) ?? add(mention.name, 'organisation');
	if (mention.kind === 'role' || mention.kind === 'place' || mention.name === '') return null;
	const full = byName.get(mention.name);
	if (full?.kind === 'person') return full;
	const owner = surnameOwner(known, mention);
	if (owner && (!mention.name.includes(' ') || owner.name.endsWith(mention.name))) return owner;
	return isPersonName(tokens, mention, hints) ? add(mention.name, 'person') : null;
}

/**
 * The full-named person a surname stands for. When two share it ("Barack
 * Obama", "Michelle Obama"), the title decides ("Mr." / "Mrs."), then the
 * one named most recently.
 */
function surnameOwner(known: {bySurname: ReadonlyMap<string, Person[]>; recent: readonly PersonMention[]}, mention: NameMention): Person | undefined {
	const candidates = known.bySurname.get(mention.name.includes(' ') ? surname(mention.name) : mention.name) ?? [];
	const title = mention.honorific?.toLowerCase() ?? '';
	const wanted = maleRoles.has(title) ? 'male' : femaleRoles.has(title) ? 'female' : null;
	const fitting = candidates.filter(person => wanted === null || genderOf(person) === null || genderOf(person) === wanted);
	if (fitting.length <= 1) return fitting[0];
	for (let index = known.recent.length - 1; index >= Math.max(0, known.recent.length - 200); index--) {
		const person = known.recent[index]?.person;
		if (person && fitting.includes(person)) return person;
	}
	return fitting[0];
}

function isPersonName(tokens: readonly Token[], mention: NameMention, hints: ReadonlySet<string>): boolean {
	if (mention.kind === 'person') return true;
	if (mention.kind !== 'unknown') return false;
	const first = mention.name.split(' ')[0]?.toLowerCase() ?? '';
	if (mention.name.includes(' ') && (maleNames.has(first) || femaleNames.has(first))) return true;
	if (hints.has(mention.name) && !isGroup(mention.name)) return true;
	return hasAppositiveRole(tokens, mention.to);
}

/** "Democrats", "Americans": a single plural of a role or a nationality names a group. */
function isGroup(name: string): boolean {
	const lower = name.toLowerCase();
	return !name.includes(' ') && lower.endsWith('s') && (roleWords.has(lower.slice(0, -1)) || places.has(lower) || places.has(lower.slice(0, -1)));
}

/** `Dmitry Peskov, the Kremlin's spokesman,` or `Sanae Takaichi, who …`. */
function hasAppositiveRole(tokens: readonly Token[], after: number): boolean {
	if (!isPunct(tokens[after], ',')) return false;
	return appositive(tokens, after) !== null || tokens[after + 1]?.lower === 'who';
}

/** The role in an appositive after `comma`, without its article: "the Kremlin's spokesman" → "Kremlin's spokesman". */
function appositive(tokens: readonly Token[], comma: number): string | null {
	let end = comma + 1;
	while (end < tokens.length && end - comma < 14 && !isPunct(tokens[end]) && tokens[end]?.kind !== 'quote' && tokens[end]?.lower !== 'who') end++;
	const phrase = tokens.slice(comma + 1, end);
	if (phrase.length < 2 || !determiners.has(phrase[0]?.lower ?? '')) return null;
	const head = phrase.findIndex(token => isWord(token) && roleWords.has(token.lower) && !token.capitalised);
	if (head < 0) return null;
	// "In Chelsea, the mayor also said that …": a role followed by its verb is the next clause's subject, not an appositive.
	if (phrase.slice(head + 1).some(token => token.kind === 'word' && !token.capitalised && (auxiliaries.has(token.lower) || (cueIndex.has(token.lower) && !nounLike.has(token.lower))))) return null;
	return joinTokens(phrase.slice(1));
}

function mentionRole(tokens: readonly Token[], mention: NameMention, mentions: readonly NameMention[]): string | null {
	const role = mention.role ?? (isPunct(tokens[mention.to], ',') ? appositive(tokens, mention.to) : null);
	if (!role || !organisationRoles.has(role.toLowerCase())) return role;
	// "spokesman Dmitry Peskov" speaks for the organisation in view: "The Kremlin has welcomed …, spokesman Dmitry Peskov said".
	const organisation = mentions.findLast(other => other.kind === 'organisation' && other.to <= mention.roleFrom);
	return organisation ? `${organisation.name.replace(/^the /i, '')} ${role}` : role;
}

function isClauseOpening(tokens: readonly Token[], index: number): boolean {
	const previous = tokens[index - 1];
	return previous === undefined || previous.kind === 'quote' || isPunct(previous, ',', ':', ';', '—', '–', '(', '"', '“');
}

function surname(name: string): string {
	const words = name.split(' ').filter(word => !suffixes.has(word.toLowerCase()));
	return words.at(-1) ?? name;
}

function noteGender(person: Person, tokens: readonly Token[], mention: NameMention): void {
	if (person.gender || person.kind !== 'person') return;
	const clues = [...tokens.slice(mention.roleFrom, mention.from).map(token => token.lower), person.name.split(' ')[0]?.toLowerCase() ?? ''];
	if (mention.honorific) clues.push(mention.honorific.toLowerCase());
	for (const clue of clues) {
		if (femaleRoles.has(clue) || (femaleNames.has(clue) && person.name.includes(' '))) person.gender = 'female';
		else if (maleRoles.has(clue) || (maleNames.has(clue) && person.name.includes(' '))) person.gender = 'male';
	}
}

/**
 * "Takaichi acknowledged … her government": the first pronoun after a lone
 * person, with no other name in between (in the same unit or at the start
 * of the next), votes for that person's gender.
 */
function votePronouns(units: readonly UnitTokens[], byUnit: ReadonlyMap<number, PersonMention[]>): void {
	for (const [unit, list] of byUnit) {
		const people = new Set(list.map(mention => mention.person));
		const [person] = people;
		if (people.size !== 1 || !person || person.kind !== 'person') continue;
		const after = list.at(-1)?.offset ?? 0;
		const rest = (units[unit]?.tokens ?? []).filter(token => token.start > after);
		const vote = firstPronoun(rest) ?? (byUnit.has(unit + 1) ? null : firstPronoun(units[unit + 1]?.tokens ?? []));
		if (vote) person.pronounVotes[vote]++;
	}
}

const malePronouns = new Set(['he', 'his', 'him', 'himself']);
const femalePronouns = new Set(['she', 'her', 'hers', 'herself']);

function firstPronoun(tokens: readonly Token[]): Gender | null {
	for (const [index, token] of tokens.entries()) {
		if (token.kind !== 'word') continue;
		if (malePronouns.has(token.lower)) return 'male';
		if (femalePronouns.has(token.lower)) return 'female';
		if (token.capitalised && index > 0 && tokens[index - 1]?.kind !== 'quote') return null;
	}
	return null;
}

export function genderOf(person: Person): Gender | null {
	if (person.gender) return person.gender;
	const {male, female} = person.pronounVotes;
	if (male > female) return 'male';
	if (female > male) return 'female';
	return null;
}
