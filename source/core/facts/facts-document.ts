import type {Article} from '../article/article.js';
import type {Fact, FactsDocument, Source} from '../pack/schema.js';
import {factsFormat} from '../pack/schema.js';
import type {ArticleFacts} from './facts.js';
import {claimId} from '../pack/unique-id.js';

export type ExtractedArticle = {article: Article; facts: ArticleFacts; url: string | null};

/**
 * The facts of one or more articles as a facts document in the pack's fact
 * format, with stable, readable ids ("quote-dmitry-peskov-2"). Dates the text
 * does not pin to at least a year are left out: a pack's event needs a date.
 */
export function toFactsDocument(extracted: readonly ExtractedArticle[]): FactsDocument {
	const ids = new Set<string>();
	const unique = (base: string) => {
		return claimId(slug(base).slice(0, 72) || 'fact', ids);
	};
	const sources: Source[] = [];
	const facts: Fact[] = [];
	for (const {article, facts: found, url} of extracted) {
		const source = unique(`${article.outlet ?? 'article'}-${article.published ?? 'undated'}`);
		sources.push({
			id: source,
			title: article.title ?? 'Untitled article',
			...(article.outlet ? {outlet: article.outlet} : {}),
			...(article.published ? {published: article.published} : {}),
			...(url ? {url} : {}),
		});
		for (const person of found.people) {
			facts.push({id: unique(`person-${person.name}`), type: 'person', source, name: person.name, roles: person.roles, aliases: person.aliases});
		}
		for (const quote of found.quotes) {
			facts.push({
				id: unique(`quote-${quote.speaker ?? 'unknown'}`),
				type: 'quote',
				source,
				speaker: quote.speaker ?? 'unknown speaker',
				...(quote.speakerRole ? {role: quote.speakerRole} : {}),
				text: quote.text,
				kind: quote.kind,
				evidence: quote.evidence.sentence,
			});
		}
		for (const date of found.dates) {
			if (!date.value) continue;
			facts.push({id: unique(`event-${date.value}`), type: 'event', source, date: date.value, what: date.event ?? date.evidence.sentence, evidence: date.evidence.sentence});
		}
		for (const treaty of found.treaties) {
			facts.push({
				id: unique(`treaty-${treaty.name}`),
				type: 'treaty',
				source,
				name: treaty.name,
				...(treaty.year === null ? {} : {year: treaty.year}),
				parties: treaty.parties,
				evidence: treaty.evidence.sentence,
			});
		}
	}
	return {format: factsFormat, sources, facts};
}

/** Lower-case ASCII words joined by "-": ids and file names from any text. */
export function slug(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
