import {slug} from '../facts/facts-document.js';
import {qualityProblems} from '../pack/quality-rules.js';
import {packFormat, type Fact, type FactsDocument, type Pack, type Question} from '../pack/schema.js';
import {deriveSeed, seededRandom} from '../random.js';
import type {Candidate, GenerateContext} from './candidate.js';
import {buildEntities} from './entities.js';
import {clozeCandidates} from './kinds/cloze.js';
import {orderCandidates, whenCandidates} from './kinds/events.js';
import {matchCandidates} from './kinds/match.js';
import {properWordsOf} from './kinds/quote-text.js';
import {quoteCandidates} from './kinds/quotes.js';
import {roleCandidates} from './kinds/roles.js';
import {treatyCandidates} from './kinds/treaties.js';
import {trueFalseCandidates} from './kinds/true-false.js';
import {arrangeChoices} from './positions.js';
import {candidateProblem} from './candidate-checks.js';
import {questionId} from './question-id.js';
import {questionKinds, type GenerateOptions, type GenerateReport, type GeneratedQuestion, type QuestionKind} from './types.js';

export type Generated = {pack: Pack; report: GenerateReport; questions: GeneratedQuestion[]};

/**
 * Quiz questions from facts. Pure and deterministic: the same document and
 * seed give the same pack. Every candidate is checked against the quality
 * rules; those that fail are dropped and listed in the report.
 */
export function generatePack(document: FactsDocument, options: GenerateOptions = {}): Generated {
	const seed = options.seed ?? 1;
	const optionCount = Math.max(2, Math.min(6, options.optionCount ?? 4));
	const context = createContext(document, seed, optionCount - 1);
	const asked = [
		...quoteCandidates(context),
		...roleCandidates(context),
		...whenCandidates(context),
		...treatyCandidates(context),
		...orderCandidates(context),
		...matchCandidates(context),
	];
	// Cloze and true/false restate facts the other kinds already ask about: each about one in five questions.
	const restating = Math.max(4, Math.round(asked.length / 4));
	const candidates = [...asked, ...clozeCandidates(context, restating), ...trueFalseCandidates(context, seed, restating)];

	const dropped: GenerateReport['dropped'] = [];
	const kept: Array<{kind: QuestionKind; question: Question}> = [];
	const ids = new Set<string>();
	for (const candidate of candidates) {
		const problem = candidateProblem(candidate);
		const id = questionId(candidate.kind, candidate.key);
		if (problem || ids.has(id)) {
			dropped.push({kind: candidate.kind, reason: problem ?? 'asks the same as another question'});
			continue;
		}
		ids.add(id);
		kept.push({kind: candidate.kind, question: finish(candidate, id)});
	}
	arrangeChoices(kept.map(entry => entry.question), seed);

	let pack = assemble(document, kept.map(entry => entry.question), options);
	// The candidates were checked one by one; what only shows across the pack (a duplicate stem) is dropped here.
	const problems = qualityProblems(pack);
	if (problems.length > 0) {
		const bad = new Set(problems.filter(problem => problem.rule !== 'answer-position').map(problem => problem.question));
		for (const index of bad) dropped.push({kind: kept[index]!.kind, reason: problems.find(problem => problem.question === index)!.message});
		const remaining = kept.filter((_entry, index) => !bad.has(index));
		kept.splice(0, kept.length, ...remaining);
		pack = assemble(document, kept.map(entry => entry.question), options);
	}
	return {pack, report: report(kept, dropped, optionCount), questions: kept};
}

function createContext(document: FactsDocument, seed: number, distractorCount: number): GenerateContext {
	const sources = new Map(document.sources.map(source => [source.id, source]));
	return {
		document,
		entities: buildEntities(document),
		distractorCount,
		randomFor: key => seededRandom(deriveSeed(seed, key)),
		source: id => sources.get(id),
		properWords: properWordsOf(document.facts.map(fact => fact.evidence ?? '')),
		factsOfType: <T extends Fact['type']>(type: T) => document.facts.filter((fact): fact is Extract<Fact, {type: T}> => fact.type === type),
	};
}

function finish(candidate: Candidate, id: string): Question {
	const [source] = candidate.sources;
	return {
		id,
		...candidate.question,
		...(candidate.evidence && source ? {evidence: {source, text: candidate.evidence}} : {}),
		facts: candidate.facts,
		tags: [candidate.kind, ...candidate.sources],
		difficulty: Math.round(candidate.difficulty * 100) / 100,
	} as Question;
}

function assemble(document: FactsDocument, questions: Question[], options: GenerateOptions): Pack {
	const [first] = document.sources;
	const title = options.title ?? (document.sources.length > 1 ? `${first?.title ?? 'Articles'} (and ${document.sources.length - 1} more)` : (first?.title ?? 'Generated questions'));
	const described = document.sources.map(source => [source.outlet, source.published].filter(Boolean).join(' ') || source.title);
	return {
		format: packFormat,
		id: options.id ?? (slug(first?.title ?? '').slice(0, 60).replace(/-+$/, '') || 'generated'),
		title,
		description: `Questions generated by factdrill from ${document.sources.length === 1 ? 'one article' : `${document.sources.length} articles`}: ${described.join('; ')}.`,
		language: 'en',
		version: '1.0.0',
		tags: ['generated'],
		sources: document.sources,
		facts: document.facts,
		questions,
	};
}

function report(kept: readonly GeneratedQuestion[], dropped: GenerateReport['dropped'], optionCount: number): GenerateReport {
	const byKind = Object.fromEntries(questionKinds.map(kind => [kind, 0])) as Record<QuestionKind, number>;
	for (const {kind} of kept) byKind[kind]++;
	const choices = kept.filter(({question}) => question.type === 'choice');
	const full = choices.filter(({question}) => question.type === 'choice' && question.options.length === optionCount).length;
	return {byKind, choice: {total: choices.length, full}, dropped};
}
