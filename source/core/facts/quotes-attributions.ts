import type {Token} from './quotes-tokens.js';
import type {Candidate} from './quotes-candidates.js';
import {candidatesFor} from './quotes-candidates.js';
import {findCues} from './quotes-cue-finder.js';
import {colonCandidates, dashCandidates} from './quotes-layout.js';
import {nominalCandidates} from './quotes-nominal.js';
import type {Range} from './quotes-phrases.js';
import {isPunct} from './quotes-phrases.js';
import {cueIndex} from './quotes-cues.js';

/**
 * The attributions of one unit. Every token takes part in at most one
 * attribution, so candidates are taken most certain first: direct quotes,
 * then speech verbs, then beliefs, then verbs whose object is attributed;
 * a candidate that overlaps one already taken is dropped.
 */
export function attributionsInUnit(tokens: readonly Token[], isFirstUnit: boolean): Candidate[] {
	const candidates = [...colonCandidates(tokens, isFirstUnit), ...dashCandidates(tokens), ...nominalCandidates(tokens)];
	for (const cue of findCues(tokens)) candidates.push(...candidatesFor(tokens, cue));
	const ranked = candidates
		.filter(candidate => candidate.content.some(range => range.to > range.from))
		.map((candidate, order) => ({candidate, order, rank: rank(tokens, candidate)}))
		.sort((a, b) => b.rank - a.rank || a.order - b.order);
	const taken = new Uint8Array(tokens.length);
	const accepted: Candidate[] = [];
	for (const {candidate: original} of ranked) {
		const candidate = trimmed(tokens, original, taken);
		if (!candidate) continue;
		// `In a statement announcing …, the union called …`: the opening participle shares the main clause's subject.
		const sharedSpeaker = candidate.pattern === 'participle' && candidate.speaker !== null && candidate.speaker.from > candidate.cue.to;
		const ranges = [candidate.cue, ...(candidate.speaker && !sharedSpeaker ? [candidate.speaker] : []), ...candidate.content];
		for (const range of ranges) taken.fill(1, range.from, range.to);
		accepted.push(candidate);
	}
	return accepted.sort((a, b) => a.cue.from - b.cue.from);
}

/** The candidate with its content cut before tokens already taken, or null if its cue or speaker is taken or no content is left. */
function trimmed(tokens: readonly Token[], original: Candidate, taken: Uint8Array): Candidate | null {
	if (overlaps(taken, original.cue)) return null;
	const speaker = original.speaker && overlaps(taken, original.speaker) ? headOnly(tokens, original.speaker) : original.speaker;
	if (speaker && overlaps(taken, speaker)) return null;
	const candidate = {...original, speaker};
	const content: Candidate['content'] = [];
	for (const range of candidate.content) {
		let to = range.from;
		while (to < range.to && !taken[to]) to++;
		if (to > range.from) content.push({from: range.from, to});
		if (to < range.to) break;
	}
	return content.length > 0 ? {...candidate, content} : null;
}

/** "Mr. Obama, who understood that …, told": when the insert is attributed itself, the speaker is the name before it. */
function headOnly(tokens: readonly Token[], speaker: Range): Range | null {
	for (let index = speaker.from + 1; index < speaker.to; index++) if (isPunct(tokens[index], ',')) return {from: speaker.from, to: index};
	return null;
}

function overlaps(taken: Uint8Array, range: {from: number; to: number}): boolean {
	for (let index = range.from; index < range.to; index++) if (taken[index]) return true;
	return false;
}

export function isDirect(tokens: readonly Token[], candidate: Candidate): boolean {
	return candidate.content.every(range => {
		const inside = tokens.slice(range.from, range.to).filter(token => !isPunct(token));
		return inside.length === 1 && inside[0]?.kind === 'quote';
	});
}

/** A noun cue ("Trump's claim that …") yields to any verb. */
function nominal(tokens: readonly Token[], candidate: Candidate): boolean {
	const cue = tokens[candidate.cue.to - 1];
	return candidate.cueClasses.length === 1 && candidate.cueClasses[0] === 'object' && cue !== undefined && !cueIndex.has(cue.lower);
}

/** `X added: …, the plan asks`: a colon inside the content opens an attribution of its own. */
function holdsColon(tokens: readonly Token[], candidate: Candidate): boolean {
	return candidate.content.some(range => tokens.slice(range.from, range.to).some(token => isPunct(token, ':')));
}

function rank(tokens: readonly Token[], candidate: Candidate): number {
	if (candidate.pattern === 'colon' || candidate.pattern === 'dash') return 5;
	if (candidate.cue.to - candidate.cue.from >= 1 && nominal(tokens, candidate)) return 0;
	if (isDirect(tokens, candidate)) return 4;
	if (candidate.pattern === 'according') return 3;
	// `Kim had told aides that …, the source added.`: the trailing attribution closing a sentence holds the one inside it.
	if ((candidate.pattern === 'trailing' || candidate.pattern === 'inverted') && candidate.cueClasses.includes('speech') && !holdsColon(tokens, candidate)) return 3.5;
	if (candidate.cueClasses.includes('speech') || candidate.cueClasses.includes('tell')) return 3;
	if (candidate.cueClasses.includes('thought')) return 2;
	return 1;
}
