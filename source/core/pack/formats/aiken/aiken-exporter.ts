import {toSingleLine} from '../../../text/sanitize.js';
import type {ChoiceQuestion, Pack} from '../../schema.js';
import type {Exporter, SkippedQuestion} from '../types.js';
import {answerLine, letterAt, optionLine} from './aiken-syntax.js';

function article(word: string): string {
	return /^[aeiou]/.test(word) ? 'an' : 'a';
}

/** The Aiken block of one choice question, or why it cannot be written. */
function aikenBlock(question: ChoiceQuestion): string | {reason: string} {
	const prompt = toSingleLine(question.prompt);
	if (optionLine(prompt) || answerLine(prompt) !== undefined) {
		return {reason: `the question text starts like an Aiken option or answer line ("${prompt.slice(0, 12)}…") and would be misread`};
	}
	const options = question.options.map(option => toSingleLine(option));
	if (prompt === '' || options.includes('')) return {reason: 'a text is empty once control characters are removed'};
	const folded = options.map(option => option.toLowerCase());
	if (new Set(folded).size < folded.length) return {reason: 'two options read the same (Aiken import would refuse them)'};
	const answer = options.indexOf(toSingleLine(question.answer));
	if (answer < 0) return {reason: 'the answer is not one of the options'};
	return [prompt, ...options.map((option, index) => `${letterAt(index)}) ${option}`), `ANSWER: ${letterAt(answer)}`].join('\n');
}

/** Aiken text for a pack's choice questions; every other type is listed as skipped. */
export function writeAiken(pack: Pack): {text: string; skipped: SkippedQuestion[]} {
	const blocks: string[] = [];
	const skipped: SkippedQuestion[] = [];
	for (const question of pack.questions) {
		if (question.type !== 'choice') {
			skipped.push({id: question.id, reason: `Aiken has only single-answer multiple choice (this is ${article(question.type)} ${question.type} question)`});
			continue;
		}
		const block = aikenBlock(question);
		if (typeof block === 'string') blocks.push(block);
		else skipped.push({id: question.id, reason: block.reason});
	}
	return {text: blocks.length > 0 ? `${blocks.join('\n\n')}\n` : '', skipped};
}

export const aikenExporter: Exporter = {format: 'aiken', extension: 'txt', write: writeAiken};
