import {z} from 'zod';
import type {Pack} from '../pack/schema.js';
import {gradeResponse} from '../questions/grade.js';
import type {Response} from '../questions/response.js';
import {topicOf} from './draw.js';
import {formatClock} from './duration.js';
import type {ExamItem, ExamState, GivenAnswer} from './exam-state.js';

export const savedExamFormat = 1;

const responseSchema = z.discriminatedUnion('type', [
	z.object({type: z.literal('choice'), choice: z.string()}),
	z.object({type: z.literal('multi'), choices: z.array(z.string())}),
	z.object({type: z.literal('truefalse'), value: z.boolean()}),
	z.object({type: z.literal('cloze'), gaps: z.array(z.string())}),
	z.object({type: z.literal('short'), text: z.string()}),
	z.object({type: z.literal('order'), items: z.array(z.string())}),
	z.object({type: z.literal('match'), pairs: z.record(z.string(), z.string())}),
]);

/**
 * An exam in progress as it is kept on disk: which questions in which order,
 * the answers as given (graded again on resume, against the pack as it is
 * then), flags, position and the time used so far.
 */
export const savedExamSchema = z.object({
	formatVersion: z.literal(savedExamFormat),
	id: z.string(),
	packIds: z.array(z.string()),
	tags: z.array(z.string()),
	seed: z.number(),
	passMark: z.number(),
	timeLimitMs: z.number().positive(),
	countForReview: z.boolean(),
	startedAt: z.number(),
	savedAt: z.number(),
	elapsedMs: z.number().nonnegative(),
	index: z.number().int().nonnegative(),
	requested: z.number().int().nonnegative(),
	questions: z.array(
		z.object({
			packId: z.string(),
			questionId: z.string(),
			response: responseSchema.nullable(),
			flagged: z.boolean(),
			/** When the answer was given and how long it took: what the review schedule rates. */
			answeredAt: z.number().optional(),
			durationMs: z.number().nonnegative().optional(),
		}),
	),
});

export type SavedExam = z.infer<typeof savedExamSchema>;

export function toSavedExam(state: ExamState, savedAt: number): SavedExam {
	return {
		formatVersion: savedExamFormat,
		id: state.id,
		packIds: state.packIds,
		tags: state.tags,
		seed: state.seed,
		passMark: state.passMark,
		timeLimitMs: state.timeLimitMs,
		countForReview: state.countForReview,
		startedAt: state.startedAt,
		savedAt,
		elapsedMs: state.elapsedMs,
		index: state.index,
		requested: state.requested,
		questions: state.items.map((item, index) => ({
			packId: item.packId,
			questionId: item.question.id,
			response: state.answers[index]?.response ?? null,
			flagged: state.flags[index] ?? false,
			...(state.answers[index] ? {answeredAt: state.answers[index].at, durationMs: state.answers[index].durationMs} : {}),
		})),
	};
}

/** Questions answered in a saved exam, for the resume prompt. */
export function savedAnswered(saved: SavedExam): number {
	return saved.questions.filter(question => question.response !== null).length;
}

export function savedRemainingMs(saved: SavedExam): number {
	return Math.max(0, saved.timeLimitMs - saved.elapsedMs);
}

/** Where an unfinished exam stands, as the resume question and the notices say it: "3/6 answered, 12:34 left". */
export function savedStanding(saved: SavedExam): string {
	return `${savedAnswered(saved)}/${saved.questions.length} answered, ${formatClock(savedRemainingMs(saved))} left`;
}

/**
 * The saved exam, going on from now. Questions its packs no longer have are
 * left out and counted in `dropped`; an answer of another type than the
 * question now is (the teacher changed it) is dropped too.
 */
export function resumeExam(saved: SavedExam, packs: readonly Pack[], at: number): ExamState {
	const items: ExamItem[] = [];
	const answers: Array<GivenAnswer | undefined> = [];
	const flags: boolean[] = [];
	let index = 0;
	for (const [position, entry] of saved.questions.entries()) {
		const pack = packs.find(candidate => candidate.id === entry.packId);
		const question = pack?.questions.find(candidate => candidate.id === entry.questionId);
		if (!pack || !question) continue;
		if (position <= saved.index) index = items.length;
		items.push({packId: pack.id, question, topic: topicOf(question, pack)});
		const response = entry.response as Response | null;
		answers.push(
			response && response.type === question.type
				? {
						response,
						grade: gradeResponse(question, response),
						at: entry.answeredAt ?? saved.savedAt,
						durationMs: entry.durationMs ?? 0,
					}
				: undefined,
		);
		flags.push(entry.flagged);
	}
	return {
		id: saved.id,
		packIds: saved.packIds,
		tags: saved.tags,
		seed: saved.seed,
		passMark: saved.passMark,
		timeLimitMs: saved.timeLimitMs,
		countForReview: saved.countForReview,
		startedAt: saved.startedAt,
		items,
		answers,
		flags,
		index,
		elapsedMs: saved.elapsedMs,
		clockAt: at,
		shownAt: at,
		phase: 'answering',
		ending: undefined,
		finishedAt: undefined,
		requested: saved.requested,
		dropped: saved.questions.length - items.length,
	};
}
