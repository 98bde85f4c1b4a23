import {clozeGaps} from './cloze.js';
import {quote} from './diagnostic.js';
import {isRecord} from '../is-record.js';
import type {RuleId} from './rules.js';
import type {DataPath} from './yaml-location.js';

/** A problem inside one item, with the path from the item to where it is. */
export type ItemProblem = {rule: RuleId; path: DataPath; message: string};

/**
 * Answers that must be among the options, lists that must not repeat
 * themselves, cloze gaps that must be well formed. Runs on the plain YAML
 * data: anything of the wrong shape is the schema's to report.
 */
export function answerProblems(question: Record<string, unknown>): ItemProblem[] {
	switch (question['type']) {
		case 'choice': {
			const options = texts(question['options']);
			const answer = question['answer'];
			const problems = duplicates(options, 'duplicate-option', 'options', 'option');
			if (typeof answer === 'string' && options.length > 0) problems.push(...notAnOption(answer, options, ['answer']));
			return problems;
		}
		case 'multi': {
			const options = texts(question['options']);
			const answers = texts(question['answers']);
			const problems = [...duplicates(options, 'duplicate-option', 'options', 'option'), ...duplicates(answers, 'duplicate-option', 'answers', 'answer')];
			if (options.length > 0) {
				for (const answer of answers) problems.push(...notAnOption(answer.text, options, ['answers', answer.index]));
			}
			return problems;
		}
		case 'order': {
			return duplicates(texts(question['items']), 'duplicate-item', 'items', 'item');
		}
		case 'match': {
			const pairs = Array.isArray(question['pairs']) ? (question['pairs'] as unknown[]) : [];
			const side = (key: 'left' | 'right') =>
				pairs.flatMap((pair, index) => (isRecord(pair) && typeof pair[key] === 'string' ? [{text: pair[key], index}] : []));
			return [...duplicates(side('left'), 'duplicate-item', 'pairs', 'left', 'left'), ...duplicates(side('right'), 'duplicate-item', 'pairs', 'right', 'right')];
		}
		case 'cloze': {
			return typeof question['text'] === 'string' ? clozeProblems(question['text']) : [];
		}
		default: {
			return [];
		}
	}
}

export type Entry = {text: string; index: number};

/** String entries of a list with their positions; YAML numbers and the like are the schema's business. */
export function texts(list: unknown): Entry[] {
	if (!Array.isArray(list)) return [];
	return list.flatMap((value: unknown, index) => (typeof value === 'string' ? [{text: value, index}] : []));
}

/** The later entries that repeat an earlier one, with the index of the first; the schema trims text, so " Paris" is "Paris". */
export function repeatedEntries(entries: readonly Entry[]): Array<Entry & {first: number}> {
	const seen = new Map<string, number>();
	const repeated: Array<Entry & {first: number}> = [];
	for (const entry of entries) {
		const key = entry.text.trim();
		const first = seen.get(key);
		if (first === undefined) seen.set(key, entry.index);
		else repeated.push({...entry, first});
	}
	return repeated;
}

function duplicates(entries: Entry[], rule: RuleId, listKey: string, noun: string, field?: string): ItemProblem[] {
	const where = (at: number) => `${listKey}[${at}]${field ? `.${field}` : ''}`;
	return repeatedEntries(entries).map(({text, index, first}) => ({
		rule,
		path: field ? [listKey, index, field] : [listKey, index],
		message: `${noun} ${quote(text.trim())} is listed twice (${where(first)} and ${where(index)})`,
	}));
}

/** The one option an answer matches when case is ignored; undefined when none or several do. */
export function optionInOtherCase(answer: string, options: readonly Entry[]): Entry | undefined {
	const wanted = answer.trim().toLowerCase();
	const matches = options.filter(option => option.text.trim().toLowerCase() === wanted);
	return new Set(matches.map(option => option.text.trim())).size === 1 ? matches[0] : undefined;
}

function notAnOption(answer: string, options: Entry[], path: DataPath): ItemProblem[] {
	const wanted = answer.trim();
	if (wanted === '' || options.some(option => option.text.trim() === wanted)) return [];
	const nearly = options.find(option => option.text.trim().toLowerCase() === wanted.toLowerCase());
	const hint = nearly ? ` (did you mean ${quote(nearly.text.trim())}? answers must match an option exactly)` : '';
	return [{rule: 'answer-not-in-options', path, message: `answer ${quote(wanted)} is not one of the options${hint}`}];
}

function clozeProblems(text: string): ItemProblem[] {
	if (text.trim() === '') return [];
	const gaps = clozeGaps(text);
	const problems: ItemProblem[] = [];
	const problem = (message: string) => problems.push({rule: 'cloze-syntax', path: ['text'], message});
	if (gaps.length === 0) problem('text has no gap: mark each answer as {{answer}}');
	if (gaps.some(accepted => accepted.length === 0)) problem('text has an empty gap {{}}: write the answer between the braces');
	if (/\{\{|\}\}/.test(text.replace(/\{\{[^{}]*\}\}/g, ''))) problem('text has an unmatched "{{" or "}}": each gap is written {{answer}}');
	return problems;
}
