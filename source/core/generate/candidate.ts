import type {Random} from '../random.js';
import type {Fact, FactsDocument, Question, Source} from '../pack/schema.js';
import {dateAnswer} from './date-text.js';
import type {EntityIndex} from './entities.js';
import type {QuestionKind} from './types.js';

type WithoutMeta<T> = T extends unknown ? Omit<T, 'id' | 'tags' | 'difficulty' | 'evidence' | 'facts'> : never;

/** A question before it has an id, tags and a place in the pack. */
export type Candidate = {
	kind: QuestionKind;
	/** The content the id is derived from: the same facts asked the same way give the same id. */
	key: string;
	/** Source ids, the first being the one whose sentence is the evidence. */
	sources: string[];
	/** The sentence that supports the answer. */
	evidence: string | undefined;
	facts: string[];
	question: WithoutMeta<Question>;
	/** The answer and its aliases: the stem must contain none of them. */
	reveals: string[];
	/** 0 easy … 1 hard. */
	difficulty: number;
};

export type GenerateContext = {
	document: FactsDocument;
	entities: EntityIndex;
	/** Wrong options per choice question. */
	distractorCount: number;
	/** A random source for one candidate, from the seed and the candidate's key. */
	randomFor: (key: string) => Random;
	source: (id: string) => Source | undefined;
	/** Words the articles write capitalised mid-sentence: names. */
	properWords: ReadonlySet<string>;
	factsOfType: <T extends Fact['type']>(type: T) => Array<Extract<Fact, {type: T}>>;
};

/** "ANI, 26 October 2025" for explanations. */
export function citation(source: Source | undefined): string {
	if (!source) return 'the article';
	const parts = [source.outlet ?? source.title, source.published ? dateAnswer(source.published) : undefined].filter(Boolean);
	return parts.join(', ');
}

