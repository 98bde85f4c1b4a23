import {findCountries} from '../../facts/treaties-countries.js';
import {citation, type Candidate, type GenerateContext} from '../candidate.js';
import {dateAnswer} from '../date-text.js';
import {pickDistractors} from '../distractors.js';
import type {Entity} from '../entities.js';
import {referenceRoles} from '../reference.js';

/** One "What position did X hold?" per person with a role. */
export function roleCandidates(context: GenerateContext): Candidate[] {
	const people = context.entities.all().filter(entity => entity.category === 'person' && entity.roles.length > 0);
	const candidates: Candidate[] = [];
	for (const person of people) {
		const answer = bestRole(person.roles);
		const source = person.sources[0]!;
		const published = context.source(source)?.published;
		const ownRoles = person.roles.map(roleCore);
		const othersRoles = people.filter(other => other !== person).flatMap(other => other.roles);
		const key = `${person.name}\n${roleCore(answer)}`;
		const distractors = pickDistractors(answer, [othersRoles, [...referenceRoles]], context.distractorCount, context.randomFor(`role\n${key}`), (candidate, other) => roleCore(candidate) === roleCore(other) || ownRoles.includes(roleCore(candidate)));
		const evidence = personEvidence(person, context);
		candidates.push({
			kind: 'role',
			key,
			sources: [source],
			evidence: evidence?.sentence,
			facts: evidence ? [evidence.id] : [],
			question: {
				type: 'choice',
				prompt: published ? `What position did ${person.name} hold in ${dateAnswer(published.slice(0, 7))}?` : `What position did ${person.name} hold, according to the article?`,
				options: [answer, ...distractors],
				answer,
				explanation: `${person.name}: ${answer} (${citation(context.source(source))}).`,
			},
			reveals: [answer],
			difficulty: 0.4,
		});
	}
	return candidates;
}

/** A role without its country or article: "Japan's Prime Minister" and "Prime Minister of Japan" are one post. */
export function roleCore(role: string): string {
	let core = role.toLowerCase();
	for (const mention of findCountries(role).reverse()) core = core.slice(0, mention.start) + core.slice(mention.end);
	return core
		.replace(/['’]s\b/g, '')
		.replace(/\b(of|the|a|an)\b/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** The most informative role: the longest, which usually names the country too. */
export function bestRole(roles: readonly string[]): string {
	return [...roles].sort((a, b) => b.length - a.length)[0]!;
}

/** A sentence naming the person with a role: the person fact's, else a quote of theirs that gives the role. */
function personEvidence(person: Entity, context: GenerateContext): {id: string; sentence: string} | undefined {
	const fact = context.factsOfType('person').find(candidate => candidate.name === person.name && candidate.evidence);
	if (fact?.evidence) return {id: fact.id, sentence: fact.evidence};
	const quote = quoteGivingRole(person, context);
	return quote?.evidence ? {id: quote.id, sentence: quote.evidence} : undefined;
}

/** A quote of the person's that names their role, with its sentence. */
export function quoteGivingRole(person: Entity, context: GenerateContext) {
	return context.factsOfType('quote').find(candidate => context.entities.resolve(candidate.speaker) === person && candidate.role && candidate.evidence);
}
