import {citation, type Candidate, type GenerateContext} from '../candidate.js';
import {clearEvents} from './events.js';
import {dateAnswer, datePhrase} from '../date-text.js';
import {dateDistractors} from '../distractors.js';
import {capitalize, contentHash, shortenAtWord} from '../text.js';
import {tidyClause} from '../clause-question.js';
import {isReportedSpeech, quotedWords} from './quote-text.js';
import {speakerDistractors} from './speaker-options.js';

type Statement = {key: string; source: string; evidence: string | undefined; fact: string; build: (truth: boolean) => {statement: string; explanation: string} | undefined};

/**
 * True/false statements from quotes (speaker swapped), events (date swapped)
 * and treaties (year swapped). Which are made false is decided by sorting
 * on a hash of seed and content and alternating, so a pack is half true;
 * `limit` keeps them from crowding out the other kinds.
 */
export function trueFalseCandidates(context: GenerateContext, seed: number, limit: number): Candidate[] {
	const statements = [...quoteStatements(context), ...eventStatements(context), ...treatyStatements(context)];
	const ordered = statements.sort((a, b) => contentHash(`${seed}\n${a.key}`).localeCompare(contentHash(`${seed}\n${b.key}`)));
	const candidates: Candidate[] = [];
	let trueCount = 0;
	for (const statement of ordered) {
		if (candidates.length >= limit) break;
		let answer = trueCount * 2 <= candidates.length;
		let built = statement.build(answer);
		if (!built && !answer) {
			answer = true;
			built = statement.build(true);
		}
		if (!built) continue;
		if (answer) trueCount++;
		candidates.push({
			kind: 'truefalse',
			key: `${statement.key}\n${answer}`,
			sources: [statement.source],
			evidence: statement.evidence,
			facts: [statement.fact],
			question: {type: 'truefalse', prompt: built.statement, answer, explanation: built.explanation},
			reveals: [],
			difficulty: 0.25,
		});
	}
	return candidates;
}

function quoteStatements(context: GenerateContext): Statement[] {
	return context.factsOfType('quote').flatMap(quote => {
		const speaker = context.entities.resolve(quote.speaker);
		if (!speaker || !isReportedSpeech(quote)) return [];
		const words = quotedWords(quote, context.properWords, 120);
		const said = (name: string) => (quote.kind === 'direct' ? `${name} said ${words}.` : `${name} said that ${words}.`);
		const cited = citation(context.source(quote.source));
		return [{
			key: `quote\n${speaker.name}\n${quote.text}`,
			source: quote.source,
			evidence: quote.evidence,
			fact: quote.id,
			build: truth => {
				if (truth) return {statement: said(speaker.name), explanation: `True: ${speaker.name} said it (${cited}).`};
				const [other] = speakerDistractors(speaker, quote.source, context, context.randomFor(`truefalse\n${quote.text}`), 1);
				return other ? {statement: said(other), explanation: `False: it was ${speaker.name}, not ${other}, who said it (${cited}).`} : undefined;
			},
		}];
	});
}

function eventStatements(context: GenerateContext): Statement[] {
	return clearEvents(context).map(event => {
		const clause = capitalize(shortenAtWord(tidyClause(event.what), 160));
		const cited = citation(context.source(event.source));
		return {
			key: `event\n${event.date}\n${tidyClause(event.what)}`,
			source: event.source,
			evidence: event.evidence,
			fact: event.id,
			build: truth => {
				if (truth) return {statement: `${clause} ${datePhrase(event.date)}.`, explanation: `True: ${datePhrase(event.date)} (${cited}).`};
				const [other] = dateDistractors(event.date, {count: 1, random: context.randomFor(`truefalse\n${event.what}`), latest: context.source(event.source)?.published});
				return other ? {statement: `${clause} ${datePhrase(other)}.`, explanation: `False: it was ${dateAnswer(event.date)}, not ${dateAnswer(other)} (${cited}).`} : undefined;
			},
		};
	});
}

function treatyStatements(context: GenerateContext): Statement[] {
	const seen = new Set<string>();
	return context.factsOfType('treaty').flatMap(treaty => {
		if (treaty.year === undefined || seen.has(treaty.name)) return [];
		seen.add(treaty.name);
		const year = String(treaty.year);
		const cited = citation(context.source(treaty.source));
		return [{
			key: `treaty\n${treaty.name}\n${year}`,
			source: treaty.source,
			evidence: treaty.evidence,
			fact: treaty.id,
			build: (truth: boolean) => {
				if (truth) return {statement: `The ${treaty.name} dates from ${year}.`, explanation: `True: the ${treaty.name} dates from ${year} (${cited}).`};
				const [other] = dateDistractors(year, {count: 1, random: context.randomFor(`truefalse\n${treaty.name}`), latest: context.source(treaty.source)?.published});
				return other ? {statement: `The ${treaty.name} dates from ${other}.`, explanation: `False: it dates from ${year}, not ${other} (${cited}).`} : undefined;
			},
		}];
	});
}
