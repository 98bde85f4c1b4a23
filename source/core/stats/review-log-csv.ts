import type {CardState, Rating, ReviewRecord} from '../schedule/card.js';
import {compareText} from '../text/compare-text.js';
import {cardId} from './card-id.js';

/** The FSRS optimizer's columns first, then ours. */
export const reviewLogColumns = [
	'card_id',
	'review_time',
	'review_rating',
	'review_state',
	'review_duration',
	'pack_id',
	'question_id',
	'source',
	'correct',
	'hinted',
] as const;

const ratingNumbers: Record<Rating, number> = {again: 1, hard: 2, good: 3, easy: 4};
const stateNumbers: Record<CardState, number> = {new: 0, learning: 1, review: 2, relearning: 3};

/**
 * The review log as CSV (RFC 4180: CRLF line ends, fields quoted when they
 * hold a comma, quote or line break), one row per answer, oldest first.
 * review_time and review_duration are milliseconds; review_state is the
 * state before the answer (0 new, 1 learning, 2 review, 3 relearning);
 * review_rating 1–4 is Again, Hard, Good, Easy.
 */
export function reviewLogCsv(reviews: readonly ReviewRecord[]): string {
	const sorted = [...reviews].sort((a, b) => a.at - b.at || compareText(a.packId, b.packId) || compareText(a.id, b.id));
	const rows = sorted.map(review => [
		cardId(review.packId, review.questionId),
		review.at,
		ratingNumbers[review.rating],
		stateNumbers[review.state],
		Math.max(0, Math.round(review.durationMs)),
		review.packId,
		review.questionId,
		review.source,
		review.correct,
		review.hinted,
	]);
	return [reviewLogColumns, ...rows].map(row => `${row.map(field => csvField(String(field))).join(',')}\r\n`).join('');
}

export function csvField(text: string): string {
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
