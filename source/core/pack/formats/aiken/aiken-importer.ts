import {contentHash} from '../../../generate/text.js';
import type {ChoiceQuestion, Question} from '../../schema.js';
import type {ImportProblem, ImportResult, Importer} from '../types.js';
import {type AikenDraft, finishDraft} from './aiken-draft.js';
import {answerLine, letterAt, optionLine} from './aiken-syntax.js';
import {claimId} from '../../unique-id.js';

/**
 * Reads Aiken as Moodle does, line by line: text starts a question (and may
 * go on over several lines until the first option), options follow in letter
 * order, "ANSWER: X" ends it. A broken question is reported at its line and
 * skipped; reading goes on with the next one.
 */
export function parseAiken(text: string): ImportResult {
	const questions: Question[] = [];
	const ids = new Set<string>();
	const problems: ImportProblem[] = [];
	const firstLineOfPrompt = new Map<string, number>();
	let draft: AikenDraft | undefined;
	const fail = (line: number, message: string) => problems.push({line, severity: 'error', message});
	const abandon = () => {
		if (draft && !draft.broken) {
			fail(draft.line, draft.options.length === 0 ? 'question text with no options and no "ANSWER:" line; skipped' : 'no "ANSWER:" line after this question\'s options; question skipped');
		}
		draft = undefined;
	};
	const add = (question: Omit<ChoiceQuestion, 'id'>, line: number) => {
		const {prompt} = question;
		const first = firstLineOfPrompt.get(prompt);
		if (first === undefined) firstLineOfPrompt.set(prompt, line);
		else problems.push({line, severity: 'warning', message: `the same question text as line ${first}`});
		questions.push({id: claimId(`aiken-${contentHash(prompt)}`, ids), ...question});
	};

	const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
	for (const [index, raw] of lines.entries()) {
		const lineNumber = index + 1;
		const line = raw.trim();
		if (line === '') continue;
		const answer = answerLine(line);
		const option = answer === undefined ? optionLine(line) : undefined;
		if (answer !== undefined) {
			if (!draft) fail(lineNumber, '"ANSWER:" line without a question before it');
			else if (!draft.broken) {
				const result = finishDraft(draft, answer, lineNumber);
				if ('problem' in result) problems.push(result.problem);
				else add(result.question, draft.line);
			}
			draft = undefined;
		} else if (option) {
			if (!draft) {
				fail(lineNumber, `option ${option.letter}) comes before any question text; skipped up to the next "ANSWER:"`);
				draft = {line: lineNumber, prompt: [], options: [], broken: true};
			} else if (draft.broken) {
				continue;
			} else if (option.letter !== letterAt(draft.options.length)) {
				fail(lineNumber, `option ${option.letter}) is out of sequence: expected ${letterAt(draft.options.length)}); question skipped`);
				draft.broken = true;
			} else if (option.text === '') {
				fail(lineNumber, `option ${option.letter}) has no text; question skipped`);
				draft.broken = true;
			} else {
				draft.options.push({...option, line: lineNumber});
			}
		} else if (draft && draft.options.length === 0 && !draft.broken) {
			draft.prompt.push(line);
		} else {
			abandon();
			draft = {line: lineNumber, prompt: [line], options: [], broken: false};
		}
	}
	abandon();
	return {questions, problems, tags: []};
}

/** An option line and an ANSWER line: enough to tell Aiken from GIFT or CSV. */
export function looksLikeAiken(text: string): boolean {
	const lines = text.split(/\r\n|\r|\n/).map(line => line.trim());
	return lines.some(line => answerLine(line) !== undefined) && lines.some(line => /^[A-Z][.)]\s/.test(line));
}

export const aikenImporter: Importer = {
	format: 'aiken',
	looksLike: looksLikeAiken,
	parse: text => parseAiken(text),
};
