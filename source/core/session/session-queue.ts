import type {Question} from '../pack/schema.js';
import type {QuestionRecord} from '../schedule/card.js';
import type {StudyItem} from '../schedule/study-queue.js';

/** One question to ask, and why it is asked now: an item of the study queue. */
export type SessionItem = StudyItem;

/** A question put back into the session by an answer: its next learning step falls within the session. */
export type Requeued = {item: SessionItem; dueAt: number; answerId: number};

/** Where the question on screen came from, so undo can put it back there. */
export type Shown = {item: SessionItem; requeued: Requeued | undefined};

/**
 * Anki-style: a learning step that is due comes first; then the queue;
 * when the queue is empty, learning steps due within the learn-ahead
 * window (they were only put back if they are) are shown early.
 */
export function pickNext(queue: SessionItem[], requeued: Requeued[], at: number): {shown: Shown; queue: SessionItem[]; requeued: Requeued[]} | undefined {
	const earliest = [...requeued].sort((a, b) => a.dueAt - b.dueAt || a.answerId - b.answerId)[0];
	if (earliest && (earliest.dueAt <= at || queue.length === 0)) {
		return {shown: {item: earliest.item, requeued: earliest}, queue, requeued: requeued.filter(entry => entry !== earliest)};
	}
	const [first, ...rest] = queue;
	if (!first) return undefined;
	return {shown: {item: first, requeued: undefined}, queue: rest, requeued};
}

/** The copy of a question an answer puts back, when its next step is within `learnAheadMs`. */
export function requeueFor(item: SessionItem, next: QuestionRecord, answerId: number, at: number, learnAheadMs: number): Requeued[] {
	const {state, due} = next.card;
	if (state !== 'learning' && state !== 'relearning') return [];
	if (due - at > learnAheadMs) return [];
	return [{item: {...item, kind: 'learning'}, dueAt: due, answerId}];
}

/** Same question of the same pack. */
export function sameQuestion(a: {packId: string; question: Question}, b: {packId: string; question: Question}): boolean {
	return a.packId === b.packId && a.question.id === b.question.id;
}
