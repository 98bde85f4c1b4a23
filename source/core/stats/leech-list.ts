import {isLeech} from '../schedule/leeches.js';
import type {Leech, StatsPackInput} from './stats.js';

/** The packs' current questions that are leeches, most lapses first, then by pack and question order. */
export function leechList(packs: readonly StatsPackInput[], leechLapses: number): Leech[] {
	const leeches = packs.flatMap(({pack, progress}) =>
		pack.questions.flatMap(question => {
			const record = progress.questions[question.id];
			if (!record || !isLeech(record, leechLapses)) return [];
			return [{packId: pack.id, questionId: question.id, prompt: question.prompt, lapses: record.card.lapses, suspended: record.suspended}];
		}),
	);
	// Array.prototype.sort is stable: equal lapses keep the packs' order.
	return leeches.sort((a, b) => b.lapses - a.lapses);
}
