import type {Fact, FactsDocument, Source} from '../../core/pack/schema.js';
import {factsFormat} from '../../core/pack/schema.js';

/**
 * Several facts documents as one, in the order given. An id already taken by
 * an earlier document gets the first free "-2", "-3"… suffix, and the facts
 * of a renamed source follow it, so two articles from the same outlet and
 * day, or the same facts file given twice, never clash.
 */
export function mergeFactsDocuments(documents: readonly FactsDocument[]): FactsDocument {
	const sourceIds = new Set<string>();
	const factIds = new Set<string>();
	const sources: Source[] = [];
	const facts: Fact[] = [];
	for (const document of documents) {
		const renamed = new Map<string, string>();
		for (const source of document.sources) {
			const id = freeId(source.id, sourceIds);
			renamed.set(source.id, id);
			sources.push({...source, id});
		}
		for (const fact of document.facts) {
			facts.push({...fact, id: freeId(fact.id, factIds), source: renamed.get(fact.source) ?? fact.source});
		}
	}
	return {format: factsFormat, sources, facts};
}

function freeId(wanted: string, taken: Set<string>): string {
	let id = wanted;
	// Ids are at most 80 characters: leave room for the suffix.
	for (let n = 2; taken.has(id); n++) id = `${wanted.slice(0, 72).replace(/-+$/, '')}-${n}`;
	taken.add(id);
	return id;
}
