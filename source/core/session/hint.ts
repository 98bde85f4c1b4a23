import {clozeGaps} from '../pack/cloze.js';
import type {Question, Source} from '../pack/schema.js';
import {deriveSeed, seededRandom} from '../random.js';

/**
 * Something useful that does not give the answer away, by question type:
 * a wrong option ruled out (choice, multi), the first letter and the shape
 * of a typed answer (short, cloze, a two-option choice), where the evidence
 * comes from (true/false), the first item (order), one pair (match).
 * Undefined when there is nothing to say (a true/false with no evidence).
 */
export function questionHint(question: Question, sources: readonly Source[], seed: number): string | undefined {
	const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(seededRandom(deriveSeed(seed, question.id))() * items.length)];
	switch (question.type) {
		case 'choice': {
			const wrong = question.options.filter(option => option !== question.answer);
			return wrong.length >= 2 ? `not “${pick(wrong)}”` : `the answer looks like ${maskAnswer(question.answer)}`;
		}
		case 'multi': {
			const wrong = question.options.filter(option => !question.answers.includes(option));
			const count = `${question.answers.length} of the ${question.options.length} are right`;
			return wrong.length > 0 ? `${count}; not “${pick(wrong)}”` : count;
		}
		case 'truefalse': {
			const source = question.evidence ? sources.find(candidate => candidate.id === question.evidence?.source) : undefined;
			if (!source) return undefined;
			return `the evidence is in ${source.outlet ? `${source.outlet}: ` : ''}“${source.title}”`;
		}
		case 'short': {
			return `the answer looks like ${maskAnswer(String(question.answer))}`;
		}
		case 'cloze': {
			const gaps = clozeGaps(question.text);
			if (gaps.length === 1) return `the gap looks like ${maskAnswer(gaps[0]?.[0] ?? '')}`;
			return gaps.map((accepted, index) => `${index + 1}. ${maskAnswer(accepted[0] ?? '')}`).join(' · ');
		}
		case 'order': {
			return `first comes “${question.items[0]}”`;
		}
		case 'match': {
			const pair = pick(question.pairs);
			return pair ? `“${pair.left}” goes with “${pair.right}”` : undefined;
		}
	}
}

/** "King John" → "K___ ____ (8 letters)": the first letter, the length and the word breaks. */
export function maskAnswer(answer: string): string {
	let first = true;
	const masked = [...answer.trim()]
		.map(character => {
			if (!/[\p{L}\p{N}]/u.test(character)) return character;
			if (first) {
				first = false;
				return character;
			}
			return '_';
		})
		.join('');
	const letters = [...answer].filter(character => /[\p{L}\p{N}]/u.test(character)).length;
	return `${masked} (${letters} ${/^\d+$/.test(answer.trim()) ? 'digits' : 'letters'})`;
}
