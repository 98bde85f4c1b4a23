import type {ExtractedPerson} from './facts.js';
import type {Registry} from './people-registry.js';
import {genderOf} from './people-registry.js';
import type {ResolvedSpeaker} from './speakers.js';

/** People worth listing: named by a full name or with a role, or a quoted single name that pronouns show to be a person. */
export function peopleFrom(registry: Registry, quoted: ReadonlyArray<ResolvedSpeaker | null>): ExtractedPerson[] {
	const speakers = new Set(quoted.map(speaker => speaker?.person).filter(person => person !== undefined && person !== null));
	return registry.people
		.filter(person => person.kind === 'person' && (person.name.includes(' ') || person.roles.length > 0 || (speakers.has(person) && genderOf(person) !== null)))
		.map(person => {
			const aliases = [...person.aliases];
			for (const speaker of quoted) {
				const alias = speaker?.person === person ? speaker.alias : undefined;
				if (alias && !aliases.includes(alias)) aliases.push(alias);
			}
			return {name: person.name, roles: [...person.roles], aliases};
		});
}
