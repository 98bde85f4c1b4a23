import type {Token} from './quotes-tokens.js';
import type {Candidate} from './quotes-candidates.js';
import {isWord} from './quotes-phrases.js';
import {contentEnd} from './quotes-content.js';

/** Nouns that carry an attribution of their owner: "Trump's claim that …", "his decision to …". */
const nouns = new Set([
	'claim', 'claims', 'statement', 'announcement', 'assertion', 'argument', 'suggestion', 'insistence', 'belief', 'view',
	'position', 'promise', 'promises', 'pledge', 'vow', 'demand', 'proposal', 'decision', 'determination', 'comment', 'comments',
	'remark', 'remarks', 'criticism', 'complaint', 'accusation', 'allegation', 'warning', 'prediction', 'estimate', 'finding',
	'conclusion', 'bet', 'hope', 'fear', 'admission', 'acknowledgment', 'acknowledgement', 'denial', 'explanation', 'theory',
	'opinion', 'message', 'plea', 'call', 'threat', 'refusal', 'eagerness', 'insistence', 'contention', 'assessment', 'missive',
	'emphasis', 'obsession', 'adulation', 'praise', 'attacks', 'response', 'answer', 'reply', 'vision', 'goal',
]);

/** Possessive pronouns that stand for a person; "its" and "their" rarely lead back to one. */
const owners = new Set(['his', 'her']);
const connectors = new Set(['that', 'to', 'of', 'about', 'on']);
const copulas = new Set(['is', 'was']);

/** `Trump's earlier claim that …`: the owner said what follows the noun. */
export function nominalCandidates(tokens: readonly Token[]): Candidate[] {
	const found: Candidate[] = [];
	for (let index = 1; index + 2 < tokens.length; index++) {
		const noun = tokens[index];
		if (!isWord(noun) || noun.capitalised || !nouns.has(noun.lower)) continue;
		// `Mr. Obama's bet is that …`: the noun is the subject of "be" and the clause after "that" its content.
		const copula = copulas.has(tokens[index + 1]?.lower ?? '') && tokens[index + 2]?.lower === 'that' ? 1 : 0;
		if (!connectors.has(tokens[index + 1 + copula]?.lower ?? '')) continue;
		const speaker = owner(tokens, index);
		if (!speaker) continue;
		const from = index + 2 + copula;
		found.push({
			cue: {from: speaker.cueFrom, to: index + 1 + copula},
			cueClasses: ['object'],
			cueExtra: null,
			speaker: {from: speaker.from, to: speaker.to},
			inheritsSpeaker: false,
			content: [{from, to: contentEnd(tokens, from)}],
			pattern: 'forward',
		});
	}
	return found;
}

/** The owner before a noun, over at most two modifiers: "Trump's" / "his" / "Tulsa police's earlier". */
function owner(tokens: readonly Token[], noun: number): {from: number; to: number; cueFrom: number} | null {
	for (let cueFrom = noun; cueFrom >= noun - 2 && cueFrom > 0; cueFrom--) {
		const before = tokens[cueFrom - 1];
		if (!isWord(before)) return null;
		if (owners.has(before.lower)) return {from: cueFrom - 1, to: cueFrom, cueFrom};
		if (before.lower === "'s") {
			let from = cueFrom - 1;
			while (from > 0 && isWord(tokens[from - 1]) && tokens[from - 1]?.capitalised) from--;
			return from < cueFrom - 1 ? {from, to: cueFrom - 1, cueFrom} : null;
		}
		if (before.capitalised) return null;
	}
	return null;
}
