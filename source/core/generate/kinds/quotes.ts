import type {Fact} from '../../pack/schema.js';
import {citation, type Candidate, type GenerateContext} from '../candidate.js';
import {pickDistractors} from '../distractors.js';
import {sameEntity} from '../entities.js';
import {quotedWords, isReportedSpeech} from './quote-text.js';
import {speakerDistractors} from './speaker-options.js';

type QuoteFact = Extract<Fact, {type: 'quote'}>;

/**
 * who-said and what-said, one per quote: a speaker's quotes alternate
 * between the two, so the same words are not asked about twice.
 */
export function quoteCandidates(context: GenerateContext): Candidate[] {
	const candidates: Candidate[] = [];
	const seen = new Map<string, number>();
	for (const quote of context.factsOfType('quote')) {
		const speaker = context.entities.resolve(quote.speaker);
		if (!speaker || !isReportedSpeech(quote)) continue;
		const count = seen.get(speaker.name) ?? 0;
		seen.set(speaker.name, count + 1);
		const preferred = count % 2 === 0 ? [whoSaid, whatSaid] : [whatSaid, whoSaid];
		for (const make of preferred) {
			const candidate = make(quote, context);
			if (candidate) {
				candidates.push(candidate);
				break;
			}
		}
	}
	return candidates;
}

type ChoiceParts = {prompt: string; answer: string; wrong: string[]; explanation: string; reveals: string[]; difficulty: number};

/** A choice question about one quote, backed by the quote's sentence. */
function aboutQuote(kind: 'who-said' | 'what-said', quote: QuoteFact, key: string, parts: ChoiceParts): Candidate {
	const {prompt, answer, wrong, explanation, reveals, difficulty} = parts;
	return {kind, key, sources: [quote.source], evidence: quote.evidence, facts: [quote.id], question: {type: 'choice', prompt, options: [answer, ...wrong], answer, explanation}, reveals, difficulty};
}

function whoSaid(quote: QuoteFact, context: GenerateContext): Candidate | undefined {
	const speaker = context.entities.resolve(quote.speaker)!;
	const key = `${speaker.name}\n${quote.text}`;
	const words = quotedWords(quote, context.properWords);
	const role = quote.role ?? speaker.roles[0];
	return aboutQuote('who-said', quote, key, {
		prompt: quote.kind === 'direct' ? `Who said ${words}?` : `Who said that ${words}?`,
		answer: speaker.name,
		wrong: speakerDistractors(speaker, quote.source, context, context.randomFor(`who-said\n${key}`)),
		explanation: `${speaker.name}${role ? `, ${role},` : ''} said it (${citation(context.source(quote.source))}).`,
		reveals: [speaker.name, ...speaker.aliases],
		difficulty: quote.kind === 'direct' ? 0.35 : 0.45,
	});
}

function whatSaid(quote: QuoteFact, context: GenerateContext): Candidate | undefined {
	const speaker = context.entities.resolve(quote.speaker)!;
	const answer = quotedWords(quote, context.properWords, 100);
	const others = context.factsOfType('quote').filter(other => {
		const otherSpeaker = context.entities.resolve(other.speaker);
		return otherSpeaker !== undefined && !sameEntity(otherSpeaker.name, speaker.name, context.entities) && isReportedSpeech(other);
	});
	const tier = (sameSource: boolean, sameKind: boolean) =>
		others.filter(other => (other.source === quote.source) === sameSource && (other.kind === quote.kind) === sameKind).map(other => quotedWords(other, context.properWords, 100));
	const key = `${speaker.name}\n${quote.text}`;
	const wrong = pickDistractors(answer, [tier(true, true), tier(false, true), tier(true, false), tier(false, false)], context.distractorCount, context.randomFor(`what-said\n${key}`));
	if (wrong.length === 0) return undefined;
	const role = quote.role ?? speaker.roles[0];
	return aboutQuote('what-said', quote, key, {
		prompt: `Which of these did ${speaker.name}${role ? ` (${role})` : ''} say?`,
		answer,
		wrong,
		explanation: `${speaker.name} said it (${citation(context.source(quote.source))}); the other statements were made by others.`,
		reveals: [answer],
		difficulty: 0.45,
	});
}
