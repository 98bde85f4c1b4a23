import {countryNames, findCountries} from '../../facts/treaties-countries.js';
import type {Fact} from '../../pack/schema.js';
import {citation, type Candidate, type GenerateContext} from '../candidate.js';
import {clauseQuestion} from '../clause-question.js';
import {dateDistractors, pickDistractors} from '../distractors.js';
import {referenceTreaties} from '../reference.js';
import {containsPhrase, sameText} from '../text.js';

type TreatyFact = Extract<Fact, {type: 'treaty'}>;

/** which-treaty, treaty-year and treaty-parties for each named, dated treaty (one per name). */
export function treatyCandidates(context: GenerateContext): Candidate[] {
	const seen = new Set<string>();
	const candidates: Candidate[] = [];
	for (const treaty of context.factsOfType('treaty')) {
		if (treaty.year === undefined || seen.has(treaty.name.toLowerCase())) continue;
		seen.add(treaty.name.toLowerCase());
		const which = whichTreaty(treaty, context);
		if (which) candidates.push(which);
		candidates.push(treatyYear(treaty, context));
		const parties = treatyParties(treaty, context);
		if (parties) candidates.push(parties);
	}
	return candidates;
}

function base(treaty: TreatyFact, context: GenerateContext) {
	return {sources: [treaty.source], evidence: treaty.evidence, facts: [treaty.id], cited: citation(context.source(treaty.source))};
}

/** "Under which treaty did Tokyo renounce its claims to the islands?", from the event that names the treaty. */
function whichTreaty(treaty: TreatyFact, context: GenerateContext): Candidate | undefined {
	const pattern = new RegExp(`\\s*\\b(under|in|by|through|with|via)\\s+(?:the\\s+)?(?:\\d{4}\\s+)?${escape(treaty.name)}\\b`, 'i');
	let prompt: string | undefined;
	for (const event of context.factsOfType('event')) {
		const match = pattern.exec(event.what);
		if (!match) continue;
		const clause = event.what.slice(0, match.index) + event.what.slice(match.index + match[0].length);
		prompt = clauseQuestion(clause, `${match[1]!.charAt(0).toUpperCase()}${match[1]!.slice(1).toLowerCase()} which treaty`);
		if (prompt) break;
	}
	if (!prompt) return undefined;
	const key = treaty.name;
	const others = context.factsOfType('treaty').filter(other => !sameText(other.name, treaty.name) && other.year !== undefined);
	const sharesParty = referenceTreaties.filter(reference => reference.parties.some(party => treaty.parties.includes(party)));
	const similarName = (a: string, b: string) => sameText(a, b) || containsPhrase(a, b) || containsPhrase(b, a);
	const distractors = pickDistractors(
		treaty.name,
		[others.filter(other => other.source === treaty.source).map(other => other.name), others.map(other => other.name), sharesParty.map(reference => reference.name), referenceTreaties.map(reference => reference.name)],
		context.distractorCount,
		context.randomFor(`which-treaty\n${key}`),
		similarName,
	);
	const {cited, ...rest} = base(treaty, context);
	return {
		kind: 'which-treaty',
		key,
		...rest,
		question: {type: 'choice', prompt, options: [treaty.name, ...distractors], answer: treaty.name, explanation: `The ${treaty.name} (${treaty.year}) (${cited}).`},
		reveals: [treaty.name],
		difficulty: 0.4,
	};
}

function treatyYear(treaty: TreatyFact, context: GenerateContext): Candidate {
	const year = String(treaty.year);
	const key = `${treaty.name}\n${year}`;
	const wrong = dateDistractors(year, {count: context.distractorCount, random: context.randomFor(`treaty-year\n${key}`), latest: context.source(treaty.source)?.published});
	const {cited, ...rest} = base(treaty, context);
	const verb = treaty.signed === false ? 'agreed' : 'signed';
	return {
		kind: 'treaty-year',
		key,
		...rest,
		question: {type: 'choice', prompt: `In which year was the ${treaty.name} ${verb}?`, options: [year, ...wrong], answer: year, explanation: `The ${treaty.name} was ${verb} in ${year} (${cited}).`},
		reveals: [year],
		difficulty: 0.5,
	};
}

/**
 * "Which of these countries was a party to …?" Only when the wrong options
 * are surely not parties: the treaty is in the reference list (so its parties
 * are known) or names at least two parties of its own.
 */
function treatyParties(treaty: TreatyFact, context: GenerateContext): Candidate | undefined {
	const unnamed = treaty.parties.filter(party => !containsPhrase(treaty.name, party) && findCountries(treaty.name).every(mention => mention.country !== party));
	const answer = unnamed[0];
	if (!answer) return undefined;
	const reference = referenceTreaties.find(known => sameText(known.name, treaty.name));
	if (!reference && treaty.parties.length < 2) return undefined;
	const parties = new Set([...treaty.parties, ...(reference?.parties ?? [])]);
	const mentioned = context.document.facts.flatMap(fact => findCountries(fact.evidence ?? '').map(mention => mention.country));
	const notParty = (countries: readonly string[]) => countries.filter(country => !parties.has(country) && !(country === 'Soviet Union' && parties.has('Russia')));
	const key = `${treaty.name}\n${answer}`;
	const distractors = pickDistractors(answer, [notParty(mentioned), notParty(countryNames)], context.distractorCount, context.randomFor(`treaty-parties\n${key}`));
	const {cited, ...rest} = base(treaty, context);
	return {
		kind: 'treaty-parties',
		key,
		...rest,
		question: {
			type: 'choice',
			prompt: `Which of these countries was a party to the ${treaty.year} ${treaty.name}?`,
			options: [answer, ...distractors],
			answer,
			explanation: `${treaty.parties.join(', ')} ${treaty.parties.length > 1 ? 'were parties' : 'was a party'} to the ${treaty.name} (${cited}).`,
		},
		reveals: [answer],
		difficulty: 0.45,
	};
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
