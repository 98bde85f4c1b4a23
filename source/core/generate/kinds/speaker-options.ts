import {countryNames, seatsOf} from '../../facts/treaties-countries.js';
import type {Random} from '../../random.js';
import type {GenerateContext} from '../candidate.js';
import {pickDistractors} from '../distractors.js';
import {sameEntity, type Entity} from '../entities.js';
import {referenceOrganisations, referencePeople} from '../reference.js';

/**
 * Wrong options for a speaker: same category, from the same article first,
 * then the other articles, then the reference list (people of the same
 * country before the rest).
 */
export function speakerDistractors(speaker: Entity, source: string, context: GenerateContext, random: Random, count = context.distractorCount): string[] {
	const peers = context.entities.all().filter(entity => entity.category === speaker.category && shape(entity) === shape(speaker));
	const sameArticle = peers.filter(entity => entity.sources.includes(source)).map(entity => entity.name);
	const otherArticles = peers.filter(entity => !entity.sources.includes(source)).map(entity => entity.name);
	return pickDistractors(speaker.name, [sameArticle, otherArticles, ...referenceTiers(speaker)], count, random, (a, b) => sameEntity(a, b, context.entities));
}

function referenceTiers(speaker: Entity): string[][] {
	switch (speaker.category) {
		case 'person': {
			const sameCountry = referencePeople.filter(person => person.country === speaker.country).map(person => person.name);
			return [sameCountry, referencePeople.map(person => person.name)];
		}
		case 'place': {
			if (/^the /i.test(speaker.name)) return [[...seatInstitutions]];
			const isSeat = speaker.country !== undefined && seatsOf(speaker.country).includes(speaker.name);
			return isSeat ? [[...majorCapitals]] : [[...majorCountries], [...countryNames]];
		}
		case 'organisation':
			return [[...referenceOrganisations]];
	}
}

/** Seats that speak for their governments, as news copy names them. */
const seatInstitutions = ['the Kremlin', 'the White House', 'Downing Street', 'the Élysée Palace', 'the Blue House', 'Zhongnanhai'];
const majorCapitals = ['Moscow', 'Washington', 'Beijing', 'Tokyo', 'London', 'Paris', 'Berlin', 'Kyiv', 'New Delhi', 'Seoul'];
const majorCountries = ['Russia', 'United States', 'China', 'Japan', 'United Kingdom', 'France', 'Germany', 'India', 'Ukraine', 'South Korea'];

/** Places are asked about as they are written: "the Kremlin" among seats, "Tokyo" among capitals, "Japan" among countries. */
function shape(entity: Entity): string {
	if (entity.category !== 'place') return entity.category;
	if (/^the /i.test(entity.name)) return 'seat';
	return entity.country !== undefined && seatsOf(entity.country).includes(entity.name) ? 'capital' : 'country';
}
