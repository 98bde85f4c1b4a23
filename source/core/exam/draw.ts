import {questionKinds} from '../generate/types.js';
import type {Pack, Question} from '../pack/schema.js';
import {seededRandom, shuffle} from '../random.js';

/** One question of an exam, with where it came from and the topic it counts under. */
export type ExamItem = {packId: string; question: Question; topic: string};

export type DrawOptions = {count: number; tags: readonly string[]; seed: number};

export type Draw = {
	items: ExamItem[];
	/** How many questions matched the packs and tags: fewer than `count` means all of them were taken. */
	available: number;
};

/**
 * Tags that say what kind of question it is (the generator tags each question
 * with its kind) rather than what it is about; they make poor topics.
 */
const kindTags = new Set<string>([
	...questionKinds,
	...['choice', 'multi', 'truefalse', 'true-false', 'cloze', 'short', 'order', 'match', 'generated'],
]);

/** A question's topic: its first tag that is not a kind tag, else its pack's title. */
export function topicOf(question: Question, pack: Pack): string {
	const tag = question.tags?.find(candidate => !kindTags.has(candidate.trim().toLowerCase()));
	return tag?.trim() ?? pack.title.trim();
}

/** True when the question or its pack carries one of the tags (any case); every question when no tags are given. */
export function matchesTags(question: Question, pack: Pack, tags: readonly string[]): boolean {
	if (tags.length === 0) return true;
	const wanted = new Set(tags.map(tag => tag.trim().toLowerCase()));
	return [...(question.tags ?? []), ...pack.tags].some(tag => wanted.has(tag.trim().toLowerCase()));
}

/**
 * Draws an exam: the questions of the packs that carry the tags, grouped by
 * topic and taken one topic at a time, round and round, so every topic is
 * represented as evenly as its questions allow. The drawn questions are then
 * shuffled, so topics do not come in a fixed rotation.
 */
export function drawExam(packs: readonly Pack[], {count, tags, seed}: DrawOptions): Draw {
	const random = seededRandom(seed);
	const byTopic = new Map<string, ExamItem[]>();
	let available = 0;
	for (const pack of packs) {
		for (const question of pack.questions) {
			if (!matchesTags(question, pack, tags)) continue;
			const topic = topicOf(question, pack);
			// Topics are compared without case, so "History" and "history" are one.
			const key = topic.toLowerCase();
			const group = byTopic.get(key) ?? [];
			group.push({packId: pack.id, question, topic: group[0]?.topic ?? topic});
			byTopic.set(key, group);
			available++;
		}
	}
	const queues = shuffle([...byTopic.values()], random).map(group => shuffle(group, random));
	const drawn: ExamItem[] = [];
	while (drawn.length < count && queues.some(queue => queue.length > 0)) {
		for (const queue of queues) {
			const next = queue.shift();
			if (next && drawn.length < count) drawn.push(next);
		}
	}
	return {items: shuffle(drawn, random), available};
}
