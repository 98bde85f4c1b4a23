import {countryFor, distinctCountries, findCountries, isPlace} from './treaties-countries.js';
import {partiesOf} from './treaties-parties.js';

export type TreatyMention = {
	/** A proper name ("San Francisco Peace Treaty"), or for an unnamed treaty its kind ("peace treaty"). */
	name: string;
	named: boolean;
	year: number | null;
	parties: string[];
	start: number;
	end: number;
};

type Found = Omit<TreatyMention, 'parties'> & {own: string[]};

const token = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}'’.]*(?:[–-][\p{Lu}\p{N}][\p{L}\p{N}'’.]*)*`;
const word = String.raw`\p{Lu}[\p{L}'’.]*(?:[–-]\p{Lu}[\p{L}'’.]*)*`;
const keyword = String.raw`Treat(?:y|ies)|Accords?|Agreements?|Declarations?|Conventions?|Pacts?|Protocols?|Charters?`;
const continuation = String.raw`\s+(?:of|on|for)\s+(?:the\s+)?${word}(?:\s+(?:(?:of|and|for|on|the|in|to)\s+)*${word})*`;
/** Capitalised words before a treaty word and an optional "of …" tail: "the 1951 San Francisco Peace Treaty", "the Treaty of Portsmouth", "the New START treaty". */
const namedPattern = new RegExp(String.raw`(?<![\p{L}\p{N}])((?:${token}\s+){0,6})(${keyword}|${keyword.toLowerCase()})(?!\p{L})((?:${continuation})?)`, 'gu');
const genericPattern =
	/(?<!\p{L})(peace|trade|free[- ]trade|arms[- ]control|arms|border|boundary|maritime|fisheries|fishing|security|defen[cs]e|nuclear|cease-?fire|non-aggression|friendship|cooperation|investment|partnership|extradition|normali[sz]ation)\s+(treat(?:y|ies)|agreements?|accords?|pacts?)(?!\p{L})/giu;

/** Words that open a sentence or phrase, not a name. */
const notName = new Set(
	'The A An This That These Those In On Under After Before Since With By For From To And But Although Though While Both Its Their His Her Our When If As At Of Any Every No Such'.split(' '),
);
/** Words that describe a treaty without naming it: "the Peace Treaty" is still just a peace treaty. */
const generic = new Set('Peace Joint Trade Security Border Nuclear Defence Defense Final Framework Basic Comprehensive Bilateral Interim Ceasefire Arms Free Friendship Cooperation'.split(' '));
/** "Democratic National Convention" and the like are meetings, not treaties. */
const meeting = /\b(?:National|Democratic|Republican|Party|Constitutional|Comic)\b/;
const yearWord = /^(?:1\d{3}|20\d{2})$/;
const yearAfter = /^(?:\s+of\s+|\s*\(\s*|,?\s+(?:signed|concluded|agreed|adopted|ratified)\s+in\s+)(1\d{3}|20\d{2})(?!\d)/;

/** Treaty mentions in one sentence: named ones first, then unnamed kinds ("a peace treaty") outside them. */
export function treatyMentions(sentence: string): TreatyMention[] {
	const found: Found[] = [];
	for (const match of sentence.matchAll(namedPattern)) {
		const named = namedMention(sentence, match);
		if (named) found.push(named);
	}
	const names = [...found];
	for (const match of sentence.matchAll(genericPattern)) {
		const start = match.index;
		const end = start + match[0].length;
		if (names.some(name => start < name.end && end > name.start)) continue;
		const name = `${(match[1] ?? '').toLowerCase().replace(/\s+/, ' ')} ${(match[2] ?? '').toLowerCase()}`;
		found.push({name, named: false, year: yearFollowing(sentence, start, end), own: [], start, end});
	}
	return found
		.sort((a, b) => a.start - b.start)
		.map(({own, ...mention}) => ({...mention, parties: partiesOf(sentence, mention, own, names)}));
}

function namedMention(sentence: string, match: RegExpExecArray): Found | null {
	const before = match[1] ?? '';
	const tokens = [...before.matchAll(/\S+/g)].map(found => ({value: found[0], at: found.index}));
	let year: number | null = null;
	let dropped = 0;
	for (const [index, {value}] of tokens.entries()) {
		// A possessive or an opening word ends what came before: "Japan's Peace Treaty" is not named "Japan's".
		if (notName.has(value) || yearWord.test(value) || /['’]s$/.test(value)) {
			dropped = index + 1;
			if (yearWord.test(value)) year = Number(value);
		}
	}
	const prefix = tokens.slice(dropped).map(({value}) => value);
	const tail = (match[3] ?? '').trim();
	const keywordText = match[2] ?? '';
	const lowercase = keywordText === keywordText.toLowerCase();
	const naming = prefix.filter(value => !generic.has(value) && !(countryFor(value) && !isPlace(value)));
	if (naming.length === 0 && (tail === '' || lowercase)) return null;
	const name = [...prefix, keywordText, tail].filter(Boolean).join(' ');
	if (meeting.test(name) || /^\s+(?:Cent(?:er|re)|Hall)\b/.test(sentence.slice(match.index + match[0].length))) return null;
	const start = match.index + (tokens[dropped]?.at ?? before.length);
	const end = match.index + match[0].length;
	year ??= yearFollowing(sentence, start, end);
	const own = distinctCountries(findCountries(name).filter(found => !isPlace(found.name)));
	return {name, named: true, year, own, start, end};
}

/** "… of 1956", "… (1951)", "…, signed in 1905", and "signed … in 1960", where "in" dates the signing, not some later act. */
function yearFollowing(sentence: string, start: number, end: number): number | null {
	const after = sentence.slice(end);
	const signed = /(?<!\p{L})(?:signed|signing|concluded|ratified|adopted)\s+(?:\S+\s+){0,2}$/u.test(sentence.slice(0, start));
	const year = yearAfter.exec(after)?.[1] ?? (signed ? /^\s+in\s+(1\d{3}|20\d{2})(?!\d)/.exec(after)?.[1] : undefined);
	return year ? Number(year) : null;
}
