import type {Token} from './quotes-tokens.js';
import type {CueClass} from './quotes-cues.js';
import {cueIndex} from './quotes-cues.js';
import type {Range} from './quotes-phrases.js';
import {isPunct, isWord} from './quotes-phrases.js';
import {auxiliaries, isAdverb, nounLike, subjectPronouns} from './quotes-words.js';

/** An attribution verb (or phrase) found in a unit, with its class and form. */
export type Cue = {range: Range; classes: CueClass[]; form: 'base' | 's' | 'past' | 'ing'; lemma: string};

/** Words before a cue word that make it a noun: "the report", "his call", "little doubt". */
const nounMarkers = new Set([
	'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'whose', "'s", 'of',
	'little', 'no', 'much', 'any', 'some', 'more', 'less', 'recent', 'new', 'latest', 'early', 'earlier', 'public', 'such',
	'own', 'every', 'each', 'without', 'with', 'for', 'in', 'on', 'at', 'by', 'from', 'many', 'several', 'few', 'first',
]);

/** Words after a noun-like cue word that make it a noun: "the dispute over", "plans for". */
const nounFollowers = new Set([
	'over', 'of', 'in', 'on', 'at', 'with', 'between', 'about', 'from', 'by', 'against', 'among', 'within', 'into', 'after',
	'before', 'during', 'under', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'could', 'can', 'may',
	'might', 'should', 'must', 'and', 'or', 'for', 'which', 'who',
]);

/** Forms that are nouns or adjectives far more often than attribution verbs. */
const blockedForms = new Set([
	'rules', 'ruled', 'regarding', 'considering', 'raised', 'continue', 'continues', 'continuing', 'known', 'state', 'states',
	'rate', 'rates', 'hearing', 'reporting', 'back', 'backs', 'holding', 'plan', 'rule', 'ruling', 'view', 'views', 'meaning',
	'offering', 'voting', 'rating', 'reading', 'holds', 'hold', 'finding', 'showing', 'feeling', 'thinking', 'understanding',
	'making', 'giving', 'sending', 'post', 'posts', 'project', 'projects', 'figure', 'figures', 'object', 'objects',
]);

const passiveMarkers = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being', "'s"]);

/** Adjectives that, after "be", attribute a belief: "was sure (that) …", "is willing to …", "were coy about …". */
const stanceAdjectives = new Set([
	'sure', 'certain', 'willing', 'unwilling', 'afraid', 'determined', 'convinced', 'incensed', 'coy', 'frustrated', 'worried',
	'concerned', 'confident', 'eager', 'reluctant', 'optimistic', 'pessimistic', 'skeptical', 'sceptical', 'hopeful', 'adamant',
	'supportive', 'aware', 'unaware', 'angry', 'furious', 'outraged', 'upset', 'proud', 'happy', 'pleased', 'disappointed',
	'open', 'opposed', 'committed', 'insistent', 'doubtful', 'wary', 'fearful', 'keen', 'ready', 'prepared', 'quick', 'careful',
]);

const beForms = new Set([
	'is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", "'m", 'am', 'remain', 'remains', 'remained', 'seems', 'seemed',
	'appeared', 'appears', 'feel', 'feels', 'felt',
]);

const degreeWords = new Set(['not', "n't", 'very', 'so', 'too', 'more', 'less', 'quite', 'also', 'still', 'all']);

const goOn = new Set(['went', 'goes', 'going', 'go']);

/** The attribution cues of a unit, left to right, none overlapping. */
export function findCues(tokens: readonly Token[]): Cue[] {
	const cues: Cue[] = [];
	const titleCase = isTitleCase(tokens);
	for (let index = 0; index < tokens.length; index++) {
		const cue = phraseCue(tokens, index) ?? verbCue(tokens, index, titleCase);
		if (!cue) continue;
		cues.push(cue);
		index = Math.max(index, cue.range.to - 1);
	}
	return cues;
}

/** "According to", "was sure", "went on to say". */
function phraseCue(tokens: readonly Token[], index: number): Cue | null {
	const token = tokens[index];
	if (!isWord(token)) return null;
	if (token.lower === 'according' && tokens[index + 1]?.lower === 'to') return {range: {from: index, to: index + 2}, classes: ['speech'], form: 'ing', lemma: 'according to'};
	if (token.capitalised) return null;
	const be = stanceAdjectives.has(token.lower) ? beIndex(tokens, index) : -1;
	if (be >= 0 && !isPunct(tokens[index + 1], '.', '!', '?')) return {range: {from: be, to: index + 1}, classes: ['thought'], form: 'past', lemma: 'be ' + token.lower};
	const verb = tokens[index + 3]?.lower ?? '';
	if (goOn.has(token.lower) && tokens[index + 1]?.lower === 'on' && tokens[index + 2]?.lower === 'to' && cueIndex.has(verb)) {
		const classes = cueIndex.get(verb)?.[0]?.classes ?? ['speech'];
		return {range: {from: index, to: index + 4}, classes, form: token.lower === 'going' ? 'ing' : 'past', lemma: 'go on to'};
	}
	return null;
}

/** Where "be" (or "seem", "feel") stands before a stance adjective, over adverbs: "were not entirely sure"; -1 if it does not. */
function beIndex(tokens: readonly Token[], index: number): number {
	let before = index - 1;
	while (before >= 0 && isWord(tokens[before]) && (isAdverb(tokens[before]?.lower ?? '') || degreeWords.has(tokens[before]?.lower ?? ''))) before--;
	return beForms.has(tokens[before]?.lower ?? '') ? before : -1;
}

/** An attribution verb in any form, unless its neighbours show it is a noun or a participle. */
function verbCue(tokens: readonly Token[], index: number, titleCase: boolean): Cue | null {
	const token = tokens[index];
	if (!isWord(token) || (token.capitalised && !titleCase) || blockedForms.has(token.lower)) return null;
	const form = cueIndex.get(token.lower)?.find(candidate => candidate.words.every((word, offset) => tokens[index + offset]?.lower === word));
	if (!form) return null;
	const previous = tokens[index - 1]?.lower ?? '';
	const next = tokens[index + form.words.length];
	if (readsAsNoun(tokens, index, form.words.length === 1 && (form.form === 'base' || form.form === 's'))) return null;
	if (form.form === 'past' && passiveMarkers.has(previous) && next?.lower !== 'that') return null;
	let to = index + form.words.length;
	const after = cueIndex.get(tokens[to + 1]?.lower ?? '');
	// "the monitor maintained by the embassy" is a participle; "responded by saying" is one cue.
	if (form.form === 'past' && next?.lower === 'by' && !after?.some(other => other.form === 'ing')) return null;
	if (next?.lower === 'by' && after?.some(other => other.form === 'ing')) to += 2;
	else if (next?.lower === 'to' && after?.some(other => other.form === 'base' && other.classes.includes('speech'))) to += 2;
	return {range: {from: index, to}, classes: form.classes, form: form.form, lemma: form.lemma};
}

/** "the report", "Trump's claim", "his early-morning tweets", "the dispute over": a noun, not a verb. */
function readsAsNoun(tokens: readonly Token[], index: number, bareForm: boolean): boolean {
	const word = tokens[index]?.lower ?? '';
	const previous = tokens[index - 1]?.lower ?? '';
	// "He's claiming" is a verb.
	const contracted = previous === "'s" && subjectPronouns.has(tokens[index - 2]?.lower ?? '');
	if (nounMarkers.has(previous) && !contracted) return true;
	if (!nounLike.has(word)) return false;
	if (/-|(?:al|ic|ous|ive|ful|ary|ish|ern)$/.test(previous) && !auxiliaries.has(previous)) return true;
	const next = tokens[index + 1];
	return bareForm && (next === undefined || isPunct(next) || nounFollowers.has(next.lower));
}

/** A headline in title case ("Lindsey Graham Says …"): capitalised verbs are still verbs. */
function isTitleCase(tokens: readonly Token[]): boolean {
	const words = tokens.filter(token => isWord(token) && token.text.length > 3);
	return words.length >= 3 && words.filter(token => token.capitalised).length >= words.length * 0.8;
}
