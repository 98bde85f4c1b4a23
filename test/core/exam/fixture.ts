import type {Pack, Question} from '../../../source/core/pack/schema.js';

/** A true/false question whose answer is True, tagged as given. */
export function question(id: string, tags?: string[]): Question {
	return {id, type: 'truefalse', prompt: `Is ${id} so?`, answer: true, ...(tags ? {tags} : {})};
}

export function pack(id: string, questions: Question[], extra: Partial<Pack> = {}): Pack {
	return {format: 'factdrill/pack@1', id, title: `Pack ${id}`, language: 'en', version: '1', tags: [], sources: [], facts: [], questions, ...extra};
}

/** n questions tagged with the topic (ids topic-1, topic-2…), preceded by a kind tag as the generator writes. */
export function topicQuestions(topic: string, n: number): Question[] {
	return Array.from({length: n}, (_, index) => question(`${topic}-${index + 1}`, ['who-said', topic]));
}
