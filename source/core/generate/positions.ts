import type {Question} from '../pack/schema.js';
import {deriveSeed, seededRandom, shuffle} from '../random.js';

/**
 * Puts each choice question's answer where it balances the pack: the
 * position used least so far among questions with as many options, ties
 * broken by the seed; the wrong options are shuffled around it.
 */
export function arrangeChoices(questions: Question[], seed: number): void {
	const used = new Map<number, number[]>();
	for (const question of questions) {
		if (question.type !== 'choice') continue;
		const random = seededRandom(deriveSeed(seed, question.id));
		const counts = used.get(question.options.length) ?? Array.from({length: question.options.length}, () => 0);
		used.set(question.options.length, counts);
		const fewest = Math.min(...counts);
		const candidates = counts.flatMap((count, index) => (count === fewest ? [index] : []));
		const position = candidates[Math.floor(random() * candidates.length)]!;
		counts[position]!++;
		const wrong = shuffle(question.options.filter(option => option !== question.answer), random);
		question.options = [...wrong.slice(0, position), question.answer, ...wrong.slice(position)];
	}
}
