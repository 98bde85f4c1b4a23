import type {Pack, Question} from '../pack/schema.js';
import {countsOn, type PackProgress} from '../progress/progress.js';
import {dayKey} from './day.js';

export type StudyLimits = {newPerDay: number; reviewsPerDay: number};
export type PackToStudy = {pack: Pack; progress: PackProgress; limits: StudyLimits};
export type StudyItem = {packId: string; question: Question; kind: 'new' | 'learning' | 'review'};

/**
 * Cards due this soon count as due now (Anki's learn-ahead), so a learner who
 * has just finished is not told to come back in 4 minutes for one card.
 */
export const learnAheadMs = 20 * 60 * 1000;

type Due = StudyItem & {due: number};

/** One pack's share of today's study: due cards (most overdue first) and new questions in pack order, within its limits. */
type PackPlan = {learning: Due[]; reviews: Due[]; fresh: StudyItem[]; nextDueAt: number | undefined};

function remaining(limit: number, done: number): number {
	return Math.max(0, limit - done);
}

const byDue = (a: Due, b: Due) => a.due - b.due;

/**
 * Learning and relearning cards are not capped: leaving a card half-learned
 * wastes the steps already done. Reviews and new questions are capped by
 * what is left of today's limits (answers count by the learner's calendar day).
 */
function planPack({pack, progress, limits}: PackToStudy, now: number): PackPlan {
	const today = countsOn(progress.today, dayKey(now));
	const cutoff = now + learnAheadMs;
	const learning: Due[] = [];
	const reviews: Due[] = [];
	const fresh: StudyItem[] = [];
	let nextDueAt: number | undefined;
	for (const question of pack.questions) {
		const record = progress.questions[question.id];
		if (record?.suspended) {
			continue;
		}

		if (record === undefined || record.card.state === 'new') {
			fresh.push({packId: pack.id, question, kind: 'new'});
			continue;
		}

		const {due, state} = record.card;
		if (due > cutoff) {
			nextDueAt = nextDueAt === undefined ? due : Math.min(nextDueAt, due);
		} else if (state === 'review') {
			reviews.push({packId: pack.id, question, kind: 'review', due});
		} else {
			learning.push({packId: pack.id, question, kind: 'learning', due});
		}
	}

	return {
		learning: learning.sort(byDue),
		reviews: reviews.sort(byDue).slice(0, remaining(limits.reviewsPerDay, today.reviewsDone)),
		fresh: fresh.slice(0, remaining(limits.newPerDay, today.newDone)),
		nextDueAt,
	};
}

function withoutDue({due: _due, ...item}: Due): StudyItem {
	return item;
}

/**
 * What to study now across packs: due learning cards, then due reviews (most
 * overdue first), then new questions pack by pack in pack order. Only
 * questions the packs still have; suspended ones never.
 */
export function studyQueue(packs: readonly PackToStudy[], now: number): StudyItem[] {
	const plans = packs.map(entry => planPack(entry, now));
	const learning = plans.flatMap(plan => plan.learning).sort(byDue);
	const reviews = plans.flatMap(plan => plan.reviews).sort(byDue);
	return [...learning.map(withoutDue), ...reviews.map(withoutDue), ...plans.flatMap(plan => plan.fresh)];
}

/** The counts the home screen shows for a pack; `due` includes `learning`. */
export type DueSummary = {due: number; new: number; learning: number; nextDueAt: number | undefined};

export function dueSummary(entry: PackToStudy, now: number): DueSummary {
	const plan = planPack(entry, now);
	return {
		due: plan.learning.length + plan.reviews.length,
		new: plan.fresh.length,
		learning: plan.learning.length,
		nextDueAt: plan.nextDueAt,
	};
}
