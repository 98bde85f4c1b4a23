import {normalizeAnswer} from '../questions/normalize.js';
import type {Candidate} from './candidate.js';
import {containsPhrase} from './text.js';

/** Why a candidate cannot be a question, or undefined when it can. */
export function candidateProblem(candidate: Candidate): string | undefined {
	if (!candidate.evidence?.trim()) return 'no evidence sentence backs the answer';
	const {question} = candidate;
	const revealed = candidate.reveals.find(text => containsPhrase(question.prompt, text));
	if (revealed) return `the prompt contains the answer “${revealed}”`;
	if (question.type === 'choice') {
		if (question.options.length < 2) return 'no wrong option of the same kind could be found';
		if (new Set(question.options.map(normalizeAnswer)).size < question.options.length) return 'two options read the same';
	}
	return undefined;
}
