import type {Pack} from '../../core/pack/schema.js';
import {countAnswer, countsOn, formatUntil, type DayCounts, type PackProgress, type ProgressStore} from '../../core/progress/progress.js';
import {dayKey} from '../../core/schedule/day.js';
import {dueSummary} from '../../core/schedule/study-queue.js';
import {limitsFor, type LearnerSettings} from '../../core/schedule/settings.js';
import type {SessionAnswer} from '../../core/session/session.js';

export type Outlook = {due: number; new: number; nextDueAt: number | undefined};

/**
 * What is left to study in these packs now. The session's own answers count
 * even while their writes are still on the way to the store.
 */
export function studyOutlook(packs: readonly Pack[], store: ProgressStore, settings: LearnerSettings, answers: readonly SessionAnswer[], now: number): Outlook {
	let due = 0;
	let fresh = 0;
	let nextDueAt: number | undefined;
	for (const pack of packs) {
		const stored = store.read(pack.id);
		const mine = answers.filter(answer => answer.packId === pack.id);
		const progress: PackProgress = {
			questions: {...stored.questions, ...Object.fromEntries(mine.map(answer => [answer.questionId, answer.next]))},
			today: unsaved(stored.today, mine, now),
		};
		const summary = dueSummary({pack, progress, limits: limitsFor(settings, pack)}, now);
		due += summary.due;
		fresh += summary.new;
		if (summary.nextDueAt !== undefined) nextDueAt = nextDueAt === undefined ? summary.nextDueAt : Math.min(nextDueAt, summary.nextDueAt);
	}
	return {due, new: fresh, nextDueAt};
}

/** Today's counts with the answers the store has not confirmed yet. */
function unsaved(today: DayCounts, answers: readonly SessionAnswer[], now: number): DayCounts {
	const day = dayKey(now);
	let counts = countsOn(today, day);
	for (const answer of answers) {
		if (answer.reviewId !== undefined || dayKey(answer.at) !== day) continue;
		counts = countAnswer(counts, {at: answer.at, state: answer.before?.card.state ?? 'new'});
	}
	return counts;
}

/** "Nothing due — next review in 3 h", or what is still to do today. */
export function outlookLine({due, new: fresh, nextDueAt}: Outlook, now: number): string {
	if (due > 0 || fresh > 0) return `Still to study today: ${due} due · ${fresh} new`;
	const next = nextDueAt === undefined ? 'nothing scheduled yet' : `next review ${formatUntil(nextDueAt - now)}`;
	return `Nothing due — ${next} · 0 new left today`;
}
