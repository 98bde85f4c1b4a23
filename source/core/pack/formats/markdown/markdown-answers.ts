import {parseCloze} from '../../cloze.js';
import type {Pack, Question} from '../../schema.js';
import {inline, letter} from './markdown-text.js';
import {matchColumn} from './markdown-questions.js';

/** "B" for the option the answer is; "?" when it is none of them (a pack lint reports that). */
function letterOf(options: readonly string[], answer: string): string {
	const index = options.indexOf(answer);
	return index < 0 ? '?' : letter(index);
}

function lettered(options: readonly string[], answers: readonly string[]): string {
	return `${answers.map(answer => letterOf(options, answer)).join(', ')} (${answers.map(inline).join('; ')})`;
}

function also(alternatives: readonly string[]): string {
	return alternatives.length > 0 ? ` (also: ${alternatives.map(inline).join('; ')})` : '';
}

/** The answer-key entry of one question, without its number or explanation. */
export function answerKey(pack: Pack, question: Question): string {
	switch (question.type) {
		case 'choice': {
			return `${letterOf(question.options, question.answer)}. ${inline(question.answer)}`;
		}
		case 'multi': {
			return lettered(question.options, question.answers);
		}
		case 'truefalse': {
			return question.answer ? 'True' : 'False';
		}
		case 'cloze': {
			const gaps = parseCloze(question.text).flatMap(segment => (segment.kind === 'gap' ? [segment.accepted] : []));
			const entry = (accepted: string[]) => `${inline(accepted[0] ?? '')}${also(accepted.slice(1))}`;
			return gaps.length === 1 ? entry(gaps[0]!) : gaps.map((accepted, index) => `(${index + 1}) ${entry(accepted)}`).join('; ');
		}
		case 'short': {
			const tolerance = question.tolerance === undefined ? '' : ` ± ${question.tolerance}`;
			return `${inline(String(question.answer))}${tolerance}${also(question.accept)}`;
		}
		case 'order': {
			return question.items.map(inline).join(' → ');
		}
		case 'match': {
			const rights = matchColumn(pack, question);
			const letters = question.pairs.map((pair, index) => `${index + 1} ${letter(rights.indexOf(pair.right), true)}`);
			return `${letters.join(', ')} (${question.pairs.map(pair => `${inline(pair.left)} = ${inline(pair.right)}`).join('; ')})`;
		}
	}
}
