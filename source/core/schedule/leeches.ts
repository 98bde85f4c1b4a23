import type {QuestionRecord} from './card.js';

/**
 * A question forgotten again and again (`leechLapses` lapses, 8 by default)
 * is a leech: more of the same study rarely helps. A limit of 0 turns leech
 * detection off rather than flagging every question.
 */
export function isLeech(record: QuestionRecord, leechLapses: number): boolean {
	return leechLapses > 0 && record.card.lapses >= leechLapses;
}
