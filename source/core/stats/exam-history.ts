import type {ExamAttempt} from '../exam/exam-attempt.js';
import {dayKey} from '../schedule/day.js';
import type {ExamSummary, StatsPack} from './stats.js';

/** Finished exams, newest first, with the packs' titles where they are still known. */
export function examHistory(exams: readonly ExamAttempt[], packs: readonly StatsPack[]): ExamSummary[] {
	const titles = new Map(packs.map(pack => [pack.id, pack.title]));
	return [...exams]
		.sort((a, b) => b.finishedAt - a.finishedAt)
		.map(exam => ({
			id: exam.id,
			finishedAt: exam.finishedAt,
			day: dayKey(exam.finishedAt),
			packIds: [...exam.packIds],
			packTitles: exam.packIds.map(id => titles.get(id) ?? id),
			questions: exam.answers.length,
			right: exam.answers.filter(answer => answer.correct === true).length,
			score: exam.score,
			passMark: exam.passMark,
			passed: exam.passed,
			timeUsedMs: exam.timeUsedMs,
			timeLimitMs: exam.timeLimitMs ?? null,
			ending: exam.ending,
		}));
}
