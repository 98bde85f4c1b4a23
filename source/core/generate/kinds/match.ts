import type {Candidate, GenerateContext} from '../candidate.js';
import {shortenAtWord} from '../text.js';
import {isReportedSpeech, quotedWords} from './quote-text.js';
import {bestRole, quoteGivingRole, roleCore} from './roles.js';

type Pair = {left: string; right: string; fact: string; source: string; evidence: string | undefined};

/** Speakers with their statements, people with their posts, treaties with their years: 3–4 pairs a question. */
export function matchCandidates(context: GenerateContext): Candidate[] {
	return [
		...matchQuestions('speakers', 'Match each speaker with what they said.', speakerPairs(context)),
		...matchQuestions('roles', 'Match each person with their position.', rolePairs(context)),
		...matchQuestions('treaties', 'Match each treaty with its year.', treatyPairs(context)),
	];
}

function speakerPairs(context: GenerateContext): Pair[] {
	const pairs: Pair[] = [];
	for (const quote of context.factsOfType('quote')) {
		const speaker = context.entities.resolve(quote.speaker);
		if (!speaker || !isReportedSpeech(quote) || pairs.some(pair => pair.left === speaker.name)) continue;
		pairs.push({left: speaker.name, right: quotedWords(quote, context.properWords, 70), fact: quote.id, source: quote.source, evidence: quote.evidence});
	}
	return pairs;
}

function rolePairs(context: GenerateContext): Pair[] {
	const pairs: Pair[] = [];
	for (const person of context.entities.all()) {
		if (person.category !== 'person' || person.roles.length === 0) continue;
		const role = bestRole(person.roles);
		if (pairs.some(pair => roleCore(pair.right) === roleCore(role))) continue;
		const quote = quoteGivingRole(person, context);
		if (!quote) continue;
		pairs.push({left: person.name, right: role, fact: quote.id, source: quote.source, evidence: quote.evidence});
	}
	return pairs;
}

function treatyPairs(context: GenerateContext): Pair[] {
	const pairs: Pair[] = [];
	for (const treaty of context.factsOfType('treaty')) {
		if (treaty.year === undefined || pairs.some(pair => pair.left === treaty.name || pair.right === String(treaty.year))) continue;
		pairs.push({left: treaty.name, right: String(treaty.year), fact: treaty.id, source: treaty.source, evidence: treaty.evidence});
	}
	return pairs;
}

function matchQuestions(topic: string, prompt: string, pairs: Pair[]): Candidate[] {
	// Two treaties with their years are already a fair question; two speakers are a coin toss.
	const minimum = topic === 'treaties' ? 2 : 3;
	const candidates: Candidate[] = [];
	for (let start = 0; start < pairs.length; start += 4) {
		const chosen = pairs.slice(start, start + 4);
		if (chosen.length < minimum) continue;
		candidates.push({
			kind: 'match',
			key: `${topic}\n${chosen.map(pair => `${pair.left}=${pair.right}`).join('\n')}`,
			sources: [...new Set(chosen.map(pair => pair.source))],
			evidence: chosen[0]!.evidence,
			facts: chosen.map(pair => pair.fact),
			question: {
				type: 'match',
				prompt,
				pairs: chosen.map(({left, right}) => ({left: shortenAtWord(left, 60), right})),
				explanation: chosen.map(pair => `${pair.left} — ${pair.right}`).join('; '),
			},
			reveals: [],
			difficulty: 0.5,
		});
	}
	return candidates;
}
