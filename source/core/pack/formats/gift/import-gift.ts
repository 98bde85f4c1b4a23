import {type Question, questionSchema} from '../../schema.js';
import type {ImportProblem, ImportResult, Importer} from '../types.js';
import type {Draft} from './draft.js';
import {decodeEscapes} from './escape.js';
import {categoryTag, readMetadata} from './metadata.js';
import type {Issue} from './pieces.js';
import {claimId} from '../../unique-id.js';
import {chooseId} from './question-ids.js';
import {readQuestion} from './read-question.js';
import {type Position, sourceLocator, splitQuestions} from './split-questions.js';
import {errorMessage} from '../../../text/error-message.js';

type Read = {draft: Draft; id: string; tags: string[]; category: string | undefined; position: Position};

/**
 * Reads a Moodle GIFT file as Moodle does (question/format/gift): questions
 * between blank lines, "//" comment lines, $CATEGORY: lines, titles,
 * escapes and text formats. A question factdrill cannot hold is skipped with
 * a problem at its line; the others are still read. Never throws.
 */
export function parseGift(source: string): ImportResult {
	const locate = sourceLocator(source);
	const problems: ImportProblem[] = [];
	const read: Read[] = [];
	const categories: string[] = [];
	const taken = new Set<string>();
	const firstLine = new Map<string, number>();
	let category: string | undefined;
	for (const block of splitQuestions(source)) {
		const position = (at: number): Position => locate(block.offsets[Math.min(Math.max(at, 0), block.offsets.length - 1)] ?? 0);
		const report = (base: number) => (issue: Issue) => {
			const message = issue.severity === 'error' ? `${issue.message}; question skipped` : issue.message;
			problems.push({...position(base + issue.at), severity: issue.severity, message});
		};
		let base = 0;
		if (block.text.startsWith('$CATEGORY:')) {
			const end = block.text.indexOf('\n');
			category = categoryTag(decodeEscapes(block.text.slice('$CATEGORY:'.length, end < 0 ? undefined : end)));
			if (category !== undefined && !categories.includes(category)) categories.push(category);
			if (end < 0) continue;
			base = end + 1 + (block.text.slice(end + 1).length - block.text.slice(end + 1).trimStart().length);
			const message = 'Moodle reads every line after $CATEGORY: up to a blank line as part of the category; put a blank line after it';
			report(0)({at: base, severity: 'warning', message});
		}
		try {
			const meta = readMetadata(block.comments);
			const question = readQuestion(block.text.slice(base), meta.prompt);
			question.issues.forEach(report(base));
			if (!question.draft) continue;
			const choice = chooseId(meta.id, question.title, question.draft.type === 'cloze' ? question.draft.text : question.draft.prompt);
			if (choice.note) report(base)({at: 0, severity: 'warning', message: choice.note});
			const id = claimId(choice.id, taken);
			const {line} = position(base);
			firstLine.set(id, line);
			if (meta.id !== undefined && id !== choice.id) {
				report(base)({at: 0, severity: 'warning', message: `the id "${choice.id}" is already used at line ${firstLine.get(choice.id) ?? line}; this question gets "${id}"`});
			}
			read.push({draft: question.draft, id, tags: meta.tags, category, position: position(base)});
		} catch (error) {
			report(base)({at: 0, severity: 'error', message: `could not read this question (${errorMessage(error)})`});
		}
	}
	const questions = read.flatMap(entry => finish(entry, categories.length > 1, problems));
	return {questions, problems: sortProblems(problems), tags: categories};
}

/**
 * The question with its id and tags, checked against the pack schema. With
 * one $CATEGORY the category is the pack's tag; with several, each question
 * is also tagged with its own, so the file's grouping survives.
 */
function finish(entry: Read, tagCategories: boolean, problems: ImportProblem[]): Question[] {
	const {category} = entry;
	const tags = tagCategories && category !== undefined && !entry.tags.includes(category) ? [category, ...entry.tags] : entry.tags;
	const checked = questionSchema.safeParse({id: entry.id, ...entry.draft, ...(tags.length > 0 ? {tags} : {})});
	if (checked.success) return [checked.data];
	const issue = checked.error.issues[0];
	const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
	problems.push({...entry.position, severity: 'error', message: `the question does not fit factdrill's format (${where}${issue?.message ?? 'invalid'}); question skipped`});
	return [];
}

function sortProblems(problems: ImportProblem[]): ImportProblem[] {
	return problems
		.map((problem, index) => ({problem, index}))
		.sort((a, b) => a.problem.line - b.problem.line || (a.problem.column ?? 0) - (b.problem.column ?? 0) || a.index - b.index)
		.map(({problem}) => problem);
}

const answerBlock = /\{([^{}]*)\}/g;
const giftAnswers = /^(?:[=~]|#\s*[-+.\d=]|(?:T|TRUE|F|FALSE)\s*(?:#|$))/;

/** Whether the text looks like GIFT: an answer block with =, ~, # or T/F in it, or a ::title:: at the start of a line. */
export function looksLikeGift(text: string): boolean {
	if (/^[ \t]*::[^:\n][^\n]*?::/m.test(text)) return true;
	for (const found of text.matchAll(answerBlock)) {
		if (giftAnswers.test((found[1] ?? '').trim())) return true;
	}
	return false;
}

export const giftImporter: Importer = {
	format: 'gift',
	looksLike: looksLikeGift,
	parse: text => parseGift(text),
};
