import type {ChoiceQuestion} from '../../schema.js';
import type {ImportProblem} from '../types.js';
import {answerLetterOf, letterAt} from './aiken-syntax.js';

/** The most options a factdrill choice question takes; Aiken allows up to 26. */
const maxOptions = 6;

/** A question as read so far: its first line, its text lines, its options. */
export type AikenDraft = {
	line: number;
	prompt: string[];
	options: Array<{letter: string; text: string; line: number}>;
	/** An error was reported for it already: drop it silently when it ends. */
	broken: boolean;
};

export type DraftResult = {question: Omit<ChoiceQuestion, 'id'>} | {problem: ImportProblem};

function error(line: number, message: string): {problem: ImportProblem} {
	return {problem: {line, severity: 'error', message}};
}

/** The choice question a complete draft makes, or the error that keeps it out. */
export function finishDraft(draft: AikenDraft, answer: string, answerLineNumber: number): DraftResult {
	const {options} = draft;
	if (options.length < 2) return error(answerLineNumber, 'a question needs at least 2 options (A and B) before "ANSWER:"; question skipped');
	if (options.length > maxOptions) {
		return error(draft.line, `factdrill takes at most ${maxOptions} options; this question has ${options.length}; question skipped`);
	}
	const letter = answerLetterOf(answer);
	if (!letter) {
		return error(answerLineNumber, `"ANSWER:" must give one letter, got "${answer}" (Aiken has one right answer); question skipped`);
	}
	const chosen = options.find(option => option.letter === letter);
	if (!chosen) {
		return error(answerLineNumber, `"ANSWER: ${letter}" names no option: this question has ${letterAt(0)}–${letterAt(options.length - 1)}; question skipped`);
	}
	for (const [index, option] of options.entries()) {
		const earlier = options.slice(0, index).find(other => other.text.toLowerCase() === option.text.toLowerCase());
		if (earlier) return error(option.line, `option ${option.letter}) repeats option ${earlier.letter}) "${earlier.text}"; question skipped`);
	}
	return {
		question: {
			type: 'choice',
			prompt: draft.prompt.join(' '),
			options: options.map(option => option.text),
			answer: chosen.text,
		},
	};
}
