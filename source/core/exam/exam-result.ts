import {gradeResponse} from '../questions/grade.js';
import type {Question} from '../pack/schema.js';
import type {ExamAttempt} from './exam-attempt.js';
import type {ExamState} from './exam-state.js';

export type TopicScore = {topic: string; right: number; total: number};

/** The result a finished exam gives (an unfinished one is scored as if submitted now). */
export function examResult(state: ExamState): ExamAttempt {
	const total = state.items.length;
	const right = state.answers.filter(answer => answer?.grade.correct).length;
	const exact = total === 0 ? 0 : (right / total) * 100;
	return {
		id: state.id,
		packIds: [...state.packIds],
		tags: [...state.tags],
		startedAt: state.startedAt,
		finishedAt: state.finishedAt ?? state.clockAt,
		timeLimitMs: state.timeLimitMs,
		timeUsedMs: Math.min(state.elapsedMs, state.timeLimitMs),
		ending: state.ending ?? 'submitted',
		passMark: state.passMark,
		// Rounded down, so the score shown is never a pass the learner did not reach.
		score: Math.floor(exact),
		passed: total > 0 && exact >= state.passMark,
		countedForReview: state.countForReview,
		seed: state.seed,
		answers: state.items.map((item, index) => {
			const answer = state.answers[index];
			return {
				packId: item.packId,
				questionId: item.question.id,
				correct: answer?.grade.correct,
				flagged: state.flags[index] ?? false,
				given: answer?.grade.given,
				expected: answer?.grade.expected ?? expectedAnswer(item.question),
			};
		}),
	};
}

/** Right answers per topic, in the order the topics are named alphabetically. */
export function topicBreakdown(state: ExamState): TopicScore[] {
	const scores = new Map<string, TopicScore>();
	for (const [index, item] of state.items.entries()) {
		const score = scores.get(item.topic) ?? {topic: item.topic, right: 0, total: 0};
		score.total++;
		if (state.answers[index]?.grade.correct) score.right++;
		scores.set(item.topic, score);
	}
	return [...scores.values()].sort((a, b) => a.topic.localeCompare(b.topic));
}

/** The right answer as the grader words it, for a question left unanswered. */
export function expectedAnswer(question: Question): string {
	return gradeResponse(question, {type: 'short', text: ''}).expected;
}
