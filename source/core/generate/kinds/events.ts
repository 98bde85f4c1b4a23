import type {Fact} from '../../pack/schema.js';
import {citation, type Candidate, type GenerateContext} from '../candidate.js';
import {clauseQuestion, tidyClause} from '../clause-question.js';
import {dateAnswer, datePhrase, dayNumber, overlaps, precisionOf, surelyBefore} from '../date-text.js';
import {dateDistractors} from '../distractors.js';
import {capitalize, shortenAtWord} from '../text.js';

type EventFact = Extract<Fact, {type: 'event'}>;

const leads = {year: 'In which year', month: 'In which month', day: 'On which day'} as const;

/**
 * Events whose date is certain: one that reads like another event with a
 * different date ("…for the first time since 2003" beside "in April 2022")
 * cannot be asked "when?" without two right answers.
 */
export function clearEvents(context: GenerateContext): EventFact[] {
	const known = clearCache.get(context);
	if (known) return known;
	const events = context.factsOfType('event');
	const clear = events.filter(event => !events.some(other => other !== event && !overlaps(other.date, event.date) && similar(other.what, event.what)));
	clearCache.set(context, clear);
	return clear;
}

const clearCache = new WeakMap<GenerateContext, EventFact[]>();

export function whenCandidates(context: GenerateContext): Candidate[] {
	const expand = (subject: string) => context.entities.resolve(subject)?.name ?? subject;
	return clearEvents(context).map((event): Candidate => {
		const precision = precisionOf(event.date);
		const lead = leads[precision];
		const prompt = clauseQuestion(event.what, lead, expand) ?? `${lead} did this happen: “${shortenAtWord(tidyClause(event.what), 140)}”?`;
		const answer = dateAnswer(event.date);
		const key = `${tidyClause(event.what)}\n${event.date}`;
		const sameEvent = context.factsOfType('event').filter(other => other !== event && similar(other.what, event.what)).map(other => other.date);
		const explanation = `${capitalize(tidyClause(event.what))} ${datePhrase(event.date)} (${citation(context.source(event.source))}).`;
		const base = {kind: 'when' as const, key, sources: [event.source], evidence: event.evidence, facts: [event.id], reveals: [answer, event.date.slice(0, 4)]};
		if (precision === 'year') {
			return {...base, question: {type: 'short', prompt, answer, accept: [], explanation}, difficulty: 0.6};
		}
		const wrong = dateDistractors(event.date, {count: context.distractorCount, random: context.randomFor(`when\n${key}`), latest: context.source(event.source)?.published, forbidden: sameEvent});
		return {...base, question: {type: 'choice', prompt, options: [answer, ...wrong.map(dateAnswer)], answer, explanation}, difficulty: precision === 'day' ? 0.6 : 0.5};
	});
}

/**
 * Timelines of 3–6 events, across articles, that can only be put in one
 * order: each date surely before the next at the coarser precision of the
 * two. Long timelines are dealt round-robin into several questions, so each
 * spans the whole period.
 */
export function orderCandidates(context: GenerateContext): Candidate[] {
	const sorted = [...clearEvents(context)].sort((a, b) => dayNumber(a.date) - dayNumber(b.date) || a.date.length - b.date.length);
	const chain: EventFact[] = [];
	for (const event of sorted) {
		const last = chain.at(-1);
		if (!last || surelyBefore(last.date, event.date)) chain.push(event);
	}
	if (chain.length < 3) return [];
	const groups = Math.ceil(chain.length / 6);
	const candidates: Candidate[] = [];
	for (let group = 0; group < groups; group++) {
		const events = chain.filter((_event, index) => index % groups === group);
		if (events.length < 3) continue;
		const items = events.map(event => shortenAtWord(capitalize(tidyClause(event.what)), 90));
		if (new Set(items).size < items.length) continue;
		candidates.push({
			kind: 'order',
			key: events.map(event => `${event.date} ${tidyClause(event.what)}`).join('\n'),
			sources: [...new Set(events.map(event => event.source))],
			evidence: events[0]!.evidence,
			facts: events.map(event => event.id),
			question: {
				type: 'order',
				prompt: 'Put these events in the order they happened, earliest first.',
				items,
				explanation: events.map(event => `${dateAnswer(event.date)}: ${shortenAtWord(tidyClause(event.what), 60)}`).join('; '),
			},
			reveals: [],
			difficulty: Math.min(0.9, 0.5 + events.length * 0.05),
		});
	}
	return candidates;
}

/** Two clauses about the same thing: most of their words shared. */
function similar(a: string, b: string): boolean {
	const words = (text: string) => new Set(text.toLowerCase().match(/\p{L}{3,}/gu) ?? []);
	const first = words(a);
	const second = words(b);
	const shared = [...first].filter(word => second.has(word)).length;
	return shared / Math.max(1, Math.min(first.size, second.size)) >= 0.8;
}
