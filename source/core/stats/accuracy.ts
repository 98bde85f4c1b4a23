import {compareText} from '../text/compare-text.js';
import {accuracyOf} from './reviews-per-day.js';
import type {Stats, StatsPackInput} from './stats.js';

/**
 * Right over answered for each pack, and for each tag its questions carry
 * now, from the review log (exam answers are there only when they counted
 * for review). Answers to questions no longer in a pack count for the pack only.
 */
export function accuracyByPackAndTag(packs: readonly StatsPackInput[]): Stats['accuracy'] {
	const tags = new Map<string, {right: number; answered: number}>();
	const byPack = packs.map(({pack, reviews}) => {
		const tagsOf = new Map(pack.questions.map(question => [question.id, new Set(question.tags ?? [])]));
		let right = 0;
		for (const review of reviews) {
			if (review.correct) right++;
			for (const tag of tagsOf.get(review.questionId) ?? []) {
				const entry = tags.get(tag) ?? {right: 0, answered: 0};
				entry.answered++;
				if (review.correct) entry.right++;
				tags.set(tag, entry);
			}
		}
		return {packId: pack.id, title: pack.title, ...accuracyOf(right, reviews.length)};
	});
	const byTag = [...tags]
		.sort(([a], [b]) => compareText(a, b))
		.map(([tag, {right, answered}]) => ({tag, ...accuracyOf(right, answered)}));
	return {packs: byPack, tags: byTag};
}
