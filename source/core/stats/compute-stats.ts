import {dayKey} from '../schedule/day.js';
import {accuracyByPackAndTag} from './accuracy.js';
import {countsByState, dueForecast} from './cards.js';
import {examHistory} from './exam-history.js';
import {leechList} from './leech-list.js';
import {reviewsPerDay, trueRetention} from './reviews-per-day.js';
import type {Stats, StatsInput} from './stats.js';
import {studyStreak} from './streak.js';

/** The learner's stats from the packs, their progress and review logs, and the exam history; pure. */
export function computeStats(input: StatsInput): Stats {
	const {packs, exams, now} = input;
	const reviews = packs.flatMap(entry => entry.reviews);
	return {
		generatedAt: now,
		today: dayKey(now),
		totals: {
			packs: packs.length,
			questions: packs.reduce((sum, entry) => sum + entry.pack.questions.length, 0),
			reviews: reviews.length,
			exams: exams.length,
		},
		reviewsPerDay: reviewsPerDay(reviews, now, 30),
		trueRetention: {last7: trueRetention(reviews, now, 7), last30: trueRetention(reviews, now, 30)},
		forecast: dueForecast(packs, now, 14),
		countsByState: countsByState(packs),
		accuracy: accuracyByPackAndTag(packs),
		exams: examHistory(exams, packs.map(entry => entry.pack)),
		streak: studyStreak(reviews, now),
		leechLapses: input.settings.leechLapses,
		leeches: leechList(packs, input.settings.leechLapses),
	};
}
