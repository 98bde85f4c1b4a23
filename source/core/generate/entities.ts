import {countryFor, findCountries} from '../facts/treaties-countries.js';
import type {FactsDocument} from '../pack/schema.js';
import {bodyWords, looksLikeName, roleWords} from './name-words.js';
import {referencePeople} from './reference.js';
import {folded, pronouns, sameText} from './text.js';

/**
 * Who can be an answer: people, places that speak for a government
 * ("Japan", "the Kremlin") and organisations. Wrong options are drawn from
 * the same category only.
 */
export type Category = 'person' | 'place' | 'organisation';

export type Entity = {
	name: string;
	category: Category;
	/** Other names for the same entity: a surname, "Japan's Prime Minister". */
	aliases: string[];
	roles: string[];
	/** The country the entity belongs to or stands for, when known. */
	country: string | undefined;
	/** Source ids of the articles that mention it, in document order. */
	sources: string[];
};

export type EntityIndex = {
	/** The entity a name (or alias) stands for; undefined for pronouns and bare roles. */
	resolve(name: string): Entity | undefined;
	all(): Entity[];
};

export function buildEntities(document: FactsDocument): EntityIndex {
	const entities: Entity[] = [];
	const add = (entity: Entity) => {
		entities.push(entity);
		index(entity);
		return entity;
	};
	const byName = new Map<string, Entity>();
	const index = (entity: Entity) => {
		for (const name of [entity.name, ...entity.aliases]) if (!byName.has(folded(name))) byName.set(folded(name), entity);
	};
	const find = (name: string) => byName.get(folded(name));
	const mention = (entity: Entity, source: string) => {
		if (!entity.sources.includes(source)) entity.sources.push(source);
	};

	for (const fact of document.facts) {
		if (fact.type !== 'person') continue;
		const known = find(fact.name);
		if (known) {
			mention(known, fact.source);
			known.aliases.push(...fact.aliases.filter(alias => !known.aliases.includes(alias)));
			known.aliases = [...new Set(known.aliases)];
			index(known);
			known.roles.push(...fact.roles.filter(role => !known.roles.includes(role)));
			continue;
		}
		add({name: fact.name, category: 'person', aliases: [...new Set([...fact.aliases, ...surname(fact.name)])], roles: [...fact.roles], country: personCountry(fact.name, fact.roles), sources: [fact.source]});
	}
	for (const fact of document.facts) {
		if (fact.type !== 'quote') continue;
		const known = find(fact.speaker);
		if (known) {
			mention(known, fact.source);
			if (fact.role && !known.roles.includes(fact.role)) known.roles.push(fact.role);
			continue;
		}
		const category = categorize(fact.speaker);
		if (!category) continue;
		const name = fact.speaker.replace(/^The /, 'the ');
		add({name, category, aliases: category === 'person' ? surname(name) : [], roles: fact.role ? [fact.role] : [], country: countryFor(name.replace(/^the /, '')) ?? personCountry(name, fact.role ? [fact.role] : []), sources: [fact.source]});
	}
	return {resolve: name => find(name), all: () => [...entities]};
}

/** What a speaker named only in a quote is, or undefined when it names no one in particular. */
export function categorize(speaker: string): Category | undefined {
	const bare = speaker.replace(/^the /i, '');
	if (pronouns.has(speaker.toLowerCase()) || !/^\p{Lu}/u.test(bare)) return undefined;
	if (countryFor(bare)) return 'place';
	if (bodyWords.test(bare)) return 'organisation';
	if (roleWords.test(bare)) return undefined;
	const words = bare.split(/\s+/);
	if (words.length >= 2 && words.length <= 4 && words.every(word => /^\p{Lu}[\p{L}'’.-]+$/u.test(word))) return 'person';
	return 'organisation';
}

/** The aliases that are names ("Peskov"), not descriptions ("the spokesman", "Japan's Prime Minister"). */
export function nameAliases(entity: Entity): string[] {
	return entity.aliases.filter(looksLikeName);
}


/** Two names that would be the same right answer: aliases, one surname, or one country. */
export function sameEntity(a: string, b: string, index: EntityIndex): boolean {
	if (sameText(a, b)) return true;
	const first = index.resolve(a);
	const second = index.resolve(b);
	if (first && first === second) return true;
	if (first?.aliases.some(alias => sameText(alias, b)) || second?.aliases.some(alias => sameText(alias, a))) return true;
	const countryA = first?.category === 'person' ? undefined : countryFor(a.replace(/^the /i, ''));
	const countryB = second?.category === 'person' ? undefined : countryFor(b.replace(/^the /i, ''));
	if (countryA && countryA === countryB) return true;
	// "Seravia's foreign ministry" speaks for Seravia: offering one against the other is a trick, not a test.
	if (sameText(owner(a) ?? '', b) || sameText(owner(b) ?? '', a)) return true;
	const lastA = a.trim().split(/\s+/).at(-1);
	const lastB = b.trim().split(/\s+/).at(-1);
	return (first?.category === 'person' || second?.category === 'person') && lastA !== undefined && lastB !== undefined && sameText(lastA, lastB);
}

/** "Seravia" in "Seravia's foreign ministry"; undefined when the name is not possessive. */
function owner(name: string): string | undefined {
	return /^(?:the )?(.+?)['’]s /i.exec(name)?.[1];
}

function surname(name: string): string[] {
	const words = name.trim().split(/\s+/);
	return words.length > 1 ? [words.at(-1)!] : [];
}

function personCountry(name: string, roles: readonly string[]): string | undefined {
	for (const role of roles) {
		const country = findCountries(role)[0]?.country;
		if (country) return country;
	}
	return referencePeople.find(person => sameText(person.name, name))?.country;
}
