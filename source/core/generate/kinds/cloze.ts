import type {Fact} from '../../pack/schema.js';
import type {Candidate, GenerateContext} from '../candidate.js';
import {nameAliases} from '../entities.js';
import {containsPhrase} from '../text.js';

type Gap = {term: string; alternatives: string[]; facts: string[]};

/**
 * One cloze per evidence sentence: the sentence as written with its key
 * term blanked — a treaty's name, else a person's name (surname and full
 * name both accepted), else a year. A term that appears twice in the
 * sentence would give itself away, so such sentences are skipped. Up to
 * `limit`, treaties first, then names, then years, in article order.
 */
export function clozeCandidates(context: GenerateContext, limit: number): Candidate[] {
	const bySentence = new Map<string, Fact>();
	for (const fact of context.document.facts) if (fact.evidence && !bySentence.has(fact.evidence)) bySentence.set(fact.evidence, fact);
	const ranked: Array<Candidate & {rank: number}> = [];
	for (const [sentence, fact] of bySentence) {
		if (sentence.length > 240 || /[{}|]/.test(sentence)) continue;
		const gap = chooseGap(sentence, context);
		if (!gap) continue;
		const rank = gap.facts.length > 0 ? 0 : /^\d+$/.test(gap.term) ? 2 : 1;
		const at = sentence.indexOf(gap.term);
		const text = `${sentence.slice(0, at)}{{${[gap.term, ...gap.alternatives].join('|')}}}${sentence.slice(at + gap.term.length)}`;
		ranked.push({
			rank,
			kind: 'cloze',
			key: `${sentence}\n${gap.term}`,
			sources: [fact.source],
			evidence: sentence,
			facts: [...new Set([fact.id, ...gap.facts])],
			question: {type: 'cloze', prompt: `Fill in the gap (from ${context.source(fact.source)?.outlet ?? 'the article'}).`, text, explanation: `The missing words are “${gap.term}”.`},
			reveals: [],
			difficulty: 0.55,
		});
	}
	return ranked
		.map((candidate, index) => ({candidate, index}))
		.sort((a, b) => a.candidate.rank - b.candidate.rank || a.index - b.index)
		.slice(0, limit)
		.sort((a, b) => a.index - b.index)
		.map(({candidate: {rank: _rank, ...candidate}}) => candidate);
}

function chooseGap(sentence: string, context: GenerateContext): Gap | undefined {
	const once = (term: string) => sentence.indexOf(term) >= 0 && sentence.indexOf(term) === sentence.lastIndexOf(term);
	for (const treaty of context.factsOfType('treaty')) {
		if (treaty.year !== undefined && once(treaty.name)) return {term: treaty.name, alternatives: treatyAlternatives(treaty.name), facts: [treaty.id]};
	}
	for (const entity of context.entities.all()) {
		if (entity.category !== 'person') continue;
		const names = [entity.name, ...nameAliases(entity)];
		const written = [...names].sort((a, b) => b.length - a.length);
		const term = written.find(name => once(name));
		if (!term) continue;
		// "Peskov" blanked while "Dmitry Peskov" stays elsewhere would give the answer away.
		if (written.some(name => name !== term && !term.includes(name) && containsPhrase(sentence.replace(term, ''), name))) continue;
		return {term, alternatives: names.filter(name => name !== term), facts: []};
	}
	const year = /\b(1[5-9]\d\d|20\d\d)\b/.exec(sentence)?.[1];
	if (year && once(year)) return {term: year, alternatives: [], facts: []};
	return undefined;
}

/** "San Francisco Peace Treaty" is also typed as "Treaty of San Francisco" or "San Francisco Treaty". */
function treatyAlternatives(name: string): string[] {
	const place = /^(.+?) (?:Peace )?Treaty$/.exec(name)?.[1];
	if (!place) return [];
	return [`Treaty of ${place}`, `${place} Treaty`].filter(alternative => alternative !== name);
}
